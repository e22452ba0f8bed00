package org.carebridge.core.audit.boundary;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/** The fields that differ between two versions of a record, as an amendment's history keeps them. */
public final class FieldChanges {

    private final List<String> changes = new ArrayList<>();

    /** Notes {@code field: before → after} when the two differ. */
    public FieldChanges field(String field, Object before, Object after) {
        if (!Objects.equals(before, after)) {
            changes.add(field + ": " + before + " → " + after);
        }
        return this;
    }

    /** {@code a: x → y; b: …}, or "—" when nothing changed. */
    @Override
    public String toString() {
        return changes.isEmpty() ? "—" : String.join("; ", changes);
    }
}
