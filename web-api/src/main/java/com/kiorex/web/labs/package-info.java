/**
 * The labs REST resources: catalogue, orders and collection, result file upload, the review queue, and
 * patients' results and trends. Thin: each method names its roles and calls one labs boundary.
 */
package com.kiorex.web.labs;
