package org.carebridge.core.orgunit.entity;

/** Street/township office, community/village post, a team, or another unit. */
public enum OrgUnitKind {
    TOWNSHIP, COMMUNITY, TEAM, OTHER
}
