/**
 * Business failures as specific exceptions without HTTP in them; the web layer maps each family to
 * a problem+json status. They roll back the transaction they escape from. Messages never hold PHI.
 */
package com.kiorex.kernel.problem;
