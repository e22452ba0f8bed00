package org.carebridge.funding.disbursement.entity;

/** What a disbursement pays for; each purpose is an expense account of the ledger. */
public enum Purpose {
    ALLOWANCE, SERVICE_PURCHASE, EDUCATION_AID, MEDICAL_AID, INSURANCE, EMERGENCY_AID, OTHER
}
