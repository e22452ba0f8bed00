package org.carebridge.web.project;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.carebridge.core.value.LocalDates;
import org.carebridge.funding.project.boundary.ProjectView;
import org.carebridge.funding.project.boundary.Projects;
import org.carebridge.funding.project.entity.ProjectStatus;
import org.carebridge.web.faces.CurrentUser;
import org.carebridge.web.faces.Messages;
import org.carebridge.web.faces.PagedModel;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.stream.Collectors;
import org.carebridge.web.faces.FilterParams;
import java.util.Map;
import java.util.HashMap;

/**
 * The projects page: the service projects the tenant takes part in (any part), filtered by status and
 * paged in SQL; for a foundation, the dialog that starts its own project.
 */
@Named
@ViewScoped
public class ProjectsBean implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    Projects projects;

    @Inject
    CurrentUser currentUser;

    private ProjectStatus status;

    /** The filter given in the URL (f:viewParam), applied once by {@link #applyParams}. */
    private final Map<String, String> params = new HashMap<>();
    private final PagedModel<ProjectView> model = new PagedModel<>((offset, limit) -> projects.page(status, offset, limit));

    private TermsForm terms = newTerms();

    private static TermsForm newTerms() {
        LocalDate start = LocalDates.today().plusMonths(1).withDayOfMonth(1);
        return TermsForm.blank(start, start.plusYears(1).minusDays(1));
    }

    public void startOwn() {
        terms = newTerms();
    }

    /** Starts the foundation's own project and opens it. */
    public String createOwn() {
        ProjectView created = projects.createOwn(terms.toInput(null));
        FacesContext.getCurrentInstance().getExternalContext().getFlash().setKeepMessages(true);
        Messages.info("projects.created");
        return "/app/project.xhtml?faces-redirect=true&id=" + created.id();
    }

    /** The caller's parts in a project, translated: "购买方、服务区县". */
    public String parts(ProjectView p) {
        return p.parts().stream().sorted().map(part -> Messages.text("projects.part." + part.name()))
                .collect(Collectors.joining("、"));
    }

    public boolean isMayCreateOwn() {
        return "FOUNDATION".equals(currentUser.getTenantKind())
                && (currentUser.isAdmin() || currentUser.has("PROGRAMME_OFFICER"));
    }

    public ProjectStatus[] getStatuses() {
        return ProjectStatus.values();
    }

    public PagedModel<ProjectView> getModel() {
        return model;
    }

    /** {@code ?status=…}. */
    public void applyParams() {
        status = FilterParams.enumOf(ProjectStatus.class, params.get("status"), "status");
    }

    public Map<String, String> getParams() {
        return params;
    }

    public ProjectStatus getStatus() {
        return status;
    }

    public void setStatus(ProjectStatus status) {
        this.status = status;
    }

    public TermsForm getTerms() {
        return terms;
    }
}
