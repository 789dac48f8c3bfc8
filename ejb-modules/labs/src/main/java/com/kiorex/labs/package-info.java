/**
 * The labs bounded context: the test catalogue (facilities, tests and panels by LOINC code, reference
 * ranges), lab orders with their collection, and results: observations flagged against their
 * reference range, and the review queue for results that could not be matched or trusted.
 */
package com.kiorex.labs;
