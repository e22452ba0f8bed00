/**
 * Enrolment of a district's children in service projects: the provider's purpose-bound view of
 * enrolled children (ending with the enrolment or the project), services recorded under a project,
 * the delivery counts that KPI progress is computed from, and the hand-over of a caseload to a
 * successor project.
 */
package org.carebridge.care.enrolment;
