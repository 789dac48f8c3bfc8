package com.kiorex.web.logging;

import jakarta.servlet.ServletContextEvent;
import jakarta.servlet.ServletContextListener;
import jakarta.servlet.annotation.WebListener;
import java.util.logging.Handler;
import java.util.logging.Logger;

/**
 * Installs {@link RequestIdLogFilter} on the server's log handlers (those of the root logger) when
 * the application starts, and takes it off again when it stops, so an undeployed application leaves
 * no filter of its class loader behind.
 */
@WebListener
public class RequestIdLogging implements ServletContextListener {

    @Override
    public void contextInitialized(ServletContextEvent event) {
        for (Handler handler : Logger.getLogger("").getHandlers()) {
            if (!(handler.getFilter() instanceof RequestIdLogFilter)) {
                handler.setFilter(new RequestIdLogFilter(handler.getFilter()));
            }
        }
    }

    @Override
    public void contextDestroyed(ServletContextEvent event) {
        for (Handler handler : Logger.getLogger("").getHandlers()) {
            if (handler.getFilter() instanceof RequestIdLogFilter ours) {
                handler.setFilter(ours.delegate());
            }
        }
    }
}
