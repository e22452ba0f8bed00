package org.carebridge.care.assessment.entity;

/** The risk of missing or improper guardianship that an assessment finds. */
public enum Risk {
    LOW, MEDIUM, HIGH
}
