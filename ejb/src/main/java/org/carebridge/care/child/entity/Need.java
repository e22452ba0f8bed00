package org.carebridge.care.child.entity;

/** The kinds of need a visit identifies and a case plan addresses. */
public enum Need {
    MEDICAL, EDUCATION, NURSING, PSYCHOLOGICAL, MATERIAL
}
