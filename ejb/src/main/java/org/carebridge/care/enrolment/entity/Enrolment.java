package org.carebridge.care.enrolment.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.carebridge.core.error.ConflictException;
import org.carebridge.core.error.ValidationException;

import java.time.LocalDate;

/**
 * A child of the district's register enrolled in a service project. A platform row between the
 * district and the provider; the {@link Grant} is the purpose-bound view the provider has while the
 * enrolment is open and the project runs — name, sex, birth month, categories, masked ID and the
 * needs relevant to the service, never the full ID, address, guardian or case notes.
 */
@Entity
@Table(name = "cb_enrolment")
public class Enrolment {

    /** What the provider may see of the child. */
    public record Grant(String childName, String sex, String birthMonth, String categories, String residentIdMasked,
                        String needs) {

        /** The child's grant for a service that addresses these needs (already limited to the relevant ones). */
        public static Grant of(org.carebridge.care.child.entity.Child c, java.util.Set<org.carebridge.care.child.entity.Need> needs) {
            return new Grant(c.getName().value(), c.getSex().name(), java.time.YearMonth.from(c.getBirthDate()).toString(),
                    org.carebridge.care.child.entity.ChildCategory.encode(c.getCategories()),
                    c.getResidentId() == null ? null : c.getResidentId().masked(),
                    org.carebridge.core.value.EnumSetColumn.encode(needs));
        }
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Version
    private long version;

    @Column(name = "project_id", nullable = false)
    private long projectId;

    @Column(name = "district_tenant_id", nullable = false)
    private long districtTenantId;

    @Column(name = "provider_tenant_id", nullable = false)
    private long providerTenantId;

    @Column(name = "child_id", nullable = false)
    private long childId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 12)
    private EnrolmentStatus status;

    @Column(name = "enrolled_on", nullable = false)
    private LocalDate enrolledOn;

    @Column(name = "enrolled_by", nullable = false, length = 80)
    private String enrolledBy;

    @Column(name = "ended_on")
    private LocalDate endedOn;

    @Column(name = "end_reason", length = 500)
    private String endReason;

    @Column(name = "moved_to_id")
    private Long movedToId;

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

    @Column(length = 200)
    private String needs;

    protected Enrolment() {
    }

    public Enrolment(long projectId, long districtTenantId, long providerTenantId, long childId, Grant grant,
                     String by, LocalDate on) {
        this.projectId = projectId;
        this.districtTenantId = districtTenantId;
        this.providerTenantId = providerTenantId;
        this.childId = childId;
        this.childName = grant.childName();
        this.childSex = grant.sex();
        this.birthMonth = grant.birthMonth();
        this.categories = grant.categories();
        this.residentIdMasked = grant.residentIdMasked();
        this.needs = grant.needs();
        this.enrolledBy = by;
        this.enrolledOn = on;
        this.status = EnrolmentStatus.ENROLLED;
    }

    /** The district ends the enrolment; from that day the provider no longer sees the child. */
    public void end(String reason, LocalDate on) {
        requireOpen();
        if (reason == null || reason.isBlank() || reason.strip().length() > 500) {
            throw new ValidationException("enrolment.endReason.required");
        }
        this.status = EnrolmentStatus.ENDED;
        this.endReason = reason.strip();
        this.endedOn = on;
    }

    /** Handed over to a successor project's enrolment. */
    public void moveTo(long successorEnrolment, String reason, LocalDate on) {
        requireOpen();
        this.status = EnrolmentStatus.MOVED;
        this.movedToId = successorEnrolment;
        this.endReason = reason;
        this.endedOn = on;
    }

    public boolean isOpen() {
        return status == EnrolmentStatus.ENROLLED;
    }

    private void requireOpen() {
        if (!isOpen()) {
            throw new ConflictException("enrolment.notOpen");
        }
    }

    public Long getId() {
        return id;
    }

    public long getVersion() {
        return version;
    }

    public long getProjectId() {
        return projectId;
    }

    public long getDistrictTenantId() {
        return districtTenantId;
    }

    public long getProviderTenantId() {
        return providerTenantId;
    }

    public long getChildId() {
        return childId;
    }

    public EnrolmentStatus getStatus() {
        return status;
    }

    public LocalDate getEnrolledOn() {
        return enrolledOn;
    }

    public String getEnrolledBy() {
        return enrolledBy;
    }

    public LocalDate getEndedOn() {
        return endedOn;
    }

    public String getEndReason() {
        return endReason;
    }

    public Long getMovedToId() {
        return movedToId;
    }

    public Grant getGrant() {
        return new Grant(childName, childSex, birthMonth, categories, residentIdMasked, needs);
    }
}
