/**
 * The {@code lab-result-import} job: reads one received result file (HL7 v2 ORU^R01, CSV, PDF with a
 * text layer or scanned), hands each result item to the labs context's intake in chunks, skips and
 * reports bad records, and rejects a file it cannot read at all. Also the watcher of the lab inbox folder.
 */
package com.kiorex.batch.labimport;
