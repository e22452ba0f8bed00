package org.carebridge.care.figures.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import org.carebridge.care.figures.control.DocxWriter;
import org.carebridge.care.figures.control.FigureSql;
import org.carebridge.care.figures.control.Months;
import org.carebridge.care.figures.control.PdfWriter;
import org.carebridge.care.figures.control.ReportDocument;
import org.carebridge.care.figures.control.TemplateText;
import org.carebridge.care.figures.entity.ReportTemplate;
import org.carebridge.config.Settings;
import org.carebridge.core.account.entity.Roles;
import org.carebridge.core.audit.boundary.AuditTrail;
import org.carebridge.core.error.NotFoundException;
import org.carebridge.core.persistence.CallContext;
import org.carebridge.core.persistence.Page;
import org.carebridge.core.persistence.TenantData;
import org.carebridge.core.tenant.control.TenantDirectory;
import org.carebridge.core.tenant.entity.TenantKind;

import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The work report of the city bureau (all its districts, or one) or of a district, for a period: the
 * text of the tenant's template with its placeholders filled from live data, and an appendix of tables,
 * as DOCX or PDF. Every number is computed here, none typed; each download is audited.
 */
@Stateless
@RolesAllowed({Roles.TENANT_ADMIN, Roles.APPROVER, Roles.FINANCE_OFFICER, Roles.AUDITOR, Roles.CITY_VIEWER})
public class WorkReports {

    public enum Format { DOCX, PDF }

    /** A finished file for download. */
    public record File(String name, String contentType, byte[] bytes) {
    }

    /** The template as the editor shows it, with the placeholders it may use. */
    public record TemplateView(String title, String body, boolean custom, String updatedBy, Instant updatedAt,
                               long version, List<String> placeholders) {
    }

    static final String DEFAULT_TITLE = "{{scope}}困境儿童保障工作情况汇报";
    static final String DEFAULT_BODY = """
            现将{{period}}{{scope}}困境儿童保障工作进展情况汇报如下：

            一是着力协调政府保障与家庭责任。依据家庭监护能力评估办法，对监护人责任和能力进行评估，期内共开展监护能力评估{{assessments}}次，\
            其中评定为高风险的{{assessmentsHigh}}次，均已制定帮扶建议。坚持困境儿童巡视探访制度，采用“专业社工+儿童主任+志愿者”的模式，\
            期内共完成家庭走访{{visitsDone}}次（计划{{visitsPlanned}}次，完成率{{visitRate}}），为有需求的家庭提供医疗、教育、护理等方面的支持。

            二是切实贯彻全面覆盖与精准保障。实施“先救助后确认”政策，期内对{{helpFirst}}名急需救助的儿童先行提供保障、再补办确认手续，\
            目前超过确认期限尚待办结的{{overdueConfirmations}}件。建立困境儿童动态管理机制，通过每月走访摸排和审核，期内新纳入保障{{admissions}}名、\
            退出{{exits}}名，目前在册保障儿童{{supportedNow}}名。为{{educationAidChildren}}名事实无人抚养儿童发放助学补贴共{{educationAidAmount}}元。

            三是扎实推进基本保障与发展并重。现行保障标准为：{{rates}}。期内共发放基本生活费等保障金{{allowancePaid}}元，\
            惠及儿童{{allowanceChildren}}名。期内有{{adultOrphans}}名孤儿年满十八周岁，转入成年孤儿安置服务。

            四是协调政府保障与社会参与。期内通过政府购买服务或依托基金会实施困境儿童关爱服务项目{{projects}}个，合同金额共{{projectsContract}}元，\
            期内已支付{{projectsPaid}}元；各类专业服务共{{services}}人次。
            """;

    /** The placeholders a template may use, in the order the appendix lists them. */
    static final List<String> PLACEHOLDERS = List.of("scope", "period", "assessments", "assessmentsHigh", "visitsDone",
            "visitsPlanned", "visitRate", "helpFirst", "overdueConfirmations", "admissions", "exits", "supportedNow",
            "educationAidChildren", "educationAidAmount", "rates", "allowancePaid", "allowanceChildren", "adultOrphans",
            "projects", "projectsContract", "projectsPaid", "services");

    @Inject
    Figures figures;

    @Inject
    FigureSql sql;

    @Inject
    TenantData data;

    @Inject
    TenantDirectory directory;

    @Inject
    AuditTrail audit;

    @Inject
    Settings settings;

    public TemplateView template() {
        requireReportingTenant();
        ReportTemplate t = stored();
        return t == null ? new TemplateView(DEFAULT_TITLE, DEFAULT_BODY.strip(), false, null, null, 0, PLACEHOLDERS)
                : new TemplateView(t.getTitle(), t.getBody(), true, t.getUpdatedBy(), t.getUpdatedAt(), t.getVersion(),
                PLACEHOLDERS);
    }

    /** Saves the tenant's text after checking it names only known figures and types no number. */
    @RolesAllowed({Roles.TENANT_ADMIN, Roles.CITY_VIEWER})
    public TemplateView saveTemplate(String title, String body) {
        requireReportingTenant();
        Set<String> known = Set.copyOf(PLACEHOLDERS);
        TemplateText.check(title == null ? "" : title, known);
        TemplateText.check(body == null ? "" : body, known);
        ReportTemplate t = stored();
        Instant now = Instant.now();
        if (t == null) {
            data.tenant().persist(new ReportTemplate(title, body, CallContext.actor(), now));
        } else {
            t.change(title, body, CallContext.actor(), now);
        }
        data.tenant().flush();
        audit.record("REPORT_TEMPLATE_CHANGED", "ReportTemplate", CallContext.requireTenant(), null);
        return template();
    }

    /** Back to the portal's own text. */
    @RolesAllowed({Roles.TENANT_ADMIN, Roles.CITY_VIEWER})
    public TemplateView resetTemplate() {
        requireReportingTenant();
        ReportTemplate t = stored();
        if (t != null) {
            data.tenant().remove(t);
            data.tenant().flush();
            audit.record("REPORT_TEMPLATE_RESET", "ReportTemplate", CallContext.requireTenant(), null);
        }
        return template();
    }

    /** The figures behind the report, by placeholder, formatted as the report prints them. */
    public Map<String, String> values(Long district, Months period) {
        return compose(district, period).values;
    }

    public File download(Long district, Months period, Format format) {
        Composed c = compose(district, period);
        String base = "work-report-" + c.scopeCode + "-" + period.from() + "_" + period.to();
        audit.record("WORK_REPORT_DOWNLOADED", "WorkReport", c.scopeCode, format + " " + period.from() + ".." + period.to());
        return format == Format.PDF
                ? new File(base + ".pdf", "application/pdf", PdfWriter.write(c.document, settings.reportFont()))
                : new File(base + ".docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
                DocxWriter.write(c.document));
    }

    private record Composed(String scopeCode, Map<String, String> values, ReportDocument document) {
    }

    private Composed compose(Long district, Months period) {
        TenantKind kind = requireReportingTenant();
        List<Long> scope = sql.scope(kind, district);
        String in = FigureSql.in(scope);
        FigureSet f = figures.compute(district, period);
        LocalDate first = period.first();
        LocalDate last = period.last();
        String scopeName;
        String scopeCode;
        if (kind == TenantKind.CITY_BUREAU && district == null) {
            scopeName = "全市";
            scopeCode = "city";
        } else {
            long id = scope.get(0);
            scopeName = directory.get(id).getNameZh().replace("民政局", "");
            scopeCode = directory.get(id).getCode();
        }
        Map<String, String> v = new LinkedHashMap<>();
        v.put("scope", scopeName);
        v.put("period", period.from().getYear() + "年" + period.from().getMonthValue() + "月至" + period.to().getYear() + "年"
                + period.to().getMonthValue() + "月");
        long assessments = FigureSet.sum(f.assessments());
        v.put("assessments", n(assessments));
        v.put("assessmentsHigh", n(f.assessmentsByRisk().getOrDefault("HIGH", 0L)));
        long done = FigureSet.sum(f.visitsDone());
        long planned = FigureSet.sum(f.visitsPlanned());
        v.put("visitsDone", n(done));
        v.put("visitsPlanned", n(planned));
        v.put("visitRate", planned == 0 ? "—" : BigDecimal.valueOf(done * 100).divide(BigDecimal.valueOf(planned), 1,
                java.math.RoundingMode.HALF_UP) + "%");
        v.put("helpFirst", n(sql.count("select count(*) from cb_application where tenant_id in " + in
                + " and track = 'HELP_FIRST' and submitted_at >= ?1 and submitted_at < ?2", first.atStartOfDay(),
                last.plusDays(1).atStartOfDay())));
        v.put("overdueConfirmations", n(f.overdueConfirmations()));
        v.put("admissions", n(FigureSet.sum(f.admissions())));
        v.put("exits", n(FigureSet.sum(f.exits())));
        v.put("supportedNow", n(sql.count("select count(*) from cb_child where tenant_id in " + in
                + " and status = 'SUPPORTED'")));
        String lines = " from cb_payment_line l join cb_payment_run r on r.id = l.run_id join cb_allowance_scheme s"
                + " on s.id = l.scheme_id where l.tenant_id in " + in + " and r.status = 'PAID' and l.bank_status <> 'FAILED'"
                + " and l.for_month >= ?1 and l.for_month <= ?2";
        v.put("educationAidChildren", n(sql.count("select count(distinct l.child_id)" + lines
                + " and s.purpose = 'EDUCATION_AID'", first, last)));
        v.put("educationAidAmount", money(sql.sum("select sum(l.amount)" + lines + " and s.purpose = 'EDUCATION_AID'",
                first, last)));
        v.put("allowancePaid", money(sql.sum("select sum(l.amount)" + lines, first, last)));
        v.put("allowanceChildren", n(sql.count("select count(distinct l.child_id)" + lines, first, last)));
        List<List<String>> rates = rates(in, last);
        v.put("rates", rates.isEmpty() ? "（未设定）" : String.join("；", rates.stream()
                .map(r -> (kind == TenantKind.CITY_BUREAU ? r.get(0) : "") + r.get(1) + "每人" + r.get(2) + "元/"
                        + ("MONTHLY".equals(r.get(3)) ? "月" : "年")).distinct().toList()));
        v.put("adultOrphans", n(sql.count("select count(*) from cb_review_entry e join cb_review_board b on b.id = e.board_id"
                + " join cb_child c on c.id = e.child_id where e.tenant_id in " + in + " and b.status = 'CONFIRMED'"
                + " and e.dismissed_reason is null and e.reason = 'TURNED_18' and c.categories like '%,ORPHAN,%'"
                + " and b.month_start >= ?1 and b.month_start <= ?2", first, last)));
        String projects = " from cb_project p where p.district_tenant_id in " + in
                + " and p.period_start <= ?1 and p.period_end >= ?2";
        v.put("projects", n(sql.count("select count(*)" + projects, last, first)));
        v.put("projectsContract", money(sql.sum("select sum(p.amount)" + projects, last, first)));
        v.put("projectsPaid", money(sql.sum("select sum(d.amount) from cb_disbursement d join cb_project_milestone m"
                + " on m.id = d.milestone_id join cb_project p on p.id = m.project_id where p.district_tenant_id in " + in
                + " and d.status = 'PAID' and d.paid_at >= ?1 and d.paid_at < ?2", first.atStartOfDay(),
                last.plusDays(1).atStartOfDay())));
        v.put("services", n(f.servicesByType().values().stream().mapToLong(Long::longValue).sum()));

        TemplateView t = template();
        String title = TemplateText.fill(t.title(), v);
        List<String> paragraphs = TemplateText.paragraphs(TemplateText.fill(t.body(), v));
        List<ReportDocument.Table> tables = new ArrayList<>();
        tables.add(new ReportDocument.Table("附表一　主要指标", List.of("指标", "数值"),
                PLACEHOLDERS.stream().filter(k -> !k.equals("scope") && !k.equals("period") && !k.equals("rates"))
                        .map(k -> List.of(LABELS.get(k), v.get(k))).toList()));
        List<List<String>> monthly = new ArrayList<>();
        for (int i = 0; i < f.months().size(); i++) {
            monthly.add(List.of(f.months().get(i), n(f.supported().get(i)), n(f.admissions().get(i)), n(f.exits().get(i)),
                    n(f.visitsDone().get(i)), n(f.visitsPlanned().get(i)), n(f.assessments().get(i)),
                    money(f.paidByMonth().get(i))));
        }
        tables.add(new ReportDocument.Table("附表二　分月情况", List.of("月份", "发放保障儿童", "纳入", "退出", "走访完成",
                "走访计划", "监护评估", "支付金额（元）"), monthly));
        if (!f.perDistrict().isEmpty()) {
            tables.add(new ReportDocument.Table("附表三　分区情况", List.of("区", "在册保障", "纳入", "退出", "走访完成",
                    "监护评估", "服务人次", "逾期待确认", "支付金额（元）"), f.perDistrict().stream().map(d -> List.of(d.name(),
                    n(d.supportedNow()), n(d.admissions()), n(d.exits()), n(d.visitsDone()), n(d.assessments()),
                    n(d.services()), n(d.overdueConfirmations()), money(d.paidInPeriod()))).toList()));
        }
        tables.add(new ReportDocument.Table("附表" + (f.perDistrict().isEmpty() ? "三" : "四") + "　现行保障标准",
                List.of("区", "项目", "标准（元）", "周期", "执行起始"), rates.stream().map(r -> List.of(r.get(0), r.get(1),
                        r.get(2), "MONTHLY".equals(r.get(3)) ? "每月" : "每年", r.get(4))).toList()));
        Page<ProjectCost> costs = figures.projectCosts(district, 0, 50);
        tables.add(new ReportDocument.Table("附表" + (f.perDistrict().isEmpty() ? "四" : "五") + "　服务项目与每名儿童成本",
                List.of("项目", "合同金额（元）", "已支付（元）", "服务儿童", "每名儿童（元）"), costs.items().stream()
                .map(p -> List.of(p.title(), money(p.contract()), money(p.paid()), n(p.children()),
                        p.perChild() == null ? "—" : money(p.perChild()))).toList()));
        String subtitle = v.get("period") + "　·　数据生成于 " + Instant.now().atOffset(ZoneOffset.ofHours(8)).toLocalDate()
                + "（CareBridge 实时数据）";
        return new Composed(scopeCode, v, new ReportDocument(title, subtitle, paragraphs, "附表", tables));
    }

    static final Map<String, String> LABELS = Map.ofEntries(Map.entry("assessments", "监护能力评估（次）"),
            Map.entry("assessmentsHigh", "其中高风险（次）"), Map.entry("visitsDone", "家庭走访完成（次）"),
            Map.entry("visitsPlanned", "家庭走访计划（次）"), Map.entry("visitRate", "走访完成率"),
            Map.entry("helpFirst", "先救助后确认（名）"), Map.entry("overdueConfirmations", "超期待确认（件）"),
            Map.entry("admissions", "动态管理新纳入（名）"), Map.entry("exits", "动态管理退出（名）"),
            Map.entry("supportedNow", "在册保障儿童（名）"), Map.entry("educationAidChildren", "助学补贴受益（名）"),
            Map.entry("educationAidAmount", "助学补贴金额（元）"), Map.entry("allowancePaid", "保障金发放（元）"),
            Map.entry("allowanceChildren", "保障金受益儿童（名）"), Map.entry("adultOrphans", "年满十八周岁孤儿（名）"),
            Map.entry("projects", "关爱服务项目（个）"), Map.entry("projectsContract", "项目合同金额（元）"),
            Map.entry("projectsPaid", "项目期内支付（元）"), Map.entry("services", "专业服务（人次）"));

    /** Each scheme's adopted rate in force on the day: district, scheme, amount, frequency, since. */
    private List<List<String>> rates(String in, LocalDate on) {
        List<List<String>> out = new ArrayList<>();
        for (Object[] r : sql.rows("select t.name_zh, s.name, r.amount, s.frequency, r.effective_from from cb_allowance_scheme s"
                + " join cb_tenant t on t.id = s.tenant_id join cb_scheme_rate r on r.scheme_id = s.id"
                + " where s.tenant_id in " + in + " and r.status = 'ADOPTED' and r.effective_from = (select max(r2.effective_from)"
                + " from cb_scheme_rate r2 where r2.scheme_id = s.id and r2.status = 'ADOPTED' and r2.effective_from <= ?1)"
                + " order by t.code, s.id", on)) {
            out.add(List.of(((String) r[0]).replace("民政局", ""),
                    (String) r[1], money(FigureSql.money(r[2])), (String) r[3], String.valueOf(r[4]).substring(0, 10)));
        }
        return out;
    }

    private TenantKind requireReportingTenant() {
        TenantKind kind = sql.kind();
        if (kind != TenantKind.CITY_BUREAU && kind != TenantKind.DISTRICT) {
            throw new NotFoundException("report.notAvailable");
        }
        return kind;
    }

    private ReportTemplate stored() {
        return data.tenant().createQuery("select t from ReportTemplate t", ReportTemplate.class).getResultStream()
                .findFirst().orElse(null);
    }

    static String n(long value) {
        return String.format(Locale.ROOT, "%,d", value);
    }

    static String money(BigDecimal value) {
        DecimalFormat f = new DecimalFormat("#,##0.00", DecimalFormatSymbols.getInstance(Locale.ROOT));
        return f.format(value);
    }
}
