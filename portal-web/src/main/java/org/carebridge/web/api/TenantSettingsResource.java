package org.carebridge.web.api;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.carebridge.core.account.entity.Role;
import org.carebridge.core.tenant.boundary.Tenants;

import java.util.EnumSet;
import java.util.Set;
import java.util.TreeSet;

/** Settings of the active tenant, for its administrator. */
@Path("tenant/second-factor-roles")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class TenantSettingsResource {

    @Inject
    Tenants tenants;

    public record SecondFactorRoles(Set<String> roles) {
    }

    @GET
    public SecondFactorRoles get() {
        Set<String> names = new TreeSet<>();
        tenants.secondFactorRoles().forEach(r -> names.add(r.name()));
        return new SecondFactorRoles(names);
    }

    @PUT
    public SecondFactorRoles put(SecondFactorRoles body) {
        Set<String> requested = Inputs.required(body).roles();
        Set<Role> roles = requested == null || requested.isEmpty() ? EnumSet.noneOf(Role.class) : Inputs.roles(requested);
        tenants.requireSecondFactorFor(roles);
        return get();
    }
}
