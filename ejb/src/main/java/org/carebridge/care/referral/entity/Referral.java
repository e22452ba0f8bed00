package org.carebridge.care.referral.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.carebridge.core.value.ServiceType;
import org.carebridge.core.error.ConflictException;
import org.carebridge.core.error.ValidationException;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A referral between two tenants, so it is a platform row (not tenant-filtered): every read names
 * the sending or the receiving tenant explicitly ({@code Referrals}). The grant — what the receiver
 * may see — is a snapshot taken when the referral is sent: name, sex, birth month, categories, masked
 * ID, residence area, the reason, and the guardian's name and mobile only when the sender chose to
 * share them. The receiver sees it while the referral is open (sent or accepted).
 */
@Entity
@Table(name = "cb_referral")
public class Referral {

    public static final int TEXT_LENGTH = 500;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Version
    private long version;

    @Column(name = "from_tenant_id", nullable = false)
    private long fromTenantId;

    @Column(name = "to_tenant_id", nullable = false)
    private long toTenantId;

    @Column(name = "child_id", nullable = false)
    private long childId;

    @Enumerated(EnumType.STRING)
    @Column(name = "service_type", nullable = false, length = 30)
    private ServiceType serviceType;

    @Column(nullable = false, length = TEXT_LENGTH)
    private String reason;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private ReferralBasis basis;

    @Column(name = "basis_detail", nullable = false, length = TEXT_LENGTH)
    private String basisDetail;

    @Column(name = "consent_on")
    private LocalDate consentOn;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private ReferralStatus status;

    // ---- the grant (snapshot) ----
    @Column(name = "child_name", nullable = false, length = 50)
    private String childName;

    @Column(name = "child_sex", nullable = false, length = 6)
    private String childSex;

    @Column(name = "birth_month", nullable = false, length = 7)
    private String birthMonth;

    @Column(nullable = false, length = 200)
    private String categories;

    @Column(name = "resident_id_masked", length = 18)
    private String residentIdMasked;

    @Column(name = "residence_region", nullable = false, length = 12)
    private String residenceRegion;

    @Column(name = "guardian_name", length = 50)
    private String guardianName;

    @Column(name = "guardian_mobile", length = 20)
    private String guardianMobile;

    // ---- who and when ----
    @Column(name = "sent_by", nullable = false, length = 80)
    private String sentBy;

    @Column(name = "sent_at", nullable = false)
    private Instant sentAt;

    @Column(name = "answered_by", length = 80)
    private String answeredBy;

    @Column(name = "answered_at")
    private Instant answeredAt;

    @Column(name = "answer_note", length = TEXT_LENGTH)
    private String answerNote;

    @Column(name = "closed_by", length = 80)
    private String closedBy;

    @Column(name = "closed_at")
    private Instant closedAt;

    @Column(name = "close_note", length = TEXT_LENGTH)
    private String closeNote;

    protected Referral() {
    }

    /** The grant's contents, taken from the child's record by the sender. */
    public record Grant(String childName, String sex, String birthMonth, String categories, String residentIdMasked,
                        String residenceRegion, String guardianName, String guardianMobile) {
    }

    public Referral(long fromTenantId, long toTenantId, long childId, ServiceType serviceType, String reason,
                    ReferralBasis basis, String basisDetail, LocalDate consentOn, Grant grant, String sentBy,
                    LocalDate today) {
        if (fromTenantId == toTenantId) {
            throw new ValidationException("referral.receiver.self");
        }
        if (serviceType == null) {
            throw new ValidationException("service.type.required");
        }
        this.reason = text(reason, "referral.reason.required");
        if (basis == null) {
            throw new ValidationException("referral.basis.required");
        }
        this.basisDetail = text(basisDetail, "referral.basisDetail.required");
        if (basis == ReferralBasis.GUARDIAN_CONSENT
                && (consentOn == null || consentOn.isAfter(today) || consentOn.isBefore(today.minusYears(1)))) {
            throw new ValidationException("referral.consentOn.range");
        }
        this.fromTenantId = fromTenantId;
        this.toTenantId = toTenantId;
        this.childId = childId;
        this.serviceType = serviceType;
        this.basis = basis;
        this.consentOn = basis == ReferralBasis.GUARDIAN_CONSENT ? consentOn : null;
        this.status = ReferralStatus.SENT;
        this.childName = grant.childName();
        this.childSex = grant.sex();
        this.birthMonth = grant.birthMonth();
        this.categories = grant.categories();
        this.residentIdMasked = grant.residentIdMasked();
        this.residenceRegion = grant.residenceRegion();
        this.guardianName = grant.guardianName();
        this.guardianMobile = grant.guardianMobile();
        this.sentBy = sentBy;
        this.sentAt = Instant.now();
    }

    /** The receiver accepts or rejects a sent referral; a rejection needs a reason. */
    public void answer(boolean accept, String note, String by) {
        if (status != ReferralStatus.SENT) {
            throw new ConflictException("referral.notSent");
        }
        this.answerNote = accept ? optional(note) : text(note, "referral.rejectReason.required");
        this.status = accept ? ReferralStatus.ACCEPTED : ReferralStatus.REJECTED;
        this.answeredBy = by;
        this.answeredAt = Instant.now();
    }

    /** The receiver reports the service done, with what came of it. */
    public void complete(String outcome, String by) {
        if (status != ReferralStatus.ACCEPTED) {
            throw new ConflictException("referral.notAccepted");
        }
        this.closeNote = text(outcome, "referral.outcome.required");
        this.status = ReferralStatus.DONE;
        this.closedBy = by;
        this.closedAt = Instant.now();
    }

    /** The sender withdraws an open referral; the receiver's view ends at once. */
    public void revoke(String why, String by) {
        if (!status.grantsView()) {
            throw new ConflictException("referral.notOpen");
        }
        this.closeNote = text(why, "referral.revokeReason.required");
        this.status = ReferralStatus.REVOKED;
        this.closedBy = by;
        this.closedAt = Instant.now();
    }

    private static String text(String value, String requiredKey) {
        if (value == null || value.isBlank()) {
            throw new ValidationException(requiredKey);
        }
        if (value.strip().length() > TEXT_LENGTH) {
            throw new ValidationException("referral.text.length", TEXT_LENGTH);
        }
        return value.strip();
    }

    private static String optional(String value) {
        return value == null || value.isBlank() ? null : text(value, "referral.text.length");
    }

    public Long getId() {
        return id;
    }

    public long getFromTenantId() {
        return fromTenantId;
    }

    public long getToTenantId() {
        return toTenantId;
    }

    public long getChildId() {
        return childId;
    }

    public ServiceType getServiceType() {
        return serviceType;
    }

    public String getReason() {
        return reason;
    }

    public ReferralBasis getBasis() {
        return basis;
    }

    public String getBasisDetail() {
        return basisDetail;
    }

    public LocalDate getConsentOn() {
        return consentOn;
    }

    public ReferralStatus getStatus() {
        return status;
    }

    public Grant getGrant() {
        return new Grant(childName, childSex, birthMonth, categories, residentIdMasked, residenceRegion, guardianName,
                guardianMobile);
    }

    public String getSentBy() {
        return sentBy;
    }

    public Instant getSentAt() {
        return sentAt;
    }

    public String getAnsweredBy() {
        return answeredBy;
    }

    public Instant getAnsweredAt() {
        return answeredAt;
    }

    public String getAnswerNote() {
        return answerNote;
    }

    public String getClosedBy() {
        return closedBy;
    }

    public Instant getClosedAt() {
        return closedAt;
    }

    public String getCloseNote() {
        return closeNote;
    }
}
