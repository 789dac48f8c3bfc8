package com.kiorex.batch.control;

import java.util.List;

/**
 * A job operators may start: the name of its job XML ({@code META-INF/batch-jobs/<name>.xml}) and
 * the parameters it accepts. Implementations are CDI beans; together they are the allow-list, so a
 * job XML without one cannot be started or inspected through the API.
 */
public interface BatchJob {

    String name();

    List<JobParameter> parameters();
}
