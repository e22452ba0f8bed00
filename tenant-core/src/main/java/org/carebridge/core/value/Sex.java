package org.carebridge.core.value;

/** Sex as encoded in a resident ID (GB 11643: odd sequence digit male, even female); nothing more is inferred from it. */
public enum Sex {
    MALE,
    FEMALE
}
