package org.carebridge.core.value;

/** The services a child receives (the source report's list of purchased and direct services). */
public enum ServiceType {
    MENTORING, COUNSELLING, FAMILY_EDUCATION, REHABILITATION, SPECIAL_EDUCATION, MEDICAL_SUPPORT, TUTORING,
    VOCATIONAL_TRAINING, INSURANCE, EMERGENCY_SHELTER, MATERIAL_AID
}
