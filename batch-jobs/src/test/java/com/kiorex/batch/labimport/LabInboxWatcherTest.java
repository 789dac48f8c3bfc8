package com.kiorex.batch.labimport;

import static org.assertj.core.api.Assertions.assertThat;

import com.kiorex.labs.entity.ResultFile;
import org.junit.jupiter.api.Test;

class LabInboxWatcherTest {

    @Test
    void theExtension_namesTheFormat() {
        assertThat(LabInboxWatcher.formatOf("ORU_2026-11-20.HL7")).contains(ResultFile.Format.HL7);
        assertThat(LabInboxWatcher.formatOf("batch.oru")).contains(ResultFile.Format.HL7);
        assertThat(LabInboxWatcher.formatOf("results.csv")).contains(ResultFile.Format.CSV);
        assertThat(LabInboxWatcher.formatOf("report.pdf")).contains(ResultFile.Format.PDF);
        assertThat(LabInboxWatcher.formatOf("notes.txt")).isEmpty();
    }
}
