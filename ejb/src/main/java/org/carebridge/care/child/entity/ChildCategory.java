package org.carebridge.care.child.entity;

import org.carebridge.core.value.EnumSetColumn;

import java.util.Set;

/** The situations that make a child eligible for care and protection; a child may be in several. */
public enum ChildCategory {
    ORPHAN, DE_FACTO_UNSUPPORTED, CHILD_OF_PRISONER, SEVERE_ILLNESS_DISABILITY, SUBSISTENCE_HOUSEHOLD, MIGRANT,
    LEFT_BEHIND;

    /**
     * The column form of a set: {@code ",MIGRANT,ORPHAN,"}, delimited on both sides so that one category
     * is one SQL {@code LIKE} ({@link #pattern}); an empty set is {@code ","}.
     */
    public static String encode(Set<ChildCategory> categories) {
        return EnumSetColumn.encode(categories);
    }

    public static Set<ChildCategory> decode(String column) {
        return EnumSetColumn.decode(ChildCategory.class, column);
    }

    /** The SQL LIKE pattern that finds an encoded set containing this category. */
    public String pattern() {
        return EnumSetColumn.pattern(this);
    }
}
