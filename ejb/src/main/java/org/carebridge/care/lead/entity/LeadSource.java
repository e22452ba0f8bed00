package org.carebridge.care.lead.entity;

/** How the lead came in: a visit in the field, data matching with another department, a call, a referral. */
public enum LeadSource {
    FIELD, DATA_MATCHING, HOTLINE, REFERRAL
}
