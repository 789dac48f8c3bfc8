/**
 * The operator facade over the batch runtime and the views it returns. Runtime objects never leave
 * this package: callers get small records with statuses, times and step metrics, no item data.
 */
package com.kiorex.batch.boundary;
