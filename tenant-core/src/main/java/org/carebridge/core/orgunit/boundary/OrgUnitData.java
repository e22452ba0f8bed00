package org.carebridge.core.orgunit.boundary;

import org.carebridge.core.orgunit.entity.OrgUnitKind;

/** What a user enters for a unit; {@code version} is the one they saw (0 when creating). */
public record OrgUnitData(String name, OrgUnitKind kind, String regionCode, String contact, long version) {
}
