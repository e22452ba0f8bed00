package org.carebridge.funding.project.control;

import jakarta.enterprise.context.ApplicationScoped;
import org.carebridge.funding.project.entity.ServiceProject;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Set;

/**
 * The one access policy for service projects and what hangs off them (milestones, enrolments,
 * outcome reports). Every read and write of a project asks here; nothing else decides.
 * <ul>
 * <li>{@code OWNER}: the purchaser (the tendering district, or the foundation running its own
 * project) — amends the contract, reviews milestones and reports, ends or hands over.</li>
 * <li>{@code DISTRICT}: the district whose register the children come from — enrols and ends
 * enrolments (for a tendered project the owner is that district).</li>
 * <li>{@code PROVIDER}: records services, submits milestones and reports; sees enrolled children only
 * while the enrolment is open and the project runs (the day either ends, the view ends).</li>
 * <li>{@code CO_FUNDER}: reads the contract, progress and milestones; submits outcome reports.</li>
 * <li>Anyone else — another district, a rival organisation, the city — does not learn the project
 * exists (404).</li>
 * </ul>
 */
@ApplicationScoped
public class ProjectAccess {

    /** A tenant's parts in a project. */
    public enum Part { OWNER, DISTRICT, PROVIDER, CO_FUNDER }

    public Set<Part> parts(ServiceProject p, long tenant) {
        Set<Part> parts = EnumSet.noneOf(Part.class);
        if (p.getOwnerTenantId() == tenant) {
            parts.add(Part.OWNER);
        }
        if (p.getDistrictTenantId() == tenant) {
            parts.add(Part.DISTRICT);
        }
        if (p.getProviderTenantId() == tenant) {
            parts.add(Part.PROVIDER);
        }
        if (p.getCoFunders().stream().anyMatch(f -> f.getFunderTenantId() == tenant)) {
            parts.add(Part.CO_FUNDER);
        }
        return parts;
    }

    public boolean maySee(ServiceProject p, long tenant) {
        return !parts(p, tenant).isEmpty();
    }

    /**
     * Whether the provider may see an enrolled child's purpose-bound details today: only while the
     * enrolment is open and the project is running within its period.
     */
    public boolean providerSeesChild(ServiceProject p, boolean enrolmentOpen, LocalDate today) {
        return enrolmentOpen && p.runsOn(today);
    }

    /** Who pays a share of the project's milestones: the owner and co-funders. */
    public boolean paysFor(ServiceProject p, long tenant) {
        Set<Part> parts = parts(p, tenant);
        return parts.contains(Part.OWNER) || parts.contains(Part.CO_FUNDER);
    }

    /** Who may submit an outcome report: the provider and co-funding foundations. */
    public boolean mayReport(ServiceProject p, long tenant) {
        Set<Part> parts = parts(p, tenant);
        return parts.contains(Part.PROVIDER) || parts.contains(Part.CO_FUNDER);
    }
}
