package org.carebridge.care.referral.boundary;

import org.carebridge.care.referral.entity.Referral;
import org.carebridge.care.referral.entity.ReferralBasis;
import org.carebridge.care.referral.entity.ReferralStatus;
import org.carebridge.core.value.ServiceType;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A referral as one side sees it. The sender sees everything incl. {@code childId}; the receiver
 * sees {@code grant} only while the referral is open and never the sender's child id.
 */
public record ReferralView(long id, boolean sent, String fromTenant, String toTenant, Long childId,
                           ServiceType serviceType, String reason, ReferralBasis basis, String basisDetail,
                           LocalDate consentOn, ReferralStatus status, Referral.Grant grant, String sentBy,
                           Instant sentAt, String answeredBy, String answerNote, String closedBy, String closeNote) {

    static ReferralView forSender(Referral r, String from, String to) {
        return new ReferralView(r.getId(), true, from, to, r.getChildId(), r.getServiceType(), r.getReason(),
                r.getBasis(), r.getBasisDetail(), r.getConsentOn(), r.getStatus(), r.getGrant(), r.getSentBy(),
                r.getSentAt(), r.getAnsweredBy(), r.getAnswerNote(), r.getClosedBy(), r.getCloseNote());
    }

    /**
     * The receiver's view: the grant only while open, and in lists ({@code full} false) only the
     * child's name and birth month — the rest comes with opening the referral, which is logged.
     */
    static ReferralView forReceiver(Referral r, String from, String to, boolean full) {
        boolean open = r.getStatus().grantsView();
        Referral.Grant g = r.getGrant();
        Referral.Grant shown = !open ? null : full ? g
                : new Referral.Grant(g.childName(), null, g.birthMonth(), null, null, null, null, null);
        return new ReferralView(r.getId(), false, from, to, null, r.getServiceType(), open ? r.getReason() : null,
                r.getBasis(), r.getBasisDetail(), r.getConsentOn(), r.getStatus(), shown,
                r.getSentBy(), r.getSentAt(), r.getAnsweredBy(), r.getAnswerNote(), r.getClosedBy(),
                r.getCloseNote());
    }
}
