/**
 * Retention jobs: removing data whose purpose has passed. {@code inbox-retention} deletes in-app
 * inbox messages that were read long enough ago; unread messages and clinical data are never touched.
 */
package com.kiorex.batch.retention;
