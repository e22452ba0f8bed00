package org.carebridge.web.api;

import jakarta.annotation.security.DeclareRoles;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import org.carebridge.core.account.entity.Roles;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.enums.SecuritySchemeType;
import org.eclipse.microprofile.openapi.annotations.info.Info;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.security.SecurityScheme;

/** The REST API under /api/v1: bearer tokens from POST /api/v1/auth/token; errors as problem+json. */
@ApplicationPath("/api/v1")
@ApplicationScoped
@DeclareRoles({Roles.TENANT_ADMIN, Roles.PROGRAMME_OFFICER, Roles.FINANCE_OFFICER, Roles.APPROVER, Roles.CASEWORKER,
        Roles.VOLUNTEER, Roles.AUDITOR, Roles.CITY_VIEWER, Roles.PLATFORM_ADMIN})
@OpenAPIDefinition(info = @Info(title = "CareBridge API", version = "1"),
        security = @SecurityRequirement(name = "bearer"))
@SecurityScheme(securitySchemeName = "bearer", type = SecuritySchemeType.HTTP, scheme = "bearer", bearerFormat = "JWT")
public class ApiApplication extends Application {
}
