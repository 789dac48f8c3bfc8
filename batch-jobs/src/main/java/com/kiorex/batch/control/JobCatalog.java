package com.kiorex.batch.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.TreeMap;

/** The jobs operators may reach (every {@link BatchJob} bean), and the checking of their parameters. */
@ApplicationScoped
public class JobCatalog {

    @Inject
    Instance<BatchJob> jobs;

    public Optional<BatchJob> job(String name) {
        return jobs.stream().filter(job -> job.name().equals(name)).findFirst();
    }

    /**
     * The parameters as the batch runtime takes them: every given value checked, every missing one
     * set to its default, so that the job repository records exactly what the run used.
     *
     * @throws InvalidJobParameters naming each unknown parameter and each wrong value
     */
    public static Properties parameters(BatchJob job, Map<String, String> given) {
        Map<String, String> problems = new TreeMap<>();
        given.keySet().stream()
                .filter(name -> job.parameters().stream().noneMatch(p -> p.name().equals(name)))
                .forEach(name -> problems.put(name, "is not a parameter of " + job.name()));
        Properties accepted = new Properties();
        for (JobParameter parameter : job.parameters()) {
            String value = given.get(parameter.name());
            if (value == null) {
                accepted.setProperty(parameter.name(), parameter.defaultText());
                continue;
            }
            JobParameter.Result checked = parameter.check(value);
            checked.problem().ifPresent(problem -> problems.put(parameter.name(), problem));
            checked.value().ifPresent(v -> accepted.setProperty(parameter.name(), v));
        }
        if (!problems.isEmpty()) {
            throw new InvalidJobParameters(problems);
        }
        return accepted;
    }
}
