package org.carebridge.core.account.boundary;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.carebridge.config.Settings;
import org.carebridge.core.account.control.AccountFactory;
import org.carebridge.core.account.control.PasswordHasher;
import org.carebridge.core.account.control.SecondFactor;
import org.carebridge.core.account.entity.Account;
import org.carebridge.core.account.entity.LoginFailure;
import org.carebridge.core.account.entity.Membership;
import org.carebridge.core.account.entity.Role;
import org.carebridge.core.audit.boundary.AuditTrail;
import org.carebridge.core.error.ValidationException;
import org.carebridge.core.persistence.CallContext;
import org.carebridge.core.persistence.TenantData;
import org.carebridge.core.tenant.entity.Tenant;

import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Credential checks for the login page and the token endpoint: password with throttling (after
 * {@code carebridge.login.max-failures} failures within the window, the username is refused until the
 * window has passed), the second factor, and the per-request re-check of what an account may do.
 */
@Stateless
@PermitAll
public class Authentication {

    @Inject
    TenantData data;

    @Inject
    PasswordHasher hasher;

    @Inject
    SecondFactor secondFactor;

    @Inject
    Settings settings;

    @Inject
    AuditTrail audit;

    @Inject
    AccountFactory accounts;

    public LoginResult checkPassword(String rawUsername, String password) {
        String username = rawUsername == null ? "" : rawUsername.strip().toLowerCase(java.util.Locale.ROOT);
        if (username.isEmpty() || username.length() > Account.USERNAME_LENGTH || password == null
                || password.length() > Account.MAX_PASSWORD_LENGTH) {
            return LoginResult.refused(LoginResult.Status.BAD_CREDENTIALS);
        }
        EntityManager em = data.shared();
        if (isLocked(username)) {
            audit.recordAlways(username, null, "LOGIN_LOCKED", "throttled after repeated failures");
            return LoginResult.refused(LoginResult.Status.LOCKED);
        }
        Optional<Account> found = accounts.findAccount(username);
        boolean valid;
        if (found.isPresent()) {
            valid = hasher.matches(password, found.get().getPasswordHash());
        } else {
            hasher.burn(password);
            valid = false;
        }
        if (!valid) {
            fail(username, "bad credentials");
            return LoginResult.refused(LoginResult.Status.BAD_CREDENTIALS);
        }
        Account account = found.get();
        if (!account.isActive()) {
            audit.recordAlways(username, null, "LOGIN_REFUSED", "account disabled");
            return LoginResult.refused(LoginResult.Status.DISABLED);
        }
        List<TenantChoice> tenants = choices(account.getId());
        if (tenants.isEmpty() && !account.isPlatformAdmin()) {
            audit.recordAlways(username, null, "LOGIN_REFUSED", "no active membership");
            return LoginResult.refused(LoginResult.Status.NO_MEMBERSHIP);
        }
        if (!account.isTotpEnabled()) {
            clearFailures(em, username);
        }
        return new LoginResult(LoginResult.Status.OK, account.getId(), account.isTotpEnabled(), tenants,
                account.getLastTenantId(), account.isPlatformAdmin(), account.getLocale());
    }

    /** The second step for accounts with a second factor; failures count towards the same throttle. */
    public boolean checkSecondFactor(long accountId, String code) {
        Account account = data.shared().find(Account.class, accountId);
        if (account == null || !account.isTotpEnabled()) {
            return false;
        }
        if (isLocked(account.getUsername())) {
            audit.recordAlways(account.getUsername(), null, "LOGIN_LOCKED", "throttled after repeated failures");
            return false;
        }
        var step = secondFactor.match(account.getTotpSecret(), code);
        if (step.isEmpty() || !account.useTotpStep(step.getAsLong())) {
            fail(account.getUsername(), step.isEmpty() ? "bad second factor" : "second factor code reused");
            return false;
        }
        clearFailures(data.shared(), account.getUsername());
        return true;
    }

    /**
     * Enters a tenant (or the platform, with {@code tenantId == null}) after a successful credential
     * check, records the login, and returns the grant.
     */
    public Grant enter(long accountId, Long tenantId) {
        Grant grant = currentGrant(accountId, tenantId)
                .orElseThrow(() -> new ValidationException("login.tenant.notMember"));
        Account account = data.shared().find(Account.class, accountId);
        if (tenantId != null) {
            account.rememberTenant(tenantId);
        }
        audit.recordAlways(account.getUsername(), tenantId, "LOGIN", tenantId == null ? "platform" : grant.tenantCode());
        return grant;
    }

    /** What the account may do now in that tenant; empty if disabled, revoked, suspended or never a member. */
    public Optional<Grant> currentGrant(long accountId, Long tenantId) {
        EntityManager em = data.shared();
        if (tenantId == null) {
            Account a = em.find(Account.class, accountId);
            if (a == null || !a.isActive() || !a.isPlatformAdmin()) {
                return Optional.empty();
            }
            return Optional.of(new Grant(a.getId(), a.getUsername(), a.getDisplayName(), null, null, null, null,
                    null, EnumSet.of(Role.PLATFORM_ADMIN), false, a.isPasswordChangeRequired(), a.getLocale()));
        }
        List<Membership> ms = em.createQuery("select m from Membership m join fetch m.account join fetch m.tenant"
                        + " where m.account.id = :a and m.tenant.id = :t", Membership.class)
                .setParameter("a", accountId).setParameter("t", tenantId).getResultList();
        if (ms.isEmpty()) {
            return Optional.empty();
        }
        Membership m = ms.get(0);
        Account a = m.getAccount();
        Tenant t = m.getTenant();
        if (!m.isActive() || !a.isActive() || !t.isActive()) {
            return Optional.empty();
        }
        Set<Role> roles = m.roles();
        boolean mfaMissing = !a.isTotpEnabled() && roles.stream().anyMatch(t.mfaRoles()::contains);
        return Optional.of(new Grant(a.getId(), a.getUsername(), a.getDisplayName(), t.getId(), t.getCode(),
                t.getNameZh(), t.getNameEn(), t.getKind(), roles, mfaMissing, a.isPasswordChangeRequired(),
                a.getLocale()));
    }

    /** The tenants an account may enter (active memberships of active tenants). */
    public List<TenantChoice> choices(long accountId) {
        return data.shared().createQuery("select new org.carebridge.core.account.boundary.TenantChoice("
                        + "t.id, t.code, t.nameZh, t.nameEn, t.kind) from Membership m join m.tenant t"
                        + " where m.account.id = :a and m.status = 'ACTIVE'"
                        + " and t.status = org.carebridge.core.tenant.entity.TenantStatus.ACTIVE order by t.id",
                        TenantChoice.class)
                .setParameter("a", accountId).getResultList();
    }

    public void recordLogout(String username, Long tenantId) {
        audit.recordAlways(username, tenantId, "LOGOUT", null);
    }

    private boolean isLocked(String username) {
        Instant since = Instant.now().minus(settings.loginWindow());
        long failures = data.shared().createQuery(
                        "select count(f) from LoginFailure f where f.username = :u and f.failedAt > :since", Long.class)
                .setParameter("u", username).setParameter("since", since).getSingleResult();
        return failures >= settings.loginMaxFailures();
    }

    private void fail(String username, String why) {
        data.shared().persist(new LoginFailure(username, Instant.now(), CallContext.sourceIp()));
        audit.recordAlways(username, null, "LOGIN_FAILED", why);
    }

    private static void clearFailures(EntityManager em, String username) {
        em.createQuery("delete from LoginFailure f where f.username = :u").setParameter("u", username).executeUpdate();
    }
}
