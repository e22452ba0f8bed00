package org.carebridge.web.export;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.carebridge.config.Settings;

import java.time.Duration;

/** When an export goes to the background, and how long its file is kept (from {@link Settings}). */
@ApplicationScoped
public class ExportLimits {

    /** Rows read from a list's boundary per query while exporting in the background. */
    public static final int FETCH = 500;

    @Inject
    Settings settings;

    /** Lists with more rows than this are exported in the background. */
    public int backgroundRows() {
        return settings.exportBackgroundRows();
    }

    public Duration keep() {
        return settings.exportKeep();
    }
}
