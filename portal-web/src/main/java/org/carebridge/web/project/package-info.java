/** Service project pages: the projects a tenant takes part in, one project (contract, KPI progress, milestones, enrolments, services), and the terms form shared with the tender page. */
package org.carebridge.web.project;
