package org.carebridge.funding.project.entity;

/** A project runs (ACTIVE) until it is accepted at its end (ACCEPTED) or ended early or handed over (ENDED). */
public enum ProjectStatus {
    ACTIVE, ACCEPTED, ENDED
}
