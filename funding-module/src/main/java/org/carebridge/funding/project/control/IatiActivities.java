package org.carebridge.funding.project.control;

import java.time.Instant;
import java.util.List;

/**
 * An IATI activities file: the standard's version, when it was generated and the activities; a page of
 * a tenant's projects also says the total and the page ({@code null} for one project).
 */
public record IatiActivities(String version, Instant generatedDatetime, Long total, Integer offset, Integer limit,
                             List<IatiActivity> activities) {
}
