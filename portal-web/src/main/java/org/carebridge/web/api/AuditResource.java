package org.carebridge.web.api;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.carebridge.core.audit.boundary.AuditTrail;
import org.carebridge.core.audit.entity.AuditEvent;
import org.carebridge.core.persistence.Page;

import java.time.Instant;

/** The active tenant's audit trail, newest first. */
@Path("audit")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class AuditResource {

    @Inject
    AuditTrail trail;

    public record Event(long id, Instant occurredAt, String actor, String action, String entityType, String entityId,
                        String detail, String sourceIp) {
        static Event of(AuditEvent e) {
            return new Event(e.getId(), e.getOccurredAt(), e.getActor(), e.getAction(), e.getEntityType(),
                    e.getEntityId(), e.getDetail(), e.getSourceIp());
        }
    }

    @GET
    public Paged<Event> list(@QueryParam("offset") Integer offset, @QueryParam("limit") Integer limit) {
        return Paged.of(trail.page(Page.offset(offset), Page.limit(limit)).map(Event::of));
    }
}
