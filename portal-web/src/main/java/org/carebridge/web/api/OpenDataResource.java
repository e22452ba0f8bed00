package org.carebridge.web.api;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.carebridge.care.opendata.boundary.OpenData;

/**
 * Public open data, no token needed (web.xml leaves {@code /api/v1/open-data/*} unconstrained): the
 * OCDS 1.1 release package of tenders and the 360Giving grants file. Cached by anyone for five minutes.
 */
@Path("open-data")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class OpenDataResource {

    private static final int MAX_AGE_SECONDS = 300;

    @Inject
    OpenData openData;

    @Context
    UriInfo uri;

    @GET
    @Path("ocds")
    public Response ocds() {
        return publicJson(openData.contracting(uri.getRequestUri().toString()));
    }

    @GET
    @Path("360giving")
    public Response giving() {
        return publicJson(openData.grants());
    }

    private static Response publicJson(Object body) {
        return Response.ok(body, MediaType.APPLICATION_JSON_TYPE)
                .header("Cache-Control", "public, max-age=" + MAX_AGE_SECONDS)
                .header("Access-Control-Allow-Origin", "*").build();
    }
}
