package org.carebridge.core.account.control;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.crypto.RSASSAVerifier;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.carebridge.config.Settings;
import org.carebridge.core.account.boundary.Grant;

import java.text.ParseException;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.logging.Logger;

/**
 * Short-lived RS256 bearer tokens in the MicroProfile JWT shape ({@code upn}, {@code groups}) plus the
 * tenant and account they were issued for. The key comes from {@code carebridge.jwt.signing-key} (a
 * private RSA JWK); without one, a key is generated per process (demo mode; tokens then die with it).
 */
@ApplicationScoped
public class ApiTokens {

    private static final Logger LOG = Logger.getLogger(ApiTokens.class.getName());

    @Inject
    Settings settings;

    private RSAKey key;

    @PostConstruct
    void init() {
        try {
            Optional<String> configured = settings.jwtSigningKey();
            if (configured.isPresent()) {
                key = RSAKey.parse(configured.get());
                if (!key.isPrivate()) {
                    throw new IllegalStateException("carebridge.jwt.signing-key must be a private RSA JWK");
                }
            } else {
                if (!settings.demoMode()) {
                    LOG.warning("carebridge.jwt.signing-key is not set: API tokens are signed with a key generated"
                            + " for this process and stop working when it restarts (not for clusters)");
                }
                key = new RSAKeyGenerator(2048).keyID(UUID.randomUUID().toString()).generate();
            }
        } catch (ParseException | JOSEException e) {
            throw new IllegalStateException("Cannot load the API token signing key", e);
        }
    }

    public String issue(Grant grant) {
        Instant now = Instant.now();
        JWTClaimsSet.Builder claims = new JWTClaimsSet.Builder()
                .issuer(settings.jwtIssuer())
                .subject(grant.username())
                .claim("upn", grant.username())
                .claim("groups", List.copyOf(grant.roleNames()))
                .claim("account_id", grant.accountId())
                .jwtID(UUID.randomUUID().toString())
                .issueTime(Date.from(now))
                .expirationTime(Date.from(now.plus(settings.jwtLifetime())));
        if (grant.tenantId() != null) {
            claims.claim("tenant_id", grant.tenantId()).claim("tenant", grant.tenantCode());
        }
        try {
            SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).type(JOSEObjectType.JWT)
                    .keyID(key.getKeyID()).build(), claims.build());
            jwt.sign(new RSASSASigner(key));
            return jwt.serialize();
        } catch (JOSEException e) {
            throw new IllegalStateException("Cannot sign an API token", e);
        }
    }

    public long lifetimeSeconds() {
        return settings.jwtLifetime().toSeconds();
    }

    /** The account and tenant a valid, unexpired token of ours names; empty for anything else. */
    public Optional<TokenSubject> verify(String token) {
        try {
            SignedJWT jwt = SignedJWT.parse(token);
            if (!JWSAlgorithm.RS256.equals(jwt.getHeader().getAlgorithm())
                    || !jwt.verify(new RSASSAVerifier(key.toRSAPublicKey()))) {
                return Optional.empty();
            }
            JWTClaimsSet c = jwt.getJWTClaimsSet();
            if (!settings.jwtIssuer().equals(c.getIssuer()) || c.getExpirationTime() == null
                    || c.getExpirationTime().toInstant().isBefore(Instant.now())) {
                return Optional.empty();
            }
            Long account = c.getLongClaim("account_id");
            if (account == null) {
                return Optional.empty();
            }
            return Optional.of(new TokenSubject(account, c.getLongClaim("tenant_id")));
        } catch (ParseException | JOSEException | RuntimeException e) {
            return Optional.empty();
        }
    }

    /** Whom a verified token speaks for. */
    public record TokenSubject(long accountId, Long tenantId) {
    }
}
