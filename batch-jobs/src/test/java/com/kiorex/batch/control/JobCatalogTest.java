package com.kiorex.batch.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.junit.jupiter.api.Test;

class JobCatalogTest {

    private static final BatchJob JOB = new BatchJob() {
        @Override
        public String name() {
            return "tidy-up";
        }

        @Override
        public List<JobParameter> parameters() {
            return List.of(JobParameter.wholeNumber("days", 0, 365, 90), JobParameter.wholeNumber("limit", 1, 10, 5));
        }
    };

    @Test
    void parameters_fillsDefaultsForWhatIsNotGiven() {
        Properties accepted = JobCatalog.parameters(JOB, Map.of("days", "7"));

        assertThat(accepted).containsOnly(Map.entry("days", "7"), Map.entry("limit", "5"));
    }

    @Test
    void parameters_normalisesNumbers() {
        assertThat(JobCatalog.parameters(JOB, Map.of("days", " 007 ")).getProperty("days")).isEqualTo("7");
    }

    @Test
    void parameters_acceptTheBoundsThemselves() {
        assertThat(JobCatalog.parameters(JOB, Map.of("days", "0", "limit", "10")))
                .containsOnly(Map.entry("days", "0"), Map.entry("limit", "10"));
    }

    @Test
    void parameters_nameEveryUnknownParameterAndEveryWrongValueAtOnce() {
        InvalidJobParameters refused = catchThrowableOfType(InvalidJobParameters.class,
                () -> JobCatalog.parameters(JOB, Map.of("days", "-1", "limit", "many", "colour", "red")));

        assertThat(refused.problems()).containsOnly(
                Map.entry("days", "must be between 0 and 365"),
                Map.entry("limit", "must be a whole number"),
                Map.entry("colour", "is not a parameter of tidy-up"));
    }

    @Test
    void parameters_refuseFractionsAndOverflow() {
        assertThatThrownBy(() -> JobCatalog.parameters(JOB, Map.of("days", "1.5")))
                .isInstanceOf(InvalidJobParameters.class);
        assertThatThrownBy(() -> JobCatalog.parameters(JOB, Map.of("days", "99999999999999999999")))
                .isInstanceOf(InvalidJobParameters.class);
    }

    @Test
    void aParameterDefinition_mustHaveItsDefaultWithinItsBounds() {
        assertThatThrownBy(() -> JobParameter.wholeNumber("days", 1, 10, 0)).isInstanceOf(IllegalArgumentException.class);
    }
}
