package org.carebridge.care.child.entity;

/** The situations that make a child eligible for care and protection; a child may be in several. */
public enum ChildCategory {
    ORPHAN, DE_FACTO_UNSUPPORTED, CHILD_OF_PRISONER, SEVERE_ILLNESS_DISABILITY, SUBSISTENCE_HOUSEHOLD, MIGRANT,
    LEFT_BEHIND
}
