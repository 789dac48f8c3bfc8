package com.kiorex.batch.retention;

import static org.assertj.core.api.Assertions.assertThat;

import com.kiorex.batch.control.StepProgressLog;
import jakarta.batch.runtime.context.JobContext;
import jakarta.batch.runtime.context.StepContext;
import java.lang.reflect.Proxy;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class InboxRetentionReaderTest {

    private static final Instant NOW = Instant.parse("2026-11-21T10:00:00Z");

    private final InMemoryMessages messages = new InMemoryMessages();
    private Long expected;

    @BeforeEach
    void someMessages() {
        messages.add(1, NOW.minus(Duration.ofDays(100)));
        messages.add(2, null);
        messages.add(3, NOW.minus(Duration.ofDays(91)));
        messages.add(5, NOW.minus(Duration.ofDays(10)));
        messages.add(8, NOW.minus(Duration.ofDays(365)));
        messages.add(9, NOW.minus(Duration.ofDays(95)));
    }

    @Test
    void readsOnlyMessagesReadBeforeTheCutoff_inIdOrder_acrossPages() {
        InboxRetentionReader reader = reader("90", "2");
        reader.open(null);

        assertThat(readAll(reader)).containsExactly(1L, 3L, 8L, 9L);
        assertThat(expected).as("items expected, for the progress figure").isEqualTo(4L);
    }

    @Test
    void checkpoint_isTheLastIdHandedOver_andARestartContinuesAfterItWithTheSameCutoff() {
        InboxRetentionReader first = reader("90", "10");
        first.open(null);
        first.readItem();
        first.readItem();
        RetentionPosition checkpoint = (RetentionPosition) first.checkpointInfo();
        assertThat(checkpoint).isEqualTo(new RetentionPosition(NOW.minus(Duration.ofDays(90)), 3));

        // restarted a year later with another parameter: the run keeps its own rule
        InboxRetentionReader restarted = reader("0", "10");
        restarted.clock = Clock.fixed(NOW.plus(Duration.ofDays(365)), ZoneOffset.UTC);
        restarted.open(checkpoint);

        assertThat(readAll(restarted)).containsExactly(8L, 9L);
        assertThat(expected).isEqualTo(2L);
    }

    @Test
    void zeroDays_takesEveryMessageReadBeforeNow_butNeverAnUnreadOne() {
        InboxRetentionReader reader = reader("0", "500");
        reader.open(null);

        assertThat(readAll(reader)).containsExactly(1L, 3L, 5L, 8L, 9L);
    }

    private InboxRetentionReader reader(String days, String pageSize) {
        InboxRetentionReader reader = new InboxRetentionReader();
        reader.olderThanDays = days;
        reader.pageSize = pageSize;
        reader.clock = Clock.fixed(NOW, ZoneOffset.UTC);
        reader.messages = messages;
        reader.job = proxy(JobContext.class, "getExecutionId", 7L);
        reader.step = proxy(StepContext.class, "getStepName", "delete-read-messages");
        reader.progress = new StepProgressLog() {
            @Override
            public void expect(long jobExecutionId, String stepName, long items) {
                assertThat(jobExecutionId).isEqualTo(7L);
                assertThat(stepName).isEqualTo("delete-read-messages");
                expected = items;
            }
        };
        return reader;
    }

    @SuppressWarnings("unchecked")
    private static <T> T proxy(Class<T> type, String method, Object answer) {
        return (T) Proxy.newProxyInstance(type.getClassLoader(), new Class<?>[] {type},
                (proxy, m, args) -> m.getName().equals(method) ? answer : null);
    }

    private static List<Long> readAll(InboxRetentionReader reader) {
        List<Long> ids = new ArrayList<>();
        for (Object id = reader.readItem(); id != null; id = reader.readItem()) {
            ids.add((Long) id);
        }
        return ids;
    }

    /** The read-message queries over a map of id to read time (null: unread). */
    static class InMemoryMessages extends ReadMessages {
        final TreeMap<Long, Instant> readAt = new TreeMap<>();
        int queries;

        void add(long id, Instant read) {
            readAt.put(id, read);
        }

        @Override
        public long count(Instant cutoff, long afterId) {
            return matching(cutoff, afterId).size();
        }

        @Override
        public List<Long> idsAfter(Instant cutoff, long afterId, int limit) {
            queries++;
            return matching(cutoff, afterId).stream().limit(limit).toList();
        }

        private List<Long> matching(Instant cutoff, long afterId) {
            return readAt.tailMap(afterId, false).entrySet().stream()
                    .filter(e -> e.getValue() != null && e.getValue().isBefore(cutoff))
                    .map(java.util.Map.Entry::getKey).toList();
        }
    }
}
