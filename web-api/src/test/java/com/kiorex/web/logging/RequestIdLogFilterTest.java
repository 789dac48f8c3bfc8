package com.kiorex.web.logging;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ListResourceBundle;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.SimpleFormatter;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class RequestIdLogFilterTest {

    private final RequestIdLogFilter filter = new RequestIdLogFilter(null);

    @AfterEach
    void leaveTheThreadClean() {
        RequestLog.end();
    }

    @Test
    void aRecordLoggedDuringARequest_namesIt() {
        RequestLog.begin("req-12345678");
        LogRecord record = new LogRecord(Level.WARNING, "Exception while dispatching an event");
        assertThat(filter.isLoggable(record)).isTrue();
        assertThat(record.getMessage()).isEqualTo("request req-12345678: Exception while dispatching an event");
    }

    @Test
    void aRecordThatNamesItsRequestAlready_orOneOutsideARequest_isLeftAlone() {
        RequestLog.begin("req-12345678");
        LogRecord own = new LogRecord(Level.INFO, "request req-12345678 refused with 403");
        filter.isLoggable(own);
        assertThat(own.getMessage()).isEqualTo("request req-12345678 refused with 403");

        RequestLog.end();
        LogRecord outside = new LogRecord(Level.INFO, "timer tick");
        filter.isLoggable(outside);
        assertThat(outside.getMessage()).isEqualTo("timer tick");
    }

    @Test
    void aServerMessageKey_isResolvedBeforeThePrefix_andItsParametersStillApply() {
        RequestLog.begin("req-12345678");
        LogRecord record = new LogRecord(Level.SEVERE, "NCLS-CORE-00026");
        record.setResourceBundle(new ListResourceBundle() {
            @Override
            protected Object[][] getContents() {
                return new Object[][] {{"NCLS-CORE-00026", "Exception during lifecycle processing of {0}"}};
            }
        });
        record.setParameters(new Object[] {"kiorex"});
        filter.isLoggable(record);
        assertThat(new SimpleFormatter().formatMessage(record))
                .isEqualTo("request req-12345678: Exception during lifecycle processing of kiorex");
    }

    @Test
    void theHandlersOwnFilterStillDecides() {
        RequestLog.begin("req-12345678");
        var onlyWarnings = new RequestIdLogFilter(r -> r.getLevel().intValue() >= Level.WARNING.intValue());
        assertThat(onlyWarnings.isLoggable(new LogRecord(Level.FINE, "chatty"))).isFalse();
        assertThat(onlyWarnings.isLoggable(new LogRecord(Level.WARNING, "loud"))).isTrue();
    }
}
