package org.carebridge.care.allowance.entity;

/** Who receives a child's allowance: the guardian, or the institution the child lives in. */
public enum PayeeKind {
    GUARDIAN, INSTITUTION
}
