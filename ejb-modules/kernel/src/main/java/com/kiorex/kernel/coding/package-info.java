/**
 * Shapes of the code systems Kiorex stores (ICD-10, ATC, LOINC): a typo is refused rather than
 * stored as a code that matches nothing, and equivalent spellings are stored one way.
 */
package com.kiorex.kernel.coding;
