package com.kiorex.batch.boundary;

import static org.assertj.core.api.Assertions.assertThat;

import com.kiorex.batch.control.StepProgressLog;
import jakarta.batch.runtime.Metric;
import java.util.List;
import org.junit.jupiter.api.Test;

class ProgressTest {

    @Test
    void metrics_addTheThreeKindsOfSkip_andDefaultMissingCountersToZero() {
        StepMetrics metrics = StepMetrics.of(StepProgressLog.counters(new Metric[] {
            metric(Metric.MetricType.READ_COUNT, 10), metric(Metric.MetricType.WRITE_COUNT, 7),
            metric(Metric.MetricType.READ_SKIP_COUNT, 1), metric(Metric.MetricType.PROCESS_SKIP_COUNT, 1),
            metric(Metric.MetricType.WRITE_SKIP_COUNT, 1), metric(Metric.MetricType.COMMIT_COUNT, 3)}));

        assertThat(metrics).isEqualTo(new StepMetrics(10, 7, 0, 3, 3, 0));
        assertThat(StepMetrics.of(StepProgressLog.counters(null))).isEqualTo(new StepMetrics(0, 0, 0, 0, 0, 0));
    }

    @Test
    void percent_isItemsReadAgainstItemsExpected_andReaches100OnlyWhenCompleted() {
        StepMetrics halfway = new StepMetrics(250, 250, 0, 0, 1, 0);
        StepMetrics allRead = new StepMetrics(500, 500, 0, 0, 1, 0);

        assertThat(Progress.of(halfway, 500L, false).percent()).isEqualTo(50);
        assertThat(Progress.of(allRead, 500L, false).percent()).isEqualTo(99);
        assertThat(Progress.of(allRead, 500L, true).percent()).isEqualTo(100);
        assertThat(Progress.of(halfway, null, false).percent()).isNull();
        assertThat(Progress.of(new StepMetrics(0, 0, 0, 0, 0, 0), 0L, false).percent()).isZero();
    }

    @Test
    void anExecutionsProgress_sumsItsSteps_andKnowsTheTotalOnlyIfEveryStepCounted() {
        StepView counted = step(new StepMetrics(100, 90, 0, 10, 1, 0), 400L);
        StepView uncounted = step(new StepMetrics(5, 5, 0, 0, 1, 0), null);

        Progress both = Progress.sum(List.of(counted, counted), false);
        assertThat(both).isEqualTo(new Progress(200, 180, 20, 800L, 25));
        assertThat(Progress.sum(List.of(counted, uncounted), false).expectedItems()).isNull();
        assertThat(Progress.sum(List.of(), true).percent()).isEqualTo(100);
    }

    private static StepView step(StepMetrics metrics, Long expected) {
        return new StepView("s", "STARTED", null, null, null, metrics, Progress.of(metrics, expected, false));
    }

    private static Metric metric(Metric.MetricType type, long value) {
        return new Metric() {
            @Override
            public MetricType getType() {
                return type;
            }

            @Override
            public long getValue() {
                return value;
            }
        };
    }
}
