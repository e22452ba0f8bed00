package org.carebridge.core.account.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.carebridge.core.account.entity.Account;
import org.carebridge.core.account.entity.Membership;
import org.carebridge.core.account.entity.Role;
import org.carebridge.core.error.ConflictException;
import org.carebridge.core.persistence.TenantData;
import org.carebridge.core.tenant.entity.Tenant;

import java.util.Optional;
import java.util.Set;

/**
 * Adds people to tenants: an existing account gets a membership; a new one is created with a
 * one-time password that must be changed at first login. Used by the platform (first administrator of
 * a tenant) and by tenant administrators (invitations), and by the demo and first-run seeding.
 */
@ApplicationScoped
public class AccountFactory {

    @Inject
    TenantData data;

    @Inject
    PasswordHasher hasher;

    /** The account and, when it was created now, its one-time password. */
    public record Added(Account account, Membership membership, String temporaryPassword) {
    }

    public Added addMember(Tenant tenant, String rawUsername, String displayName, Set<Role> roles) {
        String username = Account.normaliseUsername(rawUsername);
        Optional<Account> existing = findAccount(username);
        String temporary = null;
        Account account;
        if (existing.isPresent()) {
            account = existing.get();
            Optional<Membership> earlier = data.shared().createQuery(
                            "select m from Membership m where m.account = :a and m.tenant = :t", Membership.class)
                    .setParameter("a", account).setParameter("t", tenant).getResultStream().findFirst();
            if (earlier.isPresent() && earlier.get().isActive()) {
                throw new ConflictException("membership.exists", username);
            }
            account.enable();
            if (earlier.isPresent()) {
                earlier.get().reinstate(roles);
                return new Added(account, earlier.get(), null);
            }
        } else {
            temporary = hasher.temporaryPassword();
            account = new Account(username, displayName, hasher.hash(temporary));
            account.changePasswordHash(account.getPasswordHash(), true);
            data.shared().persist(account);
        }
        Membership m = new Membership(account, tenant, roles);
        data.shared().persist(m);
        data.shared().flush();
        return new Added(account, m, temporary);
    }

    /** Creates an account with a known password (demo data, first platform administrator). */
    public Account createWithPassword(String username, String displayName, String password) {
        Account a = new Account(username, displayName, hasher.hash(password));
        data.shared().persist(a);
        return a;
    }

    /** The account with that (normalised) username, if any. */
    public Optional<Account> findAccount(String username) {
        return data.shared().createQuery("select a from Account a where a.username = :u", Account.class)
                .setParameter("u", username).getResultStream().findFirst();
    }
}
