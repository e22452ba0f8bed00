package org.carebridge.care.child.entity;

/** Where the child lives: with a family (own or kin) or in a welfare institution. */
public enum CareSetting {
    FAMILY, INSTITUTION
}
