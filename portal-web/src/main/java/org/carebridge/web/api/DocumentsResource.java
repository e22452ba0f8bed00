package org.carebridge.web.api;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.carebridge.care.document.boundary.DocumentContent;
import org.carebridge.care.document.boundary.DocumentView;
import org.carebridge.care.document.boundary.Documents;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/**
 * Documents by id: download (as an attachment, under the type detected at upload) and remove. Upload
 * and the child's list are under {@code children/{id}/documents} ({@link ChildrenResource}).
 */
@Path("documents")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class DocumentsResource {

    @Inject
    Documents documents;

    public record Removal(String reason) {
    }

    @GET
    @Path("{id}/content")
    @Produces(MediaType.WILDCARD)
    public Response download(@PathParam("id") long id, @QueryParam("purpose") String purpose) {
        DocumentContent c = documents.download(id, purpose);
        String encoded = URLEncoder.encode(c.fileName(), StandardCharsets.UTF_8).replace("+", "%20");
        return Response.ok(c.bytes(), c.mediaType())
                .header("Content-Disposition", "attachment; filename=\"document\"; filename*=UTF-8''" + encoded)
                .build();
    }

    @DELETE
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    public DocumentView remove(@PathParam("id") long id, Removal r) {
        return documents.remove(id, Inputs.required(r).reason());
    }
}
