package org.carebridge.web.export;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.carebridge.core.persistence.CallContext;

import java.io.IOException;
import java.nio.file.Files;
import java.util.Optional;

/**
 * {@code GET /app/export-file?id=…}: a finished background export, for the person who started it, in
 * the tenant they started it in, until it expires. Anyone else — another user, another tenant, a guessed
 * or expired id — gets 404, so a link cannot even be confirmed to exist.
 */
@WebServlet(urlPatterns = "/app/export-file")
public class ExportFileServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    ExportFiles files;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Optional<String> user = CallContext.signedInUser();
        Optional<Long> tenant = CallContext.tenantId();
        Optional<ExportJob> job = user.isEmpty() || tenant.isEmpty() ? Optional.empty()
                : files.download(request.getParameter("id"), tenant.get(), user.get());
        if (job.isEmpty()) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        ExportJob j = job.get();
        response.setContentType(j.getFileName().endsWith(".csv") ? "text/csv; charset=UTF-8"
                : "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        response.setHeader("Content-Disposition", "attachment; filename=\"" + j.getFileName() + "\"");
        response.setHeader("Cache-Control", "no-store");
        response.setContentLengthLong(Files.size(j.file()));
        Files.copy(j.file(), response.getOutputStream());
    }
}
