package org.carebridge.funding.project.entity;

/** A periodic outcome report, or the provider's final report for the project's acceptance (验收). */
public enum ReportKind {
    PERIODIC, FINAL
}
