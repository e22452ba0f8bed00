package org.carebridge.care.family.boundary;

import org.carebridge.care.application.entity.ApplicationStatus;
import org.carebridge.care.application.entity.Track;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

/**
 * All a family sees of its child, and nothing more: the application's stage and dates, the support
 * granted this month, recent and next payments (no bank details), services scheduled and received
 * (type and date, no notes), and who to call.
 */
public record FamilyStatusView(String childName, Application application, List<Support> support,
                               List<Payment> payments, Payment next, List<Service> services, Contact contact,
                               Instant expiresAt) implements Serializable {

    /** The latest application: reference, track, stage, when submitted and decided, the help-first deadline. */
    public record Application(String reference, Track track, ApplicationStatus status, LocalDate submittedOn,
                              LocalDate decidedOn, LocalDate confirmBy) implements Serializable {
    }

    /** A scheme the child receives and its amount as of this month (per month or per year). */
    public record Support(String scheme, BigDecimal amount, boolean yearly) implements Serializable {
    }

    /** A payment: month, scheme, amount and state (PAID, PENDING, RETURNED, REPAID). */
    public record Payment(YearMonth month, String scheme, BigDecimal amount, String state) implements Serializable {
    }

    /** A service: its type (a message key suffix), the date, and whether it was received or is planned. */
    public record Service(String type, LocalDate date, boolean received) implements Serializable {
    }

    /** The social worker of the latest visit, and the office of the child's street with its contact. */
    public record Contact(String worker, String office, String phone) implements Serializable {
    }
}
