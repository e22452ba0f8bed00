package org.carebridge.care.family.entity;

/** What a family reports: a new address or phone, a change in the household, the child's health or school, other. */
public enum ReportKind {
    CONTACT, HOUSEHOLD, HEALTH_SCHOOL, OTHER
}
