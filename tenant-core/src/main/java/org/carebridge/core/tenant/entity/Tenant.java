package org.carebridge.core.tenant.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.carebridge.core.account.entity.Role;
import org.carebridge.core.error.ValidationException;
import org.carebridge.core.value.RegionCode;

import java.time.Instant;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/** An organisation using the portal: a bureau, a district, a foundation or a service organisation. */
@Entity
@Table(name = "cb_tenant")
public class Tenant {

    public static final int CODE_LENGTH = 40;
    public static final int NAME_LENGTH = 200;
    private static final Pattern CODE = Pattern.compile("[a-z][a-z0-9-]{1,39}");

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, length = CODE_LENGTH, unique = true)
    private String code;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private TenantKind kind;

    @Column(name = "name_zh", nullable = false, length = NAME_LENGTH)
    private String nameZh;

    @Column(name = "name_en", nullable = false, length = NAME_LENGTH)
    private String nameEn;

    @Column(name = "region_code", nullable = false, length = 12)
    private String regionCode;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private TenantStatus status;

    /** Roles whose holders must use a second factor in this tenant, comma-separated. */
    @Column(name = "mfa_roles", nullable = false, length = 400)
    private String mfaRoles;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Version
    private long version;

    protected Tenant() {
    }

    public Tenant(String code, TenantKind kind, String nameZh, String nameEn, RegionCode region) {
        if (code == null || !CODE.matcher(code).matches()) {
            throw new ValidationException("tenant.code.format");
        }
        if (kind == null) {
            throw new ValidationException("tenant.kind.required");
        }
        this.code = code;
        this.kind = kind;
        rename(nameZh, nameEn);
        this.regionCode = region.value();
        this.status = TenantStatus.ACTIVE;
        this.mfaRoles = "";
        this.createdAt = Instant.now();
    }

    public final void rename(String zh, String en) {
        this.nameZh = requireName(zh);
        this.nameEn = requireName(en);
    }

    private static String requireName(String name) {
        if (name == null || name.isBlank()) {
            throw new ValidationException("tenant.name.required");
        }
        String trimmed = name.strip();
        if (trimmed.length() > NAME_LENGTH) {
            throw new ValidationException("tenant.name.length", NAME_LENGTH);
        }
        return trimmed;
    }

    public void suspend() {
        status = TenantStatus.SUSPENDED;
    }

    public void activate() {
        status = TenantStatus.ACTIVE;
    }

    public boolean isActive() {
        return status == TenantStatus.ACTIVE;
    }

    public Set<Role> mfaRoles() {
        if (mfaRoles == null || mfaRoles.isBlank()) {
            return EnumSet.noneOf(Role.class);
        }
        return Arrays.stream(mfaRoles.split(",")).map(String::trim).map(Role::valueOf)
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(Role.class)));
    }

    public void requireSecondFactorFor(Set<Role> roles) {
        this.mfaRoles = roles.stream().map(Enum::name).sorted().collect(Collectors.joining(","));
    }

    /** The name in the user's language: Chinese unless the locale is another language. */
    public String name(java.util.Locale locale) {
        return locale != null && !"zh".equals(locale.getLanguage()) ? nameEn : nameZh;
    }

    public Long getId() {
        return id;
    }

    public String getCode() {
        return code;
    }

    public TenantKind getKind() {
        return kind;
    }

    public String getNameZh() {
        return nameZh;
    }

    public String getNameEn() {
        return nameEn;
    }

    public RegionCode getRegionCode() {
        return RegionCode.of(regionCode);
    }

    public TenantStatus getStatus() {
        return status;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public long getVersion() {
        return version;
    }
}
