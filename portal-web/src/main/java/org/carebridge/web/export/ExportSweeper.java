package org.carebridge.web.export;

import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.inject.Inject;

/** Deletes expired background exports every five minutes (the files are also swept when a job starts). */
@Singleton
public class ExportSweeper {

    @Inject
    ExportFiles files;

    @Schedule(minute = "*/5", hour = "*", persistent = false)
    void sweep() {
        files.sweep();
    }
}
