package org.carebridge.web.api;

import jakarta.enterprise.context.RequestScoped;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import org.carebridge.core.account.boundary.Grant;
import org.carebridge.core.tenant.entity.TenantKind;
import org.carebridge.web.security.PortalAuthentication;

import java.util.Set;
import java.util.TreeSet;

/** Who the token speaks for: account, active tenant and roles. */
@Path("me")
@RequestScoped
public class MeResource {

    @Context
    HttpServletRequest request;

    public record Me(long accountId, String username, String displayName, TenantRef tenant, Set<String> roles) {
    }

    public record TenantRef(long id, String code, String nameZh, String nameEn, TenantKind kind) {
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    public Me me() {
        Grant g = (Grant) request.getAttribute(PortalAuthentication.GRANT);
        TenantRef tenant = g.tenantId() == null ? null
                : new TenantRef(g.tenantId(), g.tenantCode(), g.tenantNameZh(), g.tenantNameEn(), g.tenantKind());
        return new Me(g.accountId(), g.username(), g.displayName(), tenant, new TreeSet<>(g.roleNames()));
    }
}
