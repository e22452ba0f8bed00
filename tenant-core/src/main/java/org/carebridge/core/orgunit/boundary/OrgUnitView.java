package org.carebridge.core.orgunit.boundary;

import org.carebridge.core.orgunit.entity.OrgUnit;
import org.carebridge.core.orgunit.entity.OrgUnitKind;

import java.time.Instant;

/** A unit as lists, forms and the API show it. */
public record OrgUnitView(long id, String name, OrgUnitKind kind, String regionCode, String contact,
                          Instant updatedAt, long version) {

    public static OrgUnitView of(OrgUnit u) {
        return new OrgUnitView(u.getId(), u.getName(), u.getKind(), u.getRegionCode(), u.getContact(),
                u.getUpdatedAt(), u.getVersion());
    }
}
