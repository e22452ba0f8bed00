package org.carebridge.care.setup.control;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.carebridge.care.allowance.control.RunMaker;
import org.carebridge.care.allowance.control.SchemeFunding;
import org.carebridge.care.allowance.entity.AllowanceScheme;
import org.carebridge.care.allowance.entity.PaymentLine;
import org.carebridge.care.allowance.entity.PaymentRun;
import org.carebridge.core.persistence.CallContext;
import org.carebridge.core.persistence.TenantData;
import org.carebridge.core.value.LocalDates;
import org.carebridge.core.value.Money;
import org.carebridge.funding.disbursement.control.Split;
import org.carebridge.funding.disbursement.entity.Disbursement;
import org.carebridge.funding.disbursement.entity.Fund;
import org.carebridge.funding.disbursement.entity.FundKind;
import org.carebridge.funding.disbursement.entity.Purpose;
import org.carebridge.funding.ledger.control.Ledger;
import org.carebridge.funding.ledger.entity.AccountKind;
import org.carebridge.funding.ledger.entity.EntryKind;
import org.carebridge.funding.ledger.entity.JournalEntry;
import org.carebridge.funding.ledger.entity.LedgerAccount;
import org.carebridge.funding.project.entity.Milestone;
import org.carebridge.funding.project.entity.MilestoneStatus;
import org.carebridge.funding.project.entity.ServiceProject;

import java.time.Instant;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;

/**
 * Demo money: the district's budget lines for allowances and for purchased services, the
 * foundation's charity fund, each topped up; the accepted first milestone of the family project paid
 * by the district and the foundation for their shares (two approvals above the threshold); and a few
 * allowance requests waiting in the district's approvals inbox; a year of the orphans' allowance
 * paid month by month, this month's run waiting for approval. Written straight into the ledger
 * inside the first run's transaction (the boundaries open accounts in transactions of their own,
 * which could not see the uncommitted demo tenants).
 */
@Dependent
public class DemoMoney {

    @Inject
    TenantData data;

    @Inject
    Ledger ledger;

    @Inject
    RunMaker runs;

    @Inject
    SchemeFunding schemeFunding;

    public void money(long districtId, long foundationId) {
        Instant now = Instant.now();
        Milestone first = data.shared().createQuery("select m from Milestone m, ServiceProject p where m.projectId = p.id"
                        + " and p.tenderId is not null and p.ownerTenantId = :d and m.position = 0 and m.status = :s",
                Milestone.class).setParameter("d", districtId).setParameter("s", MilestoneStatus.ACCEPTED)
                .getResultStream().findFirst().orElse(null);
        ServiceProject project = first == null ? null : data.shared().find(ServiceProject.class, first.getProjectId());
        Map<Long, Money> parts = project == null ? Map.of() : Split.of(first.getAcceptedAmount(), project.shares());

        try (CallContext.Scope ignored = CallContext.forJob(districtId, "demo-money")) {
            Fund allowances = fund("2026年度困境儿童基本生活费（财政）", FundKind.BUDGET_LINE, 2026, "5000000.00",
                    "区财政下达2026年度预算", now);
            Fund services = fund("2026年度政府购买服务资金（财政）", FundKind.BUDGET_LINE, 2026, "1500000.00",
                    "区财政下达2026年度购买服务预算", now);
            if (project != null) {
                pay(services, project, first, parts.get(districtId), List.of("d1.approver", "d1.approver2"), "d1.finance",
                        "BOC20260705001", now);
            }
            String[] payees = {"王秀兰（祖母）", "李建国（伯父）", "区儿童福利院"};
            String[] amounts = {"2650.00", "2650.00", "7950.00"};
            for (int i = 0; i < payees.length; i++) {
                data.tenant().persist(new Disbursement("demo-allowance-" + i, "demo", payees[i], null,
                        "62220202001122" + (33 + i), Money.of(amounts[i]), Purpose.ALLOWANCE, "本月基本生活费",
                        allowances.getId(), null, 1, "d1.finance", now.minusSeconds(3600L * (i + 1))));
            }
            data.tenant().flush();
            AllowanceScheme orphans = schemes(allowances, now);
            Long paidChild = yearOfRuns(orphans, allowances, now);
            educationAid(data.tenant().createQuery("select s from AllowanceScheme s where s.purpose = :p",
                    AllowanceScheme.class).setParameter("p", Purpose.EDUCATION_AID).getSingleResult(), allowances, now);
            if (paidChild != null) {
                flaggedRequest(paidChild, allowances, now);
            }
        }
        try (CallContext.Scope ignored = CallContext.forJob(foundationId, "demo-money")) {
            Fund charity = fund("春晖困境儿童关爱基金", FundKind.CHARITY_FUND, null, "800000.00", "年度募集善款", now);
            if (project != null && parts.containsKey(foundationId)) {
                pay(charity, project, first, parts.get(foundationId), List.of("f1.approver"), "f1.finance",
                        "ICBC20260708001", now);
            }
        }
    }

    /**
     * The district's schemes modelled on the source report: the orphans' basic living allowance
     * (2,650 yuan a month in 2023, raised by the natural-growth rule in 2025, the 2026 proposal waiting
     * for an approver) and the yearly education aid for de-facto unsupported children (8,000 yuan).
     */
    private AllowanceScheme schemes(Fund fund, Instant now) {
        EntityManager em = data.tenant();
        AllowanceScheme orphans = new AllowanceScheme(
                "孤儿基本生活费", java.util.EnumSet.of(org.carebridge.care.child.entity.ChildCategory.ORPHAN),
                org.carebridge.care.allowance.entity.Frequency.MONTHLY, org.carebridge.care.allowance.entity.PayeeKind.GUARDIAN,
                fund.getId(), Purpose.ALLOWANCE, "d1.finance", now);
        AllowanceScheme education = new AllowanceScheme(
                "事实无人抚养儿童助学金", java.util.EnumSet.of(org.carebridge.care.child.entity.ChildCategory.DE_FACTO_UNSUPPORTED),
                org.carebridge.care.allowance.entity.Frequency.YEARLY, org.carebridge.care.allowance.entity.PayeeKind.GUARDIAN,
                fund.getId(), Purpose.EDUCATION_AID, "d1.finance", now);
        em.persist(orphans);
        em.persist(education);
        em.flush();
        rate(orphans.getId(), "2023-01", "2650.00", "市民政局、市财政局关于调整孤儿基本生活费标准的通知（2023年）", true, now);
        Money raised = org.carebridge.care.allowance.control.NaturalGrowth.propose(Money.of("2650.00"),
                new java.math.BigDecimal("5.2"), new java.math.BigDecimal("4.8"));
        rate(orphans.getId(), "2025-01", raised.amount().toPlainString(),
                "自然增长：城镇居民人均消费支出增长 5.2%、4.8%，在 2650.00 元基础上按两年平均增幅调整", true, now);
        Money next = org.carebridge.care.allowance.control.NaturalGrowth.propose(raised, new java.math.BigDecimal("4.1"),
                new java.math.BigDecimal("3.9"));
        rate(orphans.getId(), "2026-01", next.amount().toPlainString(),
                "自然增长：城镇居民人均消费支出增长 4.1%、3.9%，在 " + raised.amount().toPlainString() + " 元基础上按两年平均增幅调整",
                false, now);
        rate(education.getId(), "2023-01", "8000.00", "事实无人抚养儿童助学金每人每年8000元", true, now);
        em.flush();
        return orphans;
    }

    /**
     * Twelve months of the orphans' allowance: each month's run computed as the portal computes it,
     * approved by {@code d1.approver} and paid; the bank confirmed every line except one of last month,
     * returned for a frozen account and payable again. This month's run is computed and waits for approval.
     */
    private Long yearOfRuns(AllowanceScheme scheme, Fund fund, Instant now) {
        Long paidChild = null;
        YearMonth thisMonth = YearMonth.from(LocalDates.today());
        for (int back = 12; back >= 0; back--) {
            YearMonth month = thisMonth.minusMonths(back);
            PaymentRun run = runs.make(scheme, month);
            if (back == 0 || !run.getTotal().isPositive()) {
                continue;
            }
            Long child = approveAndPay(scheme, fund, run, month, back == 1, now);
            paidChild = child == null ? paidChild : child;
        }
        return paidChild;
    }

    /**
     * This school year's education aid, paid in September (last year's September before then), so that
     * the work report has education-aid beneficiaries to count.
     */
    private void educationAid(AllowanceScheme scheme, Fund fund, Instant now) {
        YearMonth thisMonth = YearMonth.from(LocalDates.today());
        YearMonth september = YearMonth.of(thisMonth.getMonthValue() >= 9 ? thisMonth.getYear() : thisMonth.getYear() - 1, 9);
        PaymentRun run = runs.make(scheme, september);
        if (run.getTotal().isPositive()) {
            approveAndPay(scheme, fund, run, september, false, now);
        }
    }

    /**
     * The run approved by {@code d1.approver} and paid on the 20th of its month (or now, if that is
     * later), every line confirmed by the bank — but the first, when {@code returnFirst}: returned for a
     * frozen account and payable again. Returns a child whose line was confirmed.
     */
    private Long approveAndPay(AllowanceScheme scheme, Fund fund, PaymentRun run, YearMonth month, boolean returnFirst,
                               Instant now) {
        Instant on = month.atDay(Math.min(20, month.lengthOfMonth())).atTime(10, 0).atZone(LocalDates.CHINA).toInstant();
        Instant at = on.isBefore(now) ? on : now;
        Long paidChild = null;
        LedgerAccount expense = ledger.findAccount("EXPENSE:" + scheme.getPurpose()).orElseThrow();
        String title = scheme.getName() + " " + month;
        LedgerAccount payable = account("PAYABLE:RUN:" + run.getId(), "应付：" + title, AccountKind.PAYABLE);
        JournalEntry approval = ledger.post("RUN-APPROVAL:" + run.getId(), EntryKind.APPROVAL, "批准发放：" + title
                + "（" + run.getLineCount() + "笔）", "run:" + run.getId(), null, List.of(new Ledger.Line(expense.getId(),
                run.getTotal()), new Ledger.Line(payable.getId(), run.getTotal().negate())));
        run.approve("d1.approver", approval.getId(), at);
        String reference = "BOC" + month.toString().replace("-", "") + (scheme.getPurpose() == Purpose.EDUCATION_AID
                ? "25002" : "25001");
        JournalEntry payment = ledger.post("RUN-PAYMENT:" + run.getId(), EntryKind.PAYMENT, "发放：" + title + " "
                + reference, "run:" + run.getId(), null, List.of(new Ledger.Line(payable.getId(), run.getTotal()),
                new Ledger.Line(fund.getAccountId(), run.getTotal().negate())));
        run.paid(reference, payment.getId(), at);
        List<PaymentLine> lines = data.tenant().createQuery("select l from PaymentLine l where l.runId = :r order by l.id",
                PaymentLine.class).setParameter("r", run.getId()).getResultList();
        for (int i = 0; i < lines.size(); i++) {
            PaymentLine l = lines.get(i);
            if (returnFirst && i == 0) {
                JournalEntry back1 = ledger.post("LINE-RETURN:" + l.getId(), EntryKind.RETURN, "银行退回：" + title + " "
                        + l.getPayeeName(), "run:" + run.getId(), null, List.of(new Ledger.Line(fund.getAccountId(),
                        l.getAmount()), new Ledger.Line(payable.getId(), l.getAmount().negate())));
                l.fail("收款账户已冻结，请核实后重新支付", back1.getId(), at.plusSeconds(3 * 86400L).isBefore(now)
                        ? at.plusSeconds(3 * 86400L) : now);
            } else {
                l.confirm(at);
                paidChild = l.getChildId();
            }
        }
        data.tenant().flush();
        return paidChild;
    }

    /**
     * A one-off living-cost request for a child whom the orphans' allowance paid last month, for last
     * month: the double-funding check flags it, so the approvers' inbox shows the warning.
     */
    private void flaggedRequest(long childId, Fund fund, Instant now) {
        YearMonth last = YearMonth.from(LocalDates.today()).minusMonths(1);
        Disbursement d = new Disbursement("demo-flagged-" + childId, "demo", "周桂芬（祖母）", null, "6222020200112299",
                Money.of("1000.00"), Purpose.ALLOWANCE, "临时生活补助（冬季取暖）", fund.getId(), null, 1, "d1.finance",
                now.minusSeconds(600));
        d.forChild(childId, last, last);
        d.overlaps(String.join("；", schemeFunding.otherFunding(childId, Purpose.ALLOWANCE, last, last)));
        data.tenant().persist(d);
        data.tenant().flush();
    }

    private void rate(long scheme, String from, String amount, String basis, boolean adopt, Instant now) {
        org.carebridge.care.allowance.entity.SchemeRate r = new org.carebridge.care.allowance.entity.SchemeRate(scheme,
                java.time.YearMonth.parse(from), Money.of(amount), basis, "d1.finance", now);
        if (adopt) {
            r.decide(true, "d1.approver", now);
        }
        data.tenant().persist(r);
    }

    private Fund fund(String name, FundKind kind, Integer year, String amount, String memo, Instant now) {
        EntityManager em = data.tenant();
        long n = em.createQuery("select count(f) from Fund f", Long.class).getSingleResult() + 1;
        LedgerAccount money = account("FUND:" + n, name, AccountKind.FUND);
        LedgerAccount source = account("SOURCE:" + n, name + "（来源）", AccountKind.SOURCE);
        for (Purpose p : Purpose.values()) {
            if (ledger.findAccount("EXPENSE:" + p).isEmpty()) {
                account("EXPENSE:" + p, "支出：" + p, AccountKind.EXPENSE);
            }
        }
        Fund f = new Fund(name, kind, year, money.getId(), source.getId(), "demo", now);
        em.persist(f);
        em.flush();
        Money m = Money.of(amount);
        ledger.post("TOPUP:demo-" + n, EntryKind.TOP_UP, memo, "fund:" + f.getId(), null,
                List.of(new Ledger.Line(money.getId(), m), new Ledger.Line(source.getId(), m.negate())));
        return f;
    }

    private LedgerAccount account(String code, String name, AccountKind kind) {
        LedgerAccount a = new LedgerAccount(code, name, kind);
        data.tenant().persist(a);
        data.tenant().flush();
        return a;
    }

    /** The tenant's share of the milestone, requested, approved and paid. */
    private void pay(Fund fund, ServiceProject p, Milestone m, Money amount, List<String> approvers, String finance,
                     String bankRef, Instant now) {
        Disbursement d = new Disbursement("demo-milestone-" + m.getId(), "demo", "阳光社会工作服务中心",
                p.getProviderTenantId(), "6217000010012345678", amount, Purpose.SERVICE_PURCHASE,
                p.getTitle() + " 第1个里程碑", fund.getId(), m.getId(), approvers.size(), finance, now);
        data.tenant().persist(d);
        data.tenant().flush();
        for (String a : approvers) {
            d.approve(a, now);
        }
        LedgerAccount expense = ledger.findAccount("EXPENSE:" + Purpose.SERVICE_PURCHASE).orElseThrow();
        LedgerAccount payable = account("PAYABLE:TENANT:" + p.getProviderTenantId(), "应付：阳光社会工作服务中心",
                AccountKind.PAYABLE);
        JournalEntry approval = ledger.post("APPROVAL:" + d.getId(), EntryKind.APPROVAL, "批准拨付：阳光社会工作服务中心",
                "disbursement:" + d.getId(), null, List.of(new Ledger.Line(expense.getId(), amount),
                        new Ledger.Line(payable.getId(), amount.negate())));
        d.approved(approval.getId());
        JournalEntry payment = ledger.post("PAYMENT:" + d.getId(), EntryKind.PAYMENT, "支付：阳光社会工作服务中心 " + bankRef,
                "disbursement:" + d.getId(), null, List.of(new Ledger.Line(payable.getId(), amount),
                        new Ledger.Line(fund.getAccountId(), amount.negate())));
        d.paid(bankRef, payment.getId(), now);
        data.tenant().flush();
    }
}
