package org.carebridge.web.it;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Alternative;
import jakarta.interceptor.Interceptor;
import org.carebridge.web.export.ExportLimits;

import java.util.concurrent.atomic.AtomicInteger;

/**
 * Test-only, added to the WAR by {@link ExportsIT}: the background-export threshold as the test sets it
 * through {@link ExportThresholdResource} ({@code -1}: the configured one).
 */
@Alternative
@Priority(Interceptor.Priority.APPLICATION + 100)
@ApplicationScoped
public class TestExportLimits extends ExportLimits {

    static final AtomicInteger ROWS = new AtomicInteger(-1);

    @Override
    public int backgroundRows() {
        int rows = ROWS.get();
        return rows >= 0 ? rows : super.backgroundRows();
    }
}
