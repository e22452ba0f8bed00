package org.carebridge.web.it;

import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;

/** Test-only ({@link ExportsIT}): {@code PUT /api/v1/test/export-threshold?rows=N} sets the background threshold. */
@Path("test/export-threshold")
@RequestScoped
public class ExportThresholdResource {

    @PUT
    public void set(@QueryParam("rows") int rows) {
        TestExportLimits.ROWS.set(rows);
    }
}
