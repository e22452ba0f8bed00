package org.carebridge.care.referral.boundary;

import org.carebridge.care.referral.entity.ReferralBasis;
import org.carebridge.core.value.ServiceType;

/** A referral to send: to which organisation (its code), for what, on what basis, sharing the guardian's contact or not. */
public record NewReferral(Long childId, String toTenant, ServiceType serviceType, String reason, ReferralBasis basis,
                          String basisDetail, String consentOn, boolean shareGuardianContact) {
}
