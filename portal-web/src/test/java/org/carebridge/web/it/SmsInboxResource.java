package org.carebridge.web.it;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/**
 * Test-only, added to the deployed WAR by {@link Deployments} (the API application picks it up with the
 * other resources): {@code GET /api/v1/test/sms?to=13800138000} is the last text sent to the number,
 * {@code {"to":…,"text":…}} (204 when none); {@code GET /api/v1/test/sms/count[?to=…]} how many were sent
 * (to it), {@code {"count":…}}. Like every API call it needs a bearer token.
 */
@Path("test/sms")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class SmsInboxResource {

    @Inject
    SmsInbox inbox;

    @GET
    public Response last(@QueryParam("to") String to) {
        String text = inbox.last(to);
        return text == null ? Response.noContent().build()
                : Response.ok(Json.createObjectBuilder().add("to", to).add("text", text).build()).build();
    }

    @GET
    @Path("count")
    public JsonObject count(@QueryParam("to") String to) {
        return Json.createObjectBuilder().add("count", inbox.count(to)).build();
    }
}
