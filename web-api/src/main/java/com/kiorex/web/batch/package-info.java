/**
 * Batch jobs over REST for operators: start an allow-listed job, list and watch its executions,
 * stop and restart them. Administrators may watch, not act.
 */
package com.kiorex.web.batch;
