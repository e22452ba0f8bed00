package org.carebridge.web.it;

import jakarta.enterprise.context.RequestScoped;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.persistence.config.QueryHints;

import java.util.Locale;

/**
 * Test-only, added to the deployed WAR by {@link Deployments}: {@code GET /api/v1/test/sql?q=select count(*) …}
 * answers {@code {"value":"…"}}, the single value of a SELECT the test wrote itself — so that a test can
 * compare the portal's figures with counts computed directly in SQL on the deployment's database. Needs a
 * bearer token like every API call; anything but one SELECT is refused.
 */
@Path("test/sql")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class SqlProbeResource {

    @PersistenceContext(unitName = "carebridge")
    EntityManager em;

    @GET
    public JsonObject value(@QueryParam("q") String sql) {
        if (sql == null || !sql.strip().toLowerCase(Locale.ROOT).startsWith("select ") || sql.contains(";")) {
            throw new BadRequestException("one SELECT only");
        }
        Object v = em.createNativeQuery(sql).setHint(QueryHints.ALLOW_NATIVE_SQL_QUERY, true).getSingleResult();
        return Json.createObjectBuilder().add("value", v == null ? "" : v.toString()).build();
    }
}
