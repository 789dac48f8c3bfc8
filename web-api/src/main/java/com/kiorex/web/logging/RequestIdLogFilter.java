package com.kiorex.web.logging;

import java.util.MissingResourceException;
import java.util.logging.Filter;
import java.util.logging.LogRecord;

/**
 * Puts "request &lt;id&gt;: " in front of every record logged while a request is being served, then
 * leaves the decision to the handler's own filter, if it had one. A record that names its request
 * already (the application's own lines do) is left as it is, and so is a record logged outside a
 * request. A server message given as a resource-bundle key is resolved first, so the prefix does not
 * turn it into an unknown key.
 */
public final class RequestIdLogFilter implements Filter {

    private final Filter delegate;

    public RequestIdLogFilter(Filter delegate) {
        this.delegate = delegate;
    }

    Filter delegate() {
        return delegate;
    }

    @Override
    public boolean isLoggable(LogRecord record) {
        if (delegate != null && !delegate.isLoggable(record)) {
            return false;
        }
        String requestId = RequestLog.current();
        if (requestId != null) {
            tag(record, requestId);
        }
        return true;
    }

    static void tag(LogRecord record, String requestId) {
        String prefix = "request " + requestId;
        String message = record.getMessage();
        if (message != null && record.getResourceBundle() != null) {
            try {
                message = record.getResourceBundle().getString(message);
                record.setResourceBundle(null);
                record.setResourceBundleName(null);
            } catch (MissingResourceException notAKey) {
                // a plain message on a logger that has a bundle
            }
        }
        if (message != null && message.contains(prefix)) {
            return;
        }
        record.setMessage(prefix + ": " + (message == null ? "" : message));
    }
}
