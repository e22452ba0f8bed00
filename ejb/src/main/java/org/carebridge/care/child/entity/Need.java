package org.carebridge.care.child.entity;

/** The kinds of need a visit identifies and a case plan addresses. */
public enum Need {
    MEDICAL, EDUCATION, NURSING, PSYCHOLOGICAL, MATERIAL;

    /**
     * The needs a service addresses: what a provider enrolled for that service may learn of a child's
     * needs (purpose limitation), nothing else.
     */
    public static java.util.Set<Need> relevantTo(org.carebridge.core.value.ServiceType type) {
        return switch (type) {
            case COUNSELLING -> java.util.EnumSet.of(PSYCHOLOGICAL);
            case MENTORING, FAMILY_EDUCATION -> java.util.EnumSet.of(PSYCHOLOGICAL, EDUCATION);
            case REHABILITATION, MEDICAL_SUPPORT -> java.util.EnumSet.of(MEDICAL, NURSING);
            case SPECIAL_EDUCATION -> java.util.EnumSet.of(EDUCATION, MEDICAL);
            case TUTORING, VOCATIONAL_TRAINING -> java.util.EnumSet.of(EDUCATION);
            case INSURANCE -> java.util.EnumSet.of(MEDICAL);
            case EMERGENCY_SHELTER -> java.util.EnumSet.of(MATERIAL, NURSING);
            case MATERIAL_AID -> java.util.EnumSet.of(MATERIAL);
        };
    }
}
