package org.carebridge.web.api;

import jakarta.annotation.security.PermitAll;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.carebridge.core.account.boundary.Authentication;
import org.carebridge.core.account.boundary.Grant;
import org.carebridge.core.account.boundary.LoginResult;
import org.carebridge.core.account.boundary.TenantChoice;
import org.carebridge.core.account.control.ApiTokens;
import org.carebridge.core.error.BusinessException;
import org.carebridge.core.error.ValidationException;
import org.eclipse.microprofile.openapi.annotations.Operation;

import java.util.stream.Collectors;

/** Issues short-lived bearer tokens to API clients, with the same checks and throttling as the login page. */
@Path("auth")
@RequestScoped
@PermitAll
public class AuthResource {

    @Inject
    Authentication authentication;

    @Inject
    ApiTokens tokens;

    /** Credentials; {@code tenant} (code or id) when the account belongs to several tenants; {@code totp} when enrolled. */
    public record TokenRequest(String username, String password, String tenant, String totp) {
    }

    public record TokenResponse(String token, String tokenType, long expiresIn, String tenant) {
    }

    @POST
    @Path("token")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Exchange username and password (and tenant, second-factor code) for a bearer token")
    public TokenResponse token(TokenRequest request) {
        if (request == null) {
            throw new ValidationException("error.badRequest");
        }
        LoginResult result = authentication.checkPassword(request.username(), request.password());
        if (!result.ok()) {
            throw new Unauthorized(switch (result.status()) {
                case LOCKED -> "login.locked";
                case DISABLED -> "login.disabled";
                case NO_MEMBERSHIP -> "login.noMembership";
                default -> "login.badCredentials";
            });
        }
        if (result.secondFactorNeeded() && !authentication.checkSecondFactor(result.accountId(), request.totp())) {
            throw new Unauthorized("login.secondFactorWrong");
        }
        Long tenant = chooseTenant(result, request.tenant());
        // An account that still owes a new password or a second factor gets a token that reaches only
        // its own account endpoints (AccountObligationsFilter).
        Grant grant = authentication.enter(result.accountId(), tenant);
        return new TokenResponse(tokens.issue(grant), "Bearer", tokens.lifetimeSeconds(), grant.tenantCode());
    }

    private static Long chooseTenant(LoginResult result, String requested) {
        if (requested != null && !requested.isBlank()) {
            return result.tenants().stream()
                    .filter(t -> t.code().equalsIgnoreCase(requested.strip())
                            || String.valueOf(t.tenantId()).equals(requested.strip()))
                    .map(TenantChoice::tenantId).findFirst()
                    .orElseThrow(() -> new Unauthorized("login.tenant.notMember"));
        }
        if (result.tenants().size() > 1) {
            throw new ValidationException("login.tenant.choose",
                    result.tenants().stream().map(TenantChoice::code).collect(Collectors.joining(", ")));
        }
        return result.tenants().isEmpty() ? null : result.tenants().get(0).tenantId();
    }

    /** A refused credential: 401 with a reason key. */
    public static class Unauthorized extends BusinessException {
        private static final long serialVersionUID = 1L;

        public Unauthorized(String key) {
            super(key);
        }
    }
}
