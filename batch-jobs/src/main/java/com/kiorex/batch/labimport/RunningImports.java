package com.kiorex.batch.labimport;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The result files this server is importing right now. Lives only in memory, on purpose: after a
 * crash it is empty, so a file the database still shows as IMPORTING is known to be orphaned.
 */
@ApplicationScoped
public class RunningImports {

    private final Set<Long> files = ConcurrentHashMap.newKeySet();

    void started(long fileNumber) {
        files.add(fileNumber);
    }

    void ended(long fileNumber) {
        files.remove(fileNumber);
    }

    boolean isRunning(long fileNumber) {
        return files.contains(fileNumber);
    }
}
