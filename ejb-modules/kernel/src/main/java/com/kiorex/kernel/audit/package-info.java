/**
 * The audit trail of patient data: who did what to which record, when, from where, and with what
 * outcome. Rows are insert-only (the application's database role cannot change or delete them).
 */
package com.kiorex.kernel.audit;
