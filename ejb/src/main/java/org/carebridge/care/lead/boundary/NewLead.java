package org.carebridge.care.lead.boundary;

import org.carebridge.care.child.entity.ChildCategory;
import org.carebridge.care.lead.entity.LeadSource;

import java.util.Set;

/** What a front-line worker records about a child who may qualify. */
public record NewLead(String childName, String residentId, String foundAt, String regionCode, LeadSource source,
                      Set<ChildCategory> categories, String note) {
}
