package org.carebridge.web.it;

import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import org.carebridge.care.child.entity.ChildCategory;
import org.carebridge.care.opendata.boundary.OpenData;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.assertj.core.api.Assertions;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import javax.sql.DataSource;
import java.io.File;
import java.io.StringReader;
import java.math.BigDecimal;
import java.net.URL;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The public open data: both publications answer anyone without a token, validate against the
 * standards' own schemas (0 errors) and codelists, hold no personal data, never show a draft tender nor
 * an aggregate about fewer than ten children, and their amounts are the database's. Client-side checks
 * run with {@link RunAsClient}; the amount checks run inside the server, beside the database. Written to
 * hold on a shared MariaDB too: properties, not global counts.
 */
@ExtendWith(ArquillianExtension.class)
class OpenDataIT {

    private static final String OCDS = "api/v1/open-data/ocds";
    private static final String GIVING = "api/v1/open-data/360giving";
    private static final String PREFIX = "ocds-cb0000-";
    /** An 18-character resident ID (GB 11643): 17 digits and a digit or X, standing alone. */
    private static final Pattern RESIDENT_ID = Pattern.compile("(?<![0-9A-Za-z])\\d{17}[0-9Xx](?![0-9A-Za-z])");
    private static final Pattern MOBILE = Pattern.compile("(?<!\\d)1[3-9]\\d{9}(?!\\d)");

    /** Testable: the amount checks run inside the server, so the client helper and AssertJ go along. */
    @Deployment
    static WebArchive deployment() throws Exception {
        File assertj = new File(Assertions.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        return Deployments.portal().addClasses(Api.class, Api.Res.class).addAsLibraries(assertj);
    }

    @ArquillianResource
    URL base;

    @Inject
    OpenData openData;

    @Resource(lookup = "java:app/jdbc/carebridge")
    DataSource dataSource;

    private static JsonObject parse(String body) {
        return Json.createReader(new StringReader(body)).readObject();
    }

    private static List<JsonObject> objects(JsonObject o, String key) {
        return o.containsKey(key) ? o.getJsonArray(key).getValuesAs(JsonObject.class) : List.of();
    }

    // ---- client side -------------------------------------------------------------------------

    @Test
    @RunAsClient
    void bothAnswerWithoutATokenAsPublicCacheableJson() {
        Api api = new Api(base);
        for (String path : List.of(OCDS, GIVING)) {
            Api.Res r = api.get(path, null);
            assertThat(r.status()).as(path + ": " + r.body()).isEqualTo(200);
            assertThat(r.header("Content-Type")).startsWith("application/json");
            assertThat(r.header("Cache-Control")).contains("public").contains("max-age=300").doesNotContain("no-store");
        }
        // The rest of the API still wants a token.
        assertThat(api.get("api/v1/tenders", null).status()).isEqualTo(401);
    }

    @Test
    @RunAsClient
    void theReleasePackageIsValidOcds11() {
        String body = new Api(base).get(OCDS, null).body();
        assertThat(OpenDataSchemas.errors(OpenDataSchemas.OCDS_PACKAGE, body)).isEmpty();
        JsonObject pkg = parse(body);
        assertThat(pkg.getString("version")).isEqualTo("1.1");
        assertThat(pkg.getString("uri")).endsWith(OCDS);
        assertThat(pkg.getJsonObject("publisher").getString("name")).isNotBlank();
        assertThat(pkg.getString("license")).startsWith("https://");
        assertThat(pkg.getString("publicationPolicy")).startsWith("https://");

        Set<String> tags = OpenDataSchemas.codes("ocds-1.1/codelists/releaseTag.csv");
        Set<String> roles = OpenDataSchemas.codes("ocds-1.1/codelists/partyRole.csv");
        Set<String> milestoneTypes = OpenDataSchemas.codes("ocds-1.1/codelists/milestoneType.csv");
        JsonObject defs = parse(OpenDataSchemas.text("ocds-1.1/release-schema.json")).getJsonObject("definitions");
        Set<String> tenderStatus = enumOf(defs, "Tender");
        Set<String> awardStatus = enumOf(defs, "Award");
        Set<String> contractStatus = enumOf(defs, "Contract");
        Set<String> milestoneStatus = enumOf(defs, "Milestone");

        List<JsonObject> releases = objects(pkg, "releases");
        assertThat(releases).isNotEmpty();
        Set<String> ocids = new HashSet<>();
        boolean fullPurchase = false;
        for (JsonObject r : releases) {
            String ocid = r.getString("ocid");
            assertThat(ocid).startsWith(PREFIX).isEqualTo(PREFIX + r.getJsonObject("tender").getString("id"));
            assertThat(ocids.add(ocid)).as("ocid %s is unique", ocid).isTrue();
            assertThat(r.getString("initiationType")).isEqualTo("tender");
            assertThat(strings(r.getJsonArray("tag"))).isNotEmpty().isSubsetOf(tags);
            for (JsonObject party : objects(r, "parties")) {
                assertThat(strings(party.getJsonArray("roles"))).isNotEmpty().isSubsetOf(roles);
            }
            JsonObject tender = r.getJsonObject("tender");
            assertThat(tender.getString("status")).isIn(tenderStatus);
            assertThat(tender.getString("procurementMethod")).isEqualTo("open");
            assertMoney(tender.getJsonObject("value"));
            for (JsonObject award : objects(r, "awards")) {
                assertThat(award.getString("status")).isIn(awardStatus);
                assertMoney(award.getJsonObject("value"));
            }
            for (JsonObject contract : objects(r, "contracts")) {
                assertThat(contract.getString("status")).isIn(contractStatus);
                assertMoney(contract.getJsonObject("value"));
                for (JsonObject m : objects(contract, "milestones")) {
                    assertThat(m.getString("status")).isIn(milestoneStatus);
                    assertThat(m.getString("type")).isIn(milestoneTypes);
                }
                List<JsonObject> transactions = objects(contract.getJsonObject("implementation"), "transactions");
                transactions.forEach(x -> assertMoney(x.getJsonObject("value")));
                fullPurchase |= !objects(r, "awards").isEmpty() && !objects(contract, "milestones").isEmpty()
                        && !transactions.isEmpty();
            }
        }
        assertThat(fullPurchase).as("a purchase with award, contract, milestones and payments is published").isTrue();
    }

    @Test
    @RunAsClient
    void theGrantsFileIsValid360GivingAndSmallAggregatesAreSuppressed() {
        String body = new Api(base).get(GIVING, null).body();
        assertThat(OpenDataSchemas.errors(OpenDataSchemas.GIVING_PACKAGE, body)).isEmpty();
        Set<String> reasons = OpenDataSchemas.codes("360giving/codelists/grantToIndividualsReason.csv");
        Set<String> purposes = OpenDataSchemas.codes("360giving/codelists/grantToIndividualsPurpose.csv");
        List<JsonObject> grants = objects(parse(body), "grants");
        int toOrganisations = 0;
        int toIndividuals = 0;
        Set<String> ids = new HashSet<>();
        for (JsonObject g : grants) {
            assertThat(ids.add(g.getString("id"))).isTrue();
            assertThat(g.getString("id")).startsWith("360G-cb-");
            assertThat(g.getString("currency")).isEqualTo("CNY");
            assertThat(g.getJsonNumber("amountAwarded").bigDecimalValue().scale()).isEqualTo(2);
            if (g.containsKey("recipientIndividual")) {
                toIndividuals++;
                assertThat(g).doesNotContainKey("recipientOrganization");
                assertThat(g.getJsonNumber("carebridge:recipientCount").longValue()).as(g.getString("id"))
                        .isGreaterThanOrEqualTo(10);
                JsonObject details = g.getJsonObject("toIndividualsDetails");
                assertThat(details.getString("primaryGrantReason")).isIn(reasons);
                if (details.containsKey("secondaryGrantReason")) {
                    assertThat(details.getString("secondaryGrantReason")).isIn(reasons);
                }
                assertThat(strings(details.getJsonArray("grantPurpose"))).isNotEmpty().isSubsetOf(purposes);
            } else {
                toOrganisations++;
                assertThat(g.getJsonArray("recipientOrganization")).isNotEmpty();
            }
        }
        assertThat(toOrganisations).as("a foundation's grant to an organisation").isPositive();
        assertThat(toIndividuals).as("aggregated allowances to children").isPositive();
    }

    @Test
    @RunAsClient
    void noPersonalDataAndNoDraftIsPublished() {
        Api api = new Api(base);
        String admin = api.token("d1.admin");
        String title = "开放数据草稿测试 " + System.nanoTime();
        Api.Res draft = api.send("POST", "api/v1/tenders", admin, "{\"title\":\"" + title + "\",\"serviceType\":\"COUNSELLING\","
                + "\"description\":\"草稿，不应公开\",\"targetGroups\":\"孤儿\",\"childrenTarget\":10,\"area\":\"110112\","
                + "\"budgetCeiling\":\"100000.00\",\"periodStart\":\"" + LocalDate.now().plusMonths(2) + "\",\"periodEnd\":\""
                + LocalDate.now().plusMonths(8) + "\",\"kpis\":\"≥10次\",\"criteria\":[{\"name\":\"方案\",\"weight\":100}],"
                + "\"requiredDocuments\":\"资质\",\"bidDeadline\":\"" + LocalDate.now().plusMonths(1) + "T17:00\"}");
        assertThat(draft.status()).as(draft.body()).isEqualTo(201);
        long draftId = draft.json().getJsonNumber("id").longValue();
        assertThat(draft.json().getString("status")).isEqualTo("DRAFT");

        String ocds = api.get(OCDS, null).body();
        String giving = api.get(GIVING, null).body();
        assertThat(ocds).doesNotContain(title);
        assertThat(objects(parse(ocds), "releases")).noneMatch(r -> r.getString("ocid").equals(PREFIX + draftId));

        List<String> names = api.get("api/v1/children?size=100", admin).json().getJsonArray("items")
                .getValuesAs(JsonObject.class).stream().map(c -> c.getString("name")).toList();
        assertThat(names).hasSizeGreaterThan(20);
        for (String text : List.of(ocds, giving)) {
            assertThat(RESIDENT_ID.matcher(text).find()).as("a resident ID number").isFalse();
            assertThat(MOBILE.matcher(text).find()).as("a mobile number").isFalse();
            assertThat(names).noneMatch(text::contains);
            // Staff usernames and guardians' names written on payments never appear either.
            assertThat(text).doesNotContain("d1.admin").doesNotContain("d1.approver").doesNotContain("s1.admin")
                    .doesNotContain("（祖母）").doesNotContain("62220202");
        }
    }

    @Test
    @RunAsClient
    void theValidatorRejectsWhatTheStandardsForbid() {
        // The schemas really are applied: a package without a version, a release date without a time,
        // and a grant with both recipient kinds are each refused.
        assertThat(OpenDataSchemas.errors(OpenDataSchemas.OCDS_PACKAGE, "{\"releases\":[]}")).isNotEmpty();
        assertThat(OpenDataSchemas.errors(OpenDataSchemas.OCDS_PACKAGE, "{\"version\":\"1.1\",\"releases\":[{\"ocid\":\"x\","
                + "\"id\":\"1\",\"date\":\"2026-05-01\",\"tag\":[\"tender\"],\"initiationType\":\"tender\"}]}")).isNotEmpty();
        String grant = "{\"id\":\"g\",\"title\":\"t\",\"description\":\"d\",\"currency\":\"CNY\",\"amountAwarded\":1,"
                + "\"awardDate\":\"2026-05-01T00:00:00+08:00\",\"fundingOrganization\":[{\"id\":\"f\",\"name\":\"f\"}],"
                + "\"recipientIndividual\":{\"id\":\"i\",\"name\":\"Individual Recipient\"}";
        assertThat(OpenDataSchemas.errors(OpenDataSchemas.GIVING_PACKAGE, "{\"grants\":[" + grant + "}]}")).isEmpty();
        assertThat(OpenDataSchemas.errors(OpenDataSchemas.GIVING_PACKAGE, "{\"grants\":[" + grant
                + ",\"recipientOrganization\":[{\"id\":\"o\",\"name\":\"o\"}]}]}")).isNotEmpty();
    }

    // ---- inside the server: the amounts are the database's -------------------------------------------

    @Test
    void contractingAmountsAreTheDatabases() throws SQLException {
        JsonObject pkg = openData.contracting("https://carebridge.test/" + OCDS);
        try (Connection c = dataSource.getConnection()) {
            for (JsonObject r : objects(pkg, "releases")) {
                long tenderId = Long.parseLong(r.getJsonObject("tender").getString("id"));
                assertThat(amount(r.getJsonObject("tender").getJsonObject("value")))
                        .isEqualByComparingTo(one(c, "select budget_ceiling from cb_tender where id = ?", tenderId));
                assertThat(one(c, "select count(*) from cb_tender where id = ? and status = 'DRAFT'", tenderId)).isZero();
                for (JsonObject contract : objects(r, "contracts")) {
                    long projectId = Long.parseLong(contract.getString("id").substring("contract-".length()));
                    assertThat(one(c, "select tender_id from cb_project where id = ?", projectId)).isEqualByComparingTo(
                            BigDecimal.valueOf(tenderId));
                    assertThat(amount(contract.getJsonObject("value")))
                            .isEqualByComparingTo(one(c, "select amount from cb_project where id = ?", projectId));
                    BigDecimal published = objects(contract.getJsonObject("implementation"), "transactions").stream()
                            .map(x -> amount(x.getJsonObject("value"))).reduce(BigDecimal.ZERO, BigDecimal::add);
                    assertThat(published).as("paid to providers for project %s", projectId).isEqualByComparingTo(one(c,
                            "select coalesce(sum(d.amount), 0) from cb_disbursement d join cb_project_milestone m"
                                    + " on m.id = d.milestone_id where m.project_id = ? and d.status = 'PAID'"
                                    + " and d.payee_tenant_id is not null", projectId));
                }
            }
        }
    }

    @Test
    void grantAmountsAreTheDatabasesAndEachAggregateIsRecomputed() throws SQLException {
        JsonObject pkg = openData.grants();
        BigDecimal disbursedToOrganisations = BigDecimal.ZERO;
        try (Connection c = dataSource.getConnection()) {
            for (JsonObject g : objects(pkg, "grants")) {
                if (!g.containsKey("recipientIndividual")) {
                    disbursedToOrganisations = disbursedToOrganisations.add(g.getJsonNumber("amountDisbursed")
                            .bigDecimalValue());
                    continue;
                }
                // 360G-cb-allowance-<district>-<categories>-<purpose>-<period>
                String[] key = g.getString("id").substring("360G-cb-allowance-".length()).split("-", 4);
                String district = key[0];
                Set<String> categories = Set.of(key[1].toUpperCase().split("\\+"));
                String purpose = key[2].toUpperCase();
                String period = key[3];
                LocalDate from = period.length() == 4 ? LocalDate.of(Integer.parseInt(period), 1, 1)
                        : YearMonth.parse(period).atDay(1);
                LocalDate to = period.length() == 4 ? from.plusYears(1).minusDays(1) : YearMonth.parse(period).atEndOfMonth();
                long children = 0;
                BigDecimal sum = BigDecimal.ZERO;
                try (PreparedStatement s = c.prepareStatement("select s.categories, count(distinct l.child_id), sum(l.amount)"
                        + " from cb_payment_line l join cb_payment_run r on r.id = l.run_id"
                        + " join cb_allowance_scheme s on s.id = r.scheme_id join cb_tenant t on t.id = r.tenant_id"
                        + " where t.code = ? and s.purpose = ? and s.frequency = ? and r.run_month >= ? and r.run_month <= ?"
                        + " and r.status = 'PAID' and l.bank_status <> 'FAILED' group by s.categories")) {
                    s.setString(1, district);
                    s.setString(2, purpose);
                    s.setString(3, period.length() == 4 ? "YEARLY" : "MONTHLY");
                    s.setObject(4, from);
                    s.setObject(5, to);
                    try (ResultSet rs = s.executeQuery()) {
                        while (rs.next()) {
                            Set<String> set = ChildCategory.decode(rs.getString(1)).stream().map(Enum::name)
                                    .collect(Collectors.toSet());
                            if (set.equals(categories)) {
                                children = rs.getLong(2);
                                sum = rs.getBigDecimal(3);
                            }
                        }
                    }
                }
                assertThat(children).as(g.getString("id")).isGreaterThanOrEqualTo(10)
                        .isEqualTo(g.getJsonNumber("carebridge:recipientCount").longValue());
                assertThat(g.getJsonNumber("amountAwarded").bigDecimalValue()).as(g.getString("id"))
                        .isEqualByComparingTo(sum);
            }
            assertThat(disbursedToOrganisations).as("what foundations paid organisations for their projects")
                    .isEqualByComparingTo(one(c, "select coalesce(sum(d.amount), 0) from cb_disbursement d"
                            + " join cb_tenant t on t.id = d.tenant_id join cb_project_milestone m on m.id = d.milestone_id"
                            + " join cb_project p on p.id = m.project_id where t.kind = 'FOUNDATION' and d.status = 'PAID'"
                            + " and d.payee_tenant_id = p.provider_tenant_id and (p.owner_tenant_id = d.tenant_id or exists"
                            + " (select 1 from cb_project_funder f where f.project_id = p.id and f.funder_tenant_id = d.tenant_id))"));
            assertThat(disbursedToOrganisations).as("the demo foundation paid its share").isPositive();
        }
    }

    private static BigDecimal one(Connection c, String sql, long id) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(sql)) {
            s.setLong(1, id);
            try (ResultSet rs = s.executeQuery()) {
                assertThat(rs.next()).as(sql).isTrue();
                BigDecimal v = rs.getBigDecimal(1);
                return v == null ? BigDecimal.ZERO : v;
            }
        }
    }

    private static BigDecimal one(Connection c, String sql) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(sql); ResultSet rs = s.executeQuery()) {
            rs.next();
            return rs.getBigDecimal(1);
        }
    }

    private static BigDecimal amount(JsonObject value) {
        return value.getJsonNumber("amount").bigDecimalValue();
    }

    /** An OCDS value: a JSON number with two decimals, in yuan. */
    private static void assertMoney(JsonObject value) {
        assertThat(value.getString("currency")).isEqualTo("CNY");
        JsonNumber n = value.getJsonNumber("amount");
        assertThat(n.bigDecimalValue().scale()).isEqualTo(2);
    }

    private static List<String> strings(JsonArray a) {
        List<String> out = new ArrayList<>();
        for (JsonValue v : a) {
            out.add(((JsonString) v).getString());
        }
        return out;
    }

    private static Set<String> enumOf(JsonObject definitions, String type) {
        return definitions.getJsonObject(type).getJsonObject("properties").getJsonObject("status").getJsonArray("enum")
                .stream().filter(v -> v.getValueType() == JsonValue.ValueType.STRING).map(v -> ((JsonString) v).getString())
                .collect(Collectors.toSet());
    }
}
