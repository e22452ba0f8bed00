package org.carebridge.config;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.time.Duration;
import java.util.Optional;

/**
 * Every setting of the portal, typed, in one place. Defaults live in
 * {@code META-INF/microprofile-config.properties}; environment variables override them through
 * MicroProfile Config's name mapping ({@code carebridge.db.url} ← {@code CAREBRIDGE_DB_URL}).
 */
@ApplicationScoped
public class Settings {

    @Inject
    @ConfigProperty(name = "carebridge.db.url")
    String databaseUrl;

    /** {@code auto} (demo data only on an embedded H2 database), {@code true} or {@code false}. */
    @Inject
    @ConfigProperty(name = "carebridge.demo-data", defaultValue = "auto")
    String demoData;

    @Inject
    @ConfigProperty(name = "carebridge.demo-password", defaultValue = "CareBridge#2026")
    String demoPassword;

    /** Password of the first platform administrator on an empty production database. */
    @Inject
    @ConfigProperty(name = "carebridge.admin-password")
    Optional<String> adminPassword;

    /**
     * RSA signing key for API tokens, as a private JWK (JSON). Without it a key is generated per process
     * (a warning is logged outside demo mode): tokens then die with the process and do not work across a
     * cluster, so production sets it.
     */
    @Inject
    @ConfigProperty(name = "carebridge.jwt.signing-key")
    Optional<String> jwtSigningKey;

    @Inject
    @ConfigProperty(name = "carebridge.jwt.issuer", defaultValue = "https://carebridge.local")
    String jwtIssuer;

    @Inject
    @ConfigProperty(name = "carebridge.jwt.lifetime-minutes", defaultValue = "15")
    int jwtLifetimeMinutes;

    /** {@code production}, {@code development} or {@code auto} (production unless demo data is on). */
    @Inject
    @ConfigProperty(name = "carebridge.mode", defaultValue = "auto")
    String mode;

    /** How one-time codes reach guardians: {@code log} (development only: written to the server log). */
    @Inject
    @ConfigProperty(name = "carebridge.sms.gateway", defaultValue = "log")
    String smsGateway;

    /** A TrueType (.ttf/.ttc) font with Chinese glyphs embedded in PDF reports; blank: the usual system fonts. */
    @Inject
    @ConfigProperty(name = "carebridge.report.font", defaultValue = " ")
    String reportFont;

    /** Addresses of reverse proxies whose {@code X-Forwarded-For} is believed, comma-separated. */
    @Inject
    @ConfigProperty(name = "carebridge.family.trusted-proxies", defaultValue = " ")
    String trustedProxies;

    @Inject
    @ConfigProperty(name = "carebridge.family.limit.per-client", defaultValue = "10")
    int familyPerClient;

    @Inject
    @ConfigProperty(name = "carebridge.family.limit.per-target", defaultValue = "5")
    int familyPerTarget;

    @Inject
    @ConfigProperty(name = "carebridge.family.limit.global", defaultValue = "300")
    int familyGlobal;

    @Inject
    @ConfigProperty(name = "carebridge.family.limit.challenge-after", defaultValue = "3")
    int familyChallengeAfter;

    @Inject
    @ConfigProperty(name = "carebridge.family.limit.window-minutes", defaultValue = "15")
    int familyWindowMinutes;

    @Inject
    @ConfigProperty(name = "carebridge.family.session-minutes", defaultValue = "15")
    int familySessionMinutes;

    @Inject
    @ConfigProperty(name = "carebridge.login.max-failures", defaultValue = "5")
    int loginMaxFailures;

    @Inject
    @ConfigProperty(name = "carebridge.login.window-minutes", defaultValue = "15")
    int loginWindowMinutes;

    @Inject
    @ConfigProperty(name = "carebridge.password.iterations", defaultValue = "210000")
    int passwordIterations;

    /** Days a help-first-confirm-later case has to be confirmed (先救助后确认). */
    @Inject
    @ConfigProperty(name = "carebridge.care.confirmation-days", defaultValue = "30")
    int confirmationDays;

    public int confirmationDays() {
        return confirmationDays;
    }

    /**
     * The IATI organisation identifier a tenant reports under: {@code {code}} is replaced by the
     * tenant's code. Organisations registered with IATI (e.g. under their unified social credit code)
     * are named one by one in {@code carebridge.iati.org-refs}.
     */
    @Inject
    @ConfigProperty(name = "carebridge.iati.org-ref", defaultValue = "CN-CB-{code}")
    String iatiOrgRef;

    /** Per-tenant IATI organisation identifiers, {@code code=ref} separated by commas. */
    @Inject
    @ConfigProperty(name = "carebridge.iati.org-refs", defaultValue = " ")
    String iatiOrgRefs;

    /** The tenant's IATI organisation identifier: its own from {@code carebridge.iati.org-refs}, else the pattern's. */
    public String iatiOrgRef(String tenantCode) {
        for (String pair : iatiOrgRefs.split(",")) {
            int eq = pair.indexOf('=');
            if (eq > 0 && pair.substring(0, eq).strip().equals(tenantCode) && !pair.substring(eq + 1).isBlank()) {
                return pair.substring(eq + 1).strip();
            }
        }
        return iatiOrgRef.strip().replace("{code}", tenantCode);
    }

    /** Where uploaded documents are kept: outside the web application, never served directly. */
    @Inject
    @ConfigProperty(name = "carebridge.documents.dir", defaultValue = "./data/documents")
    String documentsDir;

    /** The largest document accepted, in bytes (10 MB). */
    @Inject
    @ConfigProperty(name = "carebridge.documents.max-bytes", defaultValue = "10485760")
    int documentMaxBytes;

    public java.nio.file.Path documentsDir() {
        return java.nio.file.Path.of(documentsDir).toAbsolutePath().normalize();
    }

    public int documentMaxBytes() {
        return documentMaxBytes;
    }

    /**
     * Prefix of the OCDS open contracting ids ({@code ocid} = prefix + "-" + tender id). Register a real one
     * with the Open Contracting Partnership before publishing; the default is a placeholder.
     */
    @Inject
    @ConfigProperty(name = "carebridge.open-data.ocid-prefix", defaultValue = "ocds-cb0000")
    String ocidPrefix;

    /** Prefix of 360Giving grant and organisation identifiers ({@code 360G-cb-...}). */
    @Inject
    @ConfigProperty(name = "carebridge.open-data.grant-prefix", defaultValue = "360G-cb")
    String grantPrefix;

    /** Who publishes the open data (the package's {@code publisher.name}). */
    @Inject
    @ConfigProperty(name = "carebridge.open-data.publisher", defaultValue = "CareBridge")
    String openDataPublisher;

    /** Licence of the open data, as the canonical URI of an open licence. */
    @Inject
    @ConfigProperty(name = "carebridge.open-data.license",
            defaultValue = "https://creativecommons.org/licenses/by/4.0/")
    String openDataLicense;

    /** Where the publication policy is published (OCDS {@code publicationPolicy}); blank leaves it out. The default is a placeholder. */
    @Inject
    @ConfigProperty(name = "carebridge.open-data.publication-policy",
            defaultValue = "https://carebridge.local/docs/open-data.md")
    String publicationPolicy;

    public String ocidPrefix() {
        return ocidPrefix.strip();
    }

    public String grantPrefix() {
        return grantPrefix.strip();
    }

    public String openDataPublisher() {
        return openDataPublisher.strip();
    }

    public String openDataLicense() {
        return openDataLicense.strip();
    }

    public Optional<String> publicationPolicy() {
        return Optional.of(publicationPolicy.strip()).filter(p -> !p.isEmpty());
    }

    public boolean embeddedDatabase() {
        return databaseUrl != null && databaseUrl.startsWith("jdbc:h2:");
    }

    /** Demo tenants, accounts and data are created only when asked, or on the embedded database. */
    public boolean demoMode() {
        return switch (demoData.trim().toLowerCase()) {
            case "true", "yes", "on" -> true;
            case "false", "no", "off" -> false;
            default -> embeddedDatabase();
        };
    }

    public String demoPassword() {
        return demoPassword;
    }

    public Optional<String> adminPassword() {
        return adminPassword.filter(p -> !p.isBlank());
    }

    public Optional<String> jwtSigningKey() {
        return jwtSigningKey.filter(k -> !k.isBlank());
    }

    public String jwtIssuer() {
        return jwtIssuer;
    }

    public Duration jwtLifetime() {
        return Duration.ofMinutes(jwtLifetimeMinutes);
    }

    public int loginMaxFailures() {
        return loginMaxFailures;
    }

    public Duration loginWindow() {
        return Duration.ofMinutes(loginWindowMinutes);
    }

    public int passwordIterations() {
        return passwordIterations;
    }

    /** Production unless {@code carebridge.mode} says development, or (auto) demo data is on. */
    public boolean productionMode() {
        return switch (mode.trim().toLowerCase()) {
            case "production" -> true;
            case "development" -> false;
            default -> !demoMode();
        };
    }

    public String smsGateway() {
        return smsGateway.trim().toLowerCase();
    }

    public java.util.Set<String> trustedProxies() {
        return java.util.Arrays.stream(trustedProxies.split(",")).map(String::trim).filter(a -> !a.isEmpty())
                .collect(java.util.stream.Collectors.toUnmodifiableSet());
    }

    public int familyPerClient() {
        return familyPerClient;
    }

    public int familyPerTarget() {
        return familyPerTarget;
    }

    public int familyGlobal() {
        return familyGlobal;
    }

    public int familyChallengeAfter() {
        return familyChallengeAfter;
    }

    public Duration familyWindow() {
        return Duration.ofMinutes(familyWindowMinutes);
    }

    public Duration familySession() {
        return Duration.ofMinutes(familySessionMinutes);
    }

    public java.util.Optional<String> reportFont() {
        return reportFont.isBlank() ? java.util.Optional.empty() : java.util.Optional.of(reportFont.trim());
    }

    /** Exports of lists longer than this many rows are written in the background, then fetched by link. */
    @Inject
    @ConfigProperty(name = "carebridge.export.background-rows", defaultValue = "5000")
    int exportBackgroundRows;

    /** How long a file exported in the background stays downloadable before it is deleted. */
    @Inject
    @ConfigProperty(name = "carebridge.export.keep-minutes", defaultValue = "60")
    int exportKeepMinutes;

    public int exportBackgroundRows() {
        return exportBackgroundRows;
    }

    public Duration exportKeep() {
        return Duration.ofMinutes(Math.max(1, exportKeepMinutes));
    }
}
