package org.carebridge.funding.project.control;

import org.carebridge.funding.project.entity.ServiceProject;

/**
 * Counts what was delivered under a project from the service records in its district's register.
 * Implemented where children and their records live (the care module); the funding side only asks.
 */
public interface DeliveryMeasure {

    Delivered measure(ServiceProject project);
}
