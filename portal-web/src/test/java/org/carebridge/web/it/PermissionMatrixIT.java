package org.carebridge.web.it;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.net.URL;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every REST endpoint × every role, from the one table below: "allowed" means the call got past the
 * role check (any status but 401/403 — ids that exist nowhere make allowed calls answer 404, and
 * invalid bodies 400, so nothing is changed); "denied" means exactly 403.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class PermissionMatrixIT {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.portal();
    }

    @ArquillianResource
    URL base;

    /** One demo account per role (README lists them). */
    private static final Map<String, String> ACCOUNT_OF_ROLE = new LinkedHashMap<>();

    static {
        ACCOUNT_OF_ROLE.put("TENANT_ADMIN", "d1.admin");
        ACCOUNT_OF_ROLE.put("PROGRAMME_OFFICER", "f1.officer");
        ACCOUNT_OF_ROLE.put("CASEWORKER", "d1.caseworker");
        ACCOUNT_OF_ROLE.put("APPROVER", "d1.approver");
        ACCOUNT_OF_ROLE.put("FINANCE_OFFICER", "d1.finance");
        ACCOUNT_OF_ROLE.put("VOLUNTEER", "s1.volunteer");
        ACCOUNT_OF_ROLE.put("AUDITOR", "d1.auditor");
        ACCOUNT_OF_ROLE.put("CITY_VIEWER", "city.viewer");
        ACCOUNT_OF_ROLE.put("PLATFORM_ADMIN", "platform.admin");
    }

    private static final Set<String> MEMBERS = Set.of("TENANT_ADMIN", "PROGRAMME_OFFICER", "CASEWORKER", "APPROVER",
            "FINANCE_OFFICER", "VOLUNTEER", "AUDITOR", "CITY_VIEWER");
    private static final Set<String> ADMINS = Set.of("TENANT_ADMIN");
    private static final Set<String> EVERYONE = Set.of("TENANT_ADMIN", "PROGRAMME_OFFICER", "CASEWORKER", "APPROVER",
            "FINANCE_OFFICER", "VOLUNTEER", "AUDITOR", "CITY_VIEWER", "PLATFORM_ADMIN");
    private static final Set<String> PLATFORM = Set.of("PLATFORM_ADMIN");
    private static final Set<String> AUDIT_READERS = Set.of("TENANT_ADMIN", "AUDITOR");
    private static final Set<String> REGISTER_READERS = Set.of("TENANT_ADMIN", "PROGRAMME_OFFICER", "CASEWORKER",
            "APPROVER", "FINANCE_OFFICER", "VOLUNTEER", "AUDITOR");
    private static final Set<String> REGISTER_WRITERS = Set.of("TENANT_ADMIN", "CASEWORKER");
    private static final Set<String> ID_REVEALERS = Set.of("TENANT_ADMIN", "CASEWORKER", "APPROVER");
    private static final Set<String> LEAD_READERS = Set.of("TENANT_ADMIN", "CASEWORKER", "APPROVER", "VOLUNTEER",
            "AUDITOR");
    private static final Set<String> APPLICATION_READERS = Set.of("TENANT_ADMIN", "CASEWORKER", "APPROVER", "AUDITOR");
    private static final Set<String> APPROVERS = Set.of("APPROVER");
    private static final Set<String> VISIT_READERS = Set.of("TENANT_ADMIN", "CASEWORKER", "APPROVER", "VOLUNTEER",
            "AUDITOR");
    private static final Set<String> SERVICE_RECORDERS = Set.of("TENANT_ADMIN", "CASEWORKER", "VOLUNTEER");
    private static final Set<String> REFERRAL_READERS = Set.of("TENANT_ADMIN", "CASEWORKER", "APPROVER", "AUDITOR",
            "PROGRAMME_OFFICER");
    private static final Set<String> TENDER_READERS = Set.of("TENANT_ADMIN", "APPROVER", "FINANCE_OFFICER", "AUDITOR",
            "PROGRAMME_OFFICER", "CASEWORKER");
    private static final Set<String> BIDDERS = Set.of("TENANT_ADMIN", "PROGRAMME_OFFICER");
    private static final Set<String> PROJECT_WORKERS = Set.of("TENANT_ADMIN", "PROGRAMME_OFFICER", "CASEWORKER");
    private static final Set<String> PROJECT_REVIEWERS = Set.of("TENANT_ADMIN", "APPROVER", "PROGRAMME_OFFICER");
    private static final Set<String> ENROLMENT_READERS = Set.of("TENANT_ADMIN", "APPROVER", "AUDITOR",
            "PROGRAMME_OFFICER", "CASEWORKER");
    private static final Set<String> MONEY_READERS = Set.of("TENANT_ADMIN", "FINANCE_OFFICER", "APPROVER", "AUDITOR",
            "PROGRAMME_OFFICER");
    private static final Set<String> FUND_KEEPERS = Set.of("TENANT_ADMIN", "FINANCE_OFFICER");
    private static final Set<String> REQUESTERS = Set.of("TENANT_ADMIN", "FINANCE_OFFICER", "PROGRAMME_OFFICER");
    private static final Set<String> RUN_READERS = Set.of("TENANT_ADMIN", "FINANCE_OFFICER", "APPROVER", "AUDITOR");
    private static final Set<String> LEAD_RECORDERS = Set.of("TENANT_ADMIN", "CASEWORKER", "VOLUNTEER");
    private static final Set<String> FIGURE_READERS = Set.of("TENANT_ADMIN", "PROGRAMME_OFFICER", "CASEWORKER", "APPROVER",
            "FINANCE_OFFICER", "AUDITOR", "CITY_VIEWER");
    private static final Set<String> REPORT_READERS = Set.of("TENANT_ADMIN", "APPROVER", "FINANCE_OFFICER", "AUDITOR",
            "CITY_VIEWER");
    private static final Set<String> FIGURE_MONEY_READERS = Set.of("TENANT_ADMIN", "PROGRAMME_OFFICER", "FINANCE_OFFICER",
            "APPROVER", "AUDITOR", "CITY_VIEWER");
    private static final Set<String> REPORT_EDITORS = Set.of("TENANT_ADMIN", "CITY_VIEWER");

    record Row(String method, String path, String body, Set<String> allowed) {
    }

    private static final String NO_SUCH = "987654321";

    /** THE table: endpoint → roles allowed. Every other role must get 403. */
    private static final List<Row> TABLE = List.of(
            new Row("GET", "api/v1/me", null, EVERYONE),
            new Row("POST", "api/v1/me/password", "{\"currentPassword\":\"wrong\",\"newPassword\":\"x\"}", EVERYONE),
            new Row("POST", "api/v1/me/second-factor/confirm", "{\"code\":\"bad\"}", EVERYONE),
            new Row("DELETE", "api/v1/me/second-factor", "{\"password\":\"wrong\"}", EVERYONE),
            new Row("GET", "api/v1/tenant/second-factor-roles", null, ADMINS),
            new Row("PUT", "api/v1/tenant/second-factor-roles", "{\"roles\":[]}", ADMINS),
            new Row("GET", "api/v1/org-units", null, MEMBERS),
            new Row("GET", "api/v1/org-units/" + NO_SUCH, null, MEMBERS),
            new Row("POST", "api/v1/org-units", "{\"name\":\"\",\"kind\":\"TEAM\",\"version\":0}", ADMINS),
            new Row("PUT", "api/v1/org-units/" + NO_SUCH, "{\"name\":\"x\",\"kind\":\"TEAM\",\"version\":0}", ADMINS),
            new Row("DELETE", "api/v1/org-units/" + NO_SUCH, null, ADMINS),
            new Row("GET", "api/v1/members", null, ADMINS),
            new Row("GET", "api/v1/members/" + NO_SUCH, null, ADMINS),
            new Row("POST", "api/v1/members", "{\"username\":\"X\",\"roles\":[\"VOLUNTEER\"]}", ADMINS),
            new Row("PUT", "api/v1/members/" + NO_SUCH + "/roles", "{\"roles\":[\"VOLUNTEER\"]}", ADMINS),
            new Row("DELETE", "api/v1/members/" + NO_SUCH, null, ADMINS),
            new Row("GET", "api/v1/audit", null, AUDIT_READERS),
            new Row("GET", "api/v1/children", null, REGISTER_READERS),
            new Row("GET", "api/v1/children/" + NO_SUCH, null, REGISTER_READERS),
            new Row("POST", "api/v1/children", "{\"name\":\"\u674e\u56db\"}", REGISTER_WRITERS),
            new Row("PUT", "api/v1/children/" + NO_SUCH, "{\"version\":0}", REGISTER_WRITERS),
            new Row("POST", "api/v1/children/" + NO_SUCH + "/resident-id", "{\"reason\":\"x\"}", ID_REVEALERS),
            new Row("GET", "api/v1/children/" + NO_SUCH + "/access-log", null, AUDIT_READERS),
            new Row("GET", "api/v1/applications", null, APPLICATION_READERS),
            new Row("GET", "api/v1/applications/" + NO_SUCH, null, APPLICATION_READERS),
            new Row("POST", "api/v1/applications", "{\"childId\":" + NO_SUCH + ",\"reason\":\"x\"}", REGISTER_WRITERS),
            new Row("POST", "api/v1/applications/" + NO_SUCH + "/street-check", "{\"passed\":true}", ID_REVEALERS),
            new Row("POST", "api/v1/applications/" + NO_SUCH + "/decision", "{\"approve\":true}", APPROVERS),
            new Row("POST", "api/v1/applications/" + NO_SUCH + "/confirm", "{}", APPROVERS),
            new Row("POST", "api/v1/applications/" + NO_SUCH + "/reject-after-help", "{}", APPROVERS),
            new Row("GET", "api/v1/assessments/instrument", null, APPLICATION_READERS),
            new Row("PUT", "api/v1/assessments/instrument", "{\"name\":\"x\",\"lowMax\":20,\"mediumMax\":50}", ADMINS),
            new Row("POST", "api/v1/assessments", "{\"childId\":" + NO_SUCH + "}", REGISTER_WRITERS),
            new Row("GET", "api/v1/assessments?childId=" + NO_SUCH, null, APPLICATION_READERS),
            new Row("GET", "api/v1/leads", null, LEAD_READERS),
            new Row("GET", "api/v1/leads/" + NO_SUCH, null, LEAD_READERS),
            new Row("POST", "api/v1/leads", "{\"childName\":\"\"}", LEAD_RECORDERS),
            new Row("POST", "api/v1/leads/" + NO_SUCH + "/follow-up", "{\"note\":\"x\"}", LEAD_RECORDERS),
            new Row("POST", "api/v1/leads/" + NO_SUCH + "/assign", "{\"username\":\"x\"}", REGISTER_WRITERS),
            new Row("POST", "api/v1/leads/" + NO_SUCH + "/close", "{\"reason\":\"x\"}", REGISTER_WRITERS),
            new Row("POST", "api/v1/leads/" + NO_SUCH + "/convert", null, REGISTER_WRITERS),
            new Row("GET", "api/v1/visits", null, VISIT_READERS),
            new Row("GET", "api/v1/visits/" + NO_SUCH, null, VISIT_READERS),
            new Row("POST", "api/v1/visits", "{\"childId\":" + NO_SUCH + "}", REGISTER_WRITERS),
            new Row("POST", "api/v1/visits/" + NO_SUCH + "/record", "{}", VISIT_READERS),
            new Row("POST", "api/v1/visits/" + NO_SUCH + "/cancel", "{}", VISIT_READERS),
            new Row("POST", "api/v1/visits/" + NO_SUCH + "/actions", "{}", VISIT_READERS),
            new Row("GET", "api/v1/visits/actions", null, VISIT_READERS),
            new Row("POST", "api/v1/visits/actions/" + NO_SUCH + "/done", "{}", VISIT_READERS),
            new Row("GET", "api/v1/service-records", null, VISIT_READERS),
            new Row("GET", "api/v1/service-records/" + NO_SUCH, null, VISIT_READERS),
            new Row("POST", "api/v1/service-records", "{\"childId\":" + NO_SUCH + "}", SERVICE_RECORDERS),
            new Row("POST", "api/v1/service-records/" + NO_SUCH + "/void", "{\"reason\":\"x\"}", VISIT_READERS),
            new Row("GET", "api/v1/children/" + NO_SUCH + "/case-plan", null, VISIT_READERS),
            new Row("PUT", "api/v1/children/" + NO_SUCH + "/case-plan", "{}", REGISTER_WRITERS),
            new Row("GET", "api/v1/children/" + NO_SUCH + "/timeline", null, APPLICATION_READERS),
            new Row("GET", "api/v1/reviews", null, APPLICATION_READERS),
            new Row("GET", "api/v1/reviews/1999-01", null, APPLICATION_READERS),
            new Row("POST", "api/v1/reviews/1999-01/generate", null, REGISTER_WRITERS),
            new Row("GET", "api/v1/reviews/1999-01/entries", null, APPLICATION_READERS),
            new Row("POST", "api/v1/reviews/1999-01/entries", "{\"childId\":1}", REGISTER_WRITERS),
            new Row("POST", "api/v1/reviews/1999-01/entries/" + NO_SUCH + "/dismiss", "{}", REGISTER_WRITERS),
            new Row("POST", "api/v1/reviews/1999-01/street-sign", null, REGISTER_WRITERS),
            new Row("POST", "api/v1/reviews/1999-01/confirm", null, APPROVERS),
            new Row("GET", "api/v1/reviews/1999-01/changes.csv", null, ID_REVEALERS),
            new Row("GET", "api/v1/referrals", null, REFERRAL_READERS),
            new Row("GET", "api/v1/referrals/receivers", null, REFERRAL_READERS),
            new Row("GET", "api/v1/referrals/" + NO_SUCH, null, REFERRAL_READERS),
            new Row("POST", "api/v1/referrals", "{\"childId\":" + NO_SUCH + "}", REGISTER_WRITERS),
            new Row("POST", "api/v1/referrals/" + NO_SUCH + "/answer", "{\"accept\":true}", REGISTER_WRITERS),
            new Row("POST", "api/v1/referrals/" + NO_SUCH + "/done", "{\"note\":\"x\"}", REGISTER_WRITERS),
            new Row("POST", "api/v1/referrals/" + NO_SUCH + "/revoke", "{\"note\":\"x\"}", REGISTER_WRITERS),
            new Row("GET", "api/v1/children/" + NO_SUCH + "/documents", null, APPLICATION_READERS),
            new Row("POST", "api/v1/children/" + NO_SUCH + "/documents?kind=OTHER", "{}", REGISTER_WRITERS),
            new Row("GET", "api/v1/documents/" + NO_SUCH + "/content", null, APPLICATION_READERS),
            new Row("DELETE", "api/v1/documents/" + NO_SUCH, "{\"reason\":\"x\"}", ADMINS),
            new Row("POST", "api/v1/referrals/" + NO_SUCH + "/services", "{}", REGISTER_WRITERS),
            new Row("GET", "api/v1/referrals/" + NO_SUCH + "/services", null, REFERRAL_READERS),
            new Row("GET", "api/v1/city/figures", null, Set.of("CITY_VIEWER")),
            new Row("GET", "api/v1/tenders", null, TENDER_READERS),
            new Row("GET", "api/v1/tenders/" + NO_SUCH, null, TENDER_READERS),
            new Row("POST", "api/v1/tenders", "{}", ADMINS),
            new Row("PUT", "api/v1/tenders/" + NO_SUCH, "{\"version\":0,\"terms\":{}}", ADMINS),
            new Row("POST", "api/v1/tenders/" + NO_SUCH + "/publish", "{\"version\":0}", ADMINS),
            new Row("POST", "api/v1/tenders/" + NO_SUCH + "/amend", "{\"version\":0,\"terms\":{}}", ADMINS),
            new Row("POST", "api/v1/tenders/" + NO_SUCH + "/cancel", "{\"version\":0}", ADMINS),
            new Row("GET", "api/v1/tenders/" + NO_SUCH + "/bids", null, TENDER_READERS),
            new Row("POST", "api/v1/tenders/" + NO_SUCH + "/bids", "{}", BIDDERS),
            new Row("GET", "api/v1/tenders/" + NO_SUCH + "/bids/mine", null, TENDER_READERS),
            new Row("GET", "api/v1/tenders/" + NO_SUCH + "/bids/1", null, TENDER_READERS),
            new Row("POST", "api/v1/tenders/" + NO_SUCH + "/bids/1/withdraw", null, BIDDERS),
            new Row("POST", "api/v1/tenders/" + NO_SUCH + "/bids/1/scores", "{\"scores\":{}}", Set.of("TENANT_ADMIN", "APPROVER")),
            new Row("GET", "api/v1/tenders/" + NO_SUCH + "/ranking", null, TENDER_READERS),
            new Row("POST", "api/v1/tenders/" + NO_SUCH + "/decision", "{\"version\":0}", APPROVERS),
            new Row("GET", "api/v1/projects", null, TENDER_READERS),
            new Row("GET", "api/v1/projects/" + NO_SUCH, null, TENDER_READERS),
            new Row("POST", "api/v1/projects", "{\"tenderId\":" + NO_SUCH + "}", ADMINS),
            new Row("PUT", "api/v1/projects/" + NO_SUCH, "{\"version\":0,\"terms\":{},\"reason\":\"x\"}", BIDDERS),
            new Row("POST", "api/v1/projects/" + NO_SUCH + "/end", "{\"version\":0,\"reason\":\"x\"}", BIDDERS),
            new Row("POST", "api/v1/projects/" + NO_SUCH + "/handover", "{\"version\":0,\"successorId\":1}", ADMINS),
            new Row("GET", "api/v1/projects/" + NO_SUCH + "/progress", null, TENDER_READERS),
            new Row("GET", "api/v1/projects/" + NO_SUCH + "/results", null, TENDER_READERS),
            new Row("GET", "api/v1/projects/results", null, TENDER_READERS),
            new Row("GET", "api/v1/projects/" + NO_SUCH + "/milestones", null, TENDER_READERS),
            new Row("POST", "api/v1/projects/" + NO_SUCH + "/milestones/1/submit", "{\"note\":\"x\"}", PROJECT_WORKERS),
            new Row("POST", "api/v1/projects/" + NO_SUCH + "/milestones/1/review", "{\"version\":0,\"decision\":\"ACCEPT\"}",
                    PROJECT_REVIEWERS),
            new Row("GET", "api/v1/projects/" + NO_SUCH + "/enrolments", null, ENROLMENT_READERS),
            new Row("POST", "api/v1/projects/" + NO_SUCH + "/enrolments", "{\"childIds\":[1]}", REGISTER_WRITERS),
            new Row("POST", "api/v1/projects/" + NO_SUCH + "/enrolments/1/end", "{\"reason\":\"x\"}", REGISTER_WRITERS),
            new Row("POST", "api/v1/projects/" + NO_SUCH + "/enrolments/1/services", "{}", PROJECT_WORKERS),
            new Row("GET", "api/v1/projects/" + NO_SUCH + "/services", null, ENROLMENT_READERS),
            new Row("GET", "api/v1/outcome-reports?project=" + NO_SUCH, null, TENDER_READERS),
            new Row("GET", "api/v1/outcome-reports/" + NO_SUCH, null, TENDER_READERS),
            new Row("POST", "api/v1/outcome-reports", "{\"projectId\":" + NO_SUCH + "}", PROJECT_WORKERS),
            new Row("POST", "api/v1/outcome-reports/" + NO_SUCH + "/review", "{\"version\":0,\"decision\":\"ACCEPT\"}",
                    PROJECT_REVIEWERS),
            new Row("GET", "api/v1/funds", null, MONEY_READERS),
            new Row("GET", "api/v1/funds/" + NO_SUCH, null, MONEY_READERS),
            new Row("POST", "api/v1/funds", "{\"name\":\"\",\"kind\":\"CHARITY_FUND\"}", FUND_KEEPERS),
            new Row("POST", "api/v1/funds/" + NO_SUCH + "/top-ups", "{\"amount\":\"1.00\"}", FUND_KEEPERS),
            new Row("GET", "api/v1/ledger/accounts", null, MONEY_READERS),
            new Row("GET", "api/v1/ledger/entries", null, MONEY_READERS),
            new Row("GET", "api/v1/ledger/check", null, MONEY_READERS),
            new Row("GET", "api/v1/disbursements", null, MONEY_READERS),
            new Row("GET", "api/v1/disbursements/" + NO_SUCH, null, MONEY_READERS),
            new Row("POST", "api/v1/disbursements", "{}", REQUESTERS),
            new Row("POST", "api/v1/disbursements/" + NO_SUCH + "/approve", "{\"version\":0}", APPROVERS),
            new Row("POST", "api/v1/disbursements/" + NO_SUCH + "/reject", "{\"version\":0}", APPROVERS),
            new Row("POST", "api/v1/disbursements/" + NO_SUCH + "/pay", "{\"bankReference\":\"x\"}", FUND_KEEPERS),
            new Row("POST", "api/v1/disbursements/" + NO_SUCH + "/reverse", "{\"version\":0}", APPROVERS),
            new Row("GET", "api/v1/disbursements/milestones", null, MONEY_READERS),
            new Row("GET", "api/v1/disbursements/settings", null, MONEY_READERS),
            new Row("PUT", "api/v1/disbursements/settings", "{\"secondApprovalAbove\":\"-1\"}", ADMINS),
            new Row("GET", "api/v1/allowance-schemes", null, MONEY_READERS),
            new Row("GET", "api/v1/allowance-schemes/" + NO_SUCH, null, MONEY_READERS),
            new Row("POST", "api/v1/allowance-schemes", "{\"name\":\"\"}", FUND_KEEPERS),
            new Row("POST", "api/v1/allowance-schemes/" + NO_SUCH + "/rates", "{\"effectiveFrom\":\"2026-01\"}", FUND_KEEPERS),
            new Row("POST", "api/v1/allowance-schemes/" + NO_SUCH + "/indexation", "{\"effectiveFrom\":\"2026-01\"}",
                    FUND_KEEPERS),
            new Row("POST", "api/v1/allowance-schemes/" + NO_SUCH + "/rates/1/decision", "{\"version\":0,\"adopt\":true}",
                    APPROVERS),
            new Row("GET", "api/v1/payment-runs", null, RUN_READERS),
            new Row("GET", "api/v1/payment-runs/" + NO_SUCH, null, RUN_READERS),
            new Row("POST", "api/v1/payment-runs", "{\"schemeId\":" + NO_SUCH + ",\"month\":\"2026-01\"}", FUND_KEEPERS),
            new Row("GET", "api/v1/payment-runs/" + NO_SUCH + "/lines", null, RUN_READERS),
            new Row("POST", "api/v1/payment-runs/" + NO_SUCH + "/approve", "{\"version\":0}", APPROVERS),
            new Row("POST", "api/v1/payment-runs/" + NO_SUCH + "/pay", "{\"bankReference\":\"x\"}", FUND_KEEPERS),
            new Row("GET", "api/v1/payment-runs/" + NO_SUCH + "/bank-file", null, RUN_READERS),
            new Row("GET", "api/v1/payment-runs/progress?scheme=" + NO_SUCH + "&month=2026-01", null, RUN_READERS),
            new Row("POST", "api/v1/payment-runs/" + NO_SUCH + "/bank-results", null, FUND_KEEPERS),
            new Row("GET", "api/v1/payment-runs/" + NO_SUCH + "/bank-results", null, RUN_READERS),
            new Row("GET", "api/v1/payment-runs/" + NO_SUCH + "/bank-results/" + NO_SUCH + "/rows", null, RUN_READERS),
            new Row("POST", "api/v1/payment-runs/lines/" + NO_SUCH + "/repay", "{\"bankReference\":\"x\"}", FUND_KEEPERS),
            new Row("GET", "api/v1/children/" + NO_SUCH + "/funding", null, Set.of("TENANT_ADMIN", "FINANCE_OFFICER",
                    "APPROVER", "AUDITOR", "CASEWORKER")),
            new Row("GET", "api/v1/figures", null, FIGURE_READERS),
            new Row("GET", "api/v1/figures/districts", null, FIGURE_READERS),
            new Row("GET", "api/v1/figures/project-costs", null, FIGURE_MONEY_READERS),
            new Row("GET", "api/v1/figures/work-report/values", null, REPORT_READERS),
            new Row("GET", "api/v1/figures/work-report/template", null, REPORT_READERS),
            // A typed digit: refused (400) for those who may edit, so the shared template is never changed here.
            new Row("PUT", "api/v1/figures/work-report/template", "{\"title\":\"x\",\"body\":\"1\"}", REPORT_EDITORS),
            new Row("GET", "api/v1/platform/tenants", null, PLATFORM),
            new Row("GET", "api/v1/platform/tenants/" + NO_SUCH, null, PLATFORM),
            new Row("POST", "api/v1/platform/tenants", "{\"code\":\"Bad Code!\",\"kind\":\"DISTRICT\"}", PLATFORM),
            new Row("POST", "api/v1/platform/tenants/" + NO_SUCH + "/suspend", null, PLATFORM),
            new Row("POST", "api/v1/platform/tenants/" + NO_SUCH + "/activate", null, PLATFORM));

    @Test
    void everyEndpointTimesEveryRole() {
        Api api = new Api(base);
        Map<String, String> tokens = new LinkedHashMap<>();
        ACCOUNT_OF_ROLE.forEach((role, account) -> tokens.put(role, api.token(account)));
        List<String> wrong = new ArrayList<>();
        int checked = 0;
        for (Row row : TABLE) {
            for (Map.Entry<String, String> e : tokens.entrySet()) {
                Api.Res r = api.send(row.method(), row.path(), e.getValue(), row.body());
                boolean expectAllowed = row.allowed().contains(e.getKey());
                boolean ok = expectAllowed ? r.status() != 403 && r.status() != 401 && r.status() < 500
                        : r.status() == 403;
                if (!ok) {
                    wrong.add(row.method() + " " + row.path() + " as " + e.getKey() + ": expected "
                            + (expectAllowed ? "allowed" : "403") + ", got " + r.status() + " " + r.body());
                }
                if (!expectAllowed) {
                    assertThat(r.header("Content-Type")).startsWith("application/problem+json");
                }
                checked++;
            }
            // and nobody without a token
            assertThat(api.send(row.method(), row.path(), null, row.body()).status())
                    .as(row.method() + " " + row.path() + " without a token").isEqualTo(401);
        }
        assertThat(wrong).isEmpty();
        assertThat(checked).isEqualTo(TABLE.size() * ACCOUNT_OF_ROLE.size());
    }
}
