package org.carebridge.care.application.entity;

/** The normal track, or help first and confirm later (先救助后确认) for a child who cannot wait. */
public enum Track {
    NORMAL, HELP_FIRST
}
