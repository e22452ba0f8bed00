package org.carebridge.core.account.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.carebridge.core.error.ValidationException;
import org.carebridge.core.tenant.entity.Tenant;

import java.time.Instant;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * An account's place in one tenant, with the roles it holds there. Read across tenants only by the
 * login flow (to offer the tenants an account may enter); every other reader goes through the
 * bound tenant.
 */
@Entity
@Table(name = "cb_membership")
public class Membership {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "account_id", nullable = false)
    private Account account;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "tenant_id", nullable = false)
    private Tenant tenant;

    @Column(nullable = false, length = 400)
    private String roles;

    @Column(nullable = false, length = 20)
    private String status;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Version
    private long version;

    protected Membership() {
    }

    public Membership(Account account, Tenant tenant, Set<Role> roles) {
        this.account = account;
        this.tenant = tenant;
        this.status = "ACTIVE";
        this.createdAt = Instant.now();
        grant(roles);
    }

    public final void grant(Set<Role> newRoles) {
        if (newRoles == null || newRoles.isEmpty()) {
            throw new ValidationException("membership.roles.required");
        }
        if (!Role.grantable().containsAll(newRoles)) {
            throw new ValidationException("membership.roles.notGrantable");
        }
        this.roles = newRoles.stream().map(Enum::name).sorted().collect(Collectors.joining(","));
    }

    public Set<Role> roles() {
        return Arrays.stream(roles.split(",")).map(String::trim).filter(s -> !s.isEmpty()).map(Role::valueOf)
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(Role.class)));
    }

    public void revoke() {
        status = "REVOKED";
    }

    /** Brings a removed member back, with the roles given now. */
    public void reinstate(Set<Role> newRoles) {
        grant(newRoles);
        status = "ACTIVE";
    }

    public boolean isActive() {
        return "ACTIVE".equals(status);
    }

    public Long getId() {
        return id;
    }

    public Account getAccount() {
        return account;
    }

    public Tenant getTenant() {
        return tenant;
    }

    public String getStatus() {
        return status;
    }

    public long getVersion() {
        return version;
    }
}
