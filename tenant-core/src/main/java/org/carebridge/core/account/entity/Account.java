package org.carebridge.core.account.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.carebridge.core.error.ValidationException;

import java.time.Instant;
import java.util.regex.Pattern;

/** A person's login. What the person may do depends on the tenant: see {@link Membership}. */
@Entity
@Table(name = "cb_account")
public class Account {

    public static final int USERNAME_LENGTH = 80;
    public static final int DISPLAY_NAME_LENGTH = 100;
    public static final int MIN_PASSWORD_LENGTH = 10;
    public static final int MAX_PASSWORD_LENGTH = 128;
    private static final Pattern USERNAME = Pattern.compile("[a-z0-9][a-z0-9._-]{2,79}");

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, unique = true, length = USERNAME_LENGTH)
    private String username;

    @Column(name = "display_name", nullable = false, length = DISPLAY_NAME_LENGTH)
    private String displayName;

    @Column(length = 200)
    private String email;

    @Column(length = 20)
    private String mobile;

    @Column(name = "password_hash", nullable = false, length = 400)
    private String passwordHash;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private AccountStatus status;

    @Column(name = "platform_admin", nullable = false)
    private boolean platformAdmin;

    @Column(name = "totp_secret", length = 64)
    private String totpSecret;

    @Column(name = "totp_enabled", nullable = false)
    private boolean totpEnabled;

    /** The 30-second step of the last code accepted: a code is good once (RFC 6238, section 5.2). */
    @Column(name = "totp_last_step")
    private Long totpLastStep;

    @Column(name = "password_change_required", nullable = false)
    private boolean passwordChangeRequired;

    @Column(name = "last_tenant_id")
    private Long lastTenantId;

    @Column(length = 10)
    private String locale;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Version
    private long version;

    protected Account() {
    }

    public Account(String username, String displayName, String passwordHash) {
        this.username = normaliseUsername(username);
        rename(displayName);
        this.passwordHash = passwordHash;
        this.status = AccountStatus.ACTIVE;
        this.createdAt = Instant.now();
    }

    public static String normaliseUsername(String username) {
        String u = username == null ? "" : username.strip().toLowerCase(java.util.Locale.ROOT);
        if (!USERNAME.matcher(u).matches()) {
            throw new ValidationException("account.username.format");
        }
        return u;
    }

    /** Checks a new password against the policy before it is hashed. */
    public static void checkPasswordPolicy(String password) {
        if (password == null || password.length() < MIN_PASSWORD_LENGTH) {
            throw new ValidationException("account.password.tooShort", MIN_PASSWORD_LENGTH);
        }
        if (password.length() > MAX_PASSWORD_LENGTH) {
            throw new ValidationException("account.password.tooLong", MAX_PASSWORD_LENGTH);
        }
        if (password.isBlank() || password.chars().distinct().count() < 4) {
            throw new ValidationException("account.password.tooSimple");
        }
    }

    public final void rename(String name) {
        if (name == null || name.isBlank()) {
            throw new ValidationException("account.displayName.required");
        }
        String n = name.strip();
        if (n.length() > DISPLAY_NAME_LENGTH) {
            throw new ValidationException("account.displayName.length", DISPLAY_NAME_LENGTH);
        }
        this.displayName = n;
    }

    public void makePlatformAdmin() {
        this.platformAdmin = true;
    }

    public void changePasswordHash(String newHash, boolean temporary) {
        this.passwordHash = newHash;
        this.passwordChangeRequired = temporary;
    }

    public void disable() {
        status = AccountStatus.DISABLED;
    }

    public void enable() {
        status = AccountStatus.ACTIVE;
    }

    public boolean isActive() {
        return status == AccountStatus.ACTIVE;
    }

    /** Stores a secret the user is enrolling; it counts only after {@link #confirmTotp()}. */
    public void startTotpEnrolment(String secret) {
        this.totpSecret = secret;
        this.totpEnabled = false;
    }

    public void confirmTotp(long step) {
        if (totpSecret == null) {
            throw new ValidationException("account.totp.notEnrolling");
        }
        useTotpStep(step);
        this.totpEnabled = true;
    }

    /** Records that the code of this step was used; false when it (or a later one) was used before. */
    public boolean useTotpStep(long step) {
        if (totpLastStep != null && step <= totpLastStep) {
            return false;
        }
        totpLastStep = step;
        return true;
    }

    public void removeTotp() {
        this.totpSecret = null;
        this.totpEnabled = false;
        this.totpLastStep = null;
    }

    public void rememberTenant(Long tenantId) {
        this.lastTenantId = tenantId;
    }

    public void preferLocale(String languageTag) {
        this.locale = languageTag;
    }

    public Long getId() {
        return id;
    }

    public String getUsername() {
        return username;
    }

    public String getDisplayName() {
        return displayName;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email == null || email.isBlank() ? null : email.strip();
    }

    public String getPasswordHash() {
        return passwordHash;
    }

    public AccountStatus getStatus() {
        return status;
    }

    public boolean isPlatformAdmin() {
        return platformAdmin;
    }

    public String getTotpSecret() {
        return totpSecret;
    }

    public boolean isTotpEnabled() {
        return totpEnabled;
    }

    public boolean isPasswordChangeRequired() {
        return passwordChangeRequired;
    }

    public Long getLastTenantId() {
        return lastTenantId;
    }

    public String getLocale() {
        return locale;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public long getVersion() {
        return version;
    }
}
