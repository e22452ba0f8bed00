package org.carebridge.care.review.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import org.carebridge.care.child.control.ChildLookup;
import org.carebridge.care.child.entity.Child;
import org.carebridge.care.child.entity.ChildCategory;
import org.carebridge.care.child.entity.ChildStatus;
import org.carebridge.care.review.control.ReviewTriggers;
import org.carebridge.care.review.entity.Direction;
import org.carebridge.care.review.entity.ReviewBoard;
import org.carebridge.care.review.entity.ReviewEntry;
import org.carebridge.care.review.entity.ReviewReason;
import org.carebridge.core.account.entity.Roles;
import org.carebridge.core.audit.boundary.AuditTrail;
import org.carebridge.core.error.NotFoundException;
import org.carebridge.core.error.ValidationException;
import org.carebridge.core.persistence.CallContext;
import org.carebridge.core.persistence.Page;
import org.carebridge.core.persistence.TenantData;
import org.carebridge.core.value.Csv;
import org.carebridge.core.value.LocalDates;

import java.nio.charset.StandardCharsets;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The monthly dynamic review of the bound district: gather a month's candidates, propose and
 * dismiss entries, street sign-off, district confirmation (exits applied to the register, effective
 * next month), and the confirmed month's 增员/减员 file.
 */
@Stateless
@RolesAllowed({Roles.TENANT_ADMIN, Roles.CASEWORKER, Roles.APPROVER, Roles.AUDITOR})
public class Reviews {

    @Inject
    TenantData data;

    @Inject
    AuditTrail audit;

    @Inject
    ChildLookup lookup;

    @Inject
    ReviewTriggers triggers;

    public Page<BoardView> boards(int offset, int limit) {
        EntityManager em = data.tenant();
        long total = em.createQuery("select count(b) from ReviewBoard b", Long.class).getSingleResult();
        List<ReviewBoard> rows = em.createQuery("select b from ReviewBoard b order by b.monthStart desc",
                ReviewBoard.class).setFirstResult(offset).setMaxResults(limit).getResultList();
        return new Page<>(rows, total, offset, limit).map(this::view);
    }

    /** The month's board; 404 when it has not been opened yet. */
    public BoardView board(String month) {
        return view(load(month(month)));
    }

    /** Opens the month's board if needed and adds the candidates the triggers find (idempotent). */
    @RolesAllowed({Roles.TENANT_ADMIN, Roles.CASEWORKER})
    public BoardView generate(String month) {
        YearMonth m = month(month);
        ReviewBoard board = openBoard(m);
        board.requireOpen();
        int added = triggers.addCandidates(board, CallContext.actor());
        audit.record("REVIEW_GENERATED", "ReviewBoard", board.getId(), m + ": " + added + " added");
        return view(board);
    }

    /** A change staff learned of (a parent released, an adoption…), put on the month's open board. */
    @RolesAllowed({Roles.TENANT_ADMIN, Roles.CASEWORKER})
    public EntryView propose(String month, long childId, ReviewReason reason, String detail) {
        Child child = lookup.require(childId);
        ReviewBoard board = openBoard(month(month));
        board.requireOpen();
        if (reason == null || reason.automatic()) {
            throw new ValidationException("review.reason.manualOnly");
        }
        if (detail == null || detail.isBlank()) {
            throw new ValidationException("review.detail.required");
        }
        ReviewEntry e = new ReviewEntry(board, childId, reason, detail, CallContext.actor());
        data.tenant().persist(e);
        data.tenant().flush();
        audit.record("REVIEW_PROPOSED", "Child", childId, board.getMonth() + " " + reason);
        return EntryView.of(e, child.getName().value(), masked(child));
    }

    @RolesAllowed({Roles.TENANT_ADMIN, Roles.CASEWORKER})
    public EntryView dismiss(String month, long entryId, String why) {
        ReviewBoard board = load(month(month));
        board.requireOpen();
        ReviewEntry e = data.tenant().find(ReviewEntry.class, entryId);
        if (e == null || !e.getBoardId().equals(board.getId())) {
            throw new NotFoundException("review.entry.notFound");
        }
        e.dismiss(why);
        audit.record("REVIEW_DISMISSED", "Child", e.getChildId(), board.getMonth() + " " + e.getReason() + ": " + why);
        Child c = lookup.require(e.getChildId());
        return EntryView.of(e, c.getName().value(), masked(c));
    }

    /** Entries of the month, by direction: admissions, exits, then checks. */
    public Page<EntryView> entries(String month, Direction direction, boolean keptOnly, int offset, int limit) {
        ReviewBoard board = load(month(month));
        EntityManager em = data.tenant();
        String where = " where e.boardId = :b" + (direction == null ? "" : " and e.direction = :d")
                + (keptOnly ? " and e.dismissedReason is null" : "");
        TypedQuery<Long> count = em.createQuery("select count(e) from ReviewEntry e" + where, Long.class);
        TypedQuery<ReviewEntry> rows = em.createQuery("select e from ReviewEntry e" + where
                + " order by case when e.direction = org.carebridge.care.review.entity.Direction.CHECK then 1 else 0 end,"
                + " e.direction, e.reason, e.id", ReviewEntry.class);
        for (TypedQuery<?> q : List.of(count, rows)) {
            q.setParameter("b", board.getId());
            if (direction != null) {
                q.setParameter("d", direction);
            }
        }
        List<ReviewEntry> items = rows.setFirstResult(offset).setMaxResults(limit).getResultList();
        Map<Long, Child> children = children(items);
        return new Page<>(items, count.getSingleResult(), offset, limit).map(e -> {
            Child c = children.get(e.getChildId());
            return EntryView.of(e, c.getName().value(), masked(c));
        });
    }

    /** The street (township) signs the board off: kept entries go to the district. */
    @RolesAllowed({Roles.TENANT_ADMIN, Roles.CASEWORKER})
    public BoardView streetSign(String month) {
        ReviewBoard board = load(month(month));
        board.streetSign(CallContext.actor());
        audit.record("REVIEW_STREET_SIGNED", "ReviewBoard", board.getId(), board.getMonth().toString());
        return view(board);
    }

    /**
     * A district approver (not the street signer) confirms the board: kept exits take the child out
     * of the register, effective from the next month.
     */
    @RolesAllowed(Roles.APPROVER)
    public BoardView confirm(String month) {
        ReviewBoard board = load(month(month));
        board.confirm(CallContext.actor());
        for (ReviewEntry e : data.tenant().createQuery("select e from ReviewEntry e where e.boardId = :b"
                        + " and e.direction = :exit and e.dismissedReason is null", ReviewEntry.class)
                .setParameter("b", board.getId()).setParameter("exit", Direction.EXIT).getResultList()) {
            Child c = lookup.require(e.getChildId());
            if (c.getStatus() != ChildStatus.EXITED) {
                c.moveTo(ChildStatus.EXITED, "动态管理减员（" + e.getReason() + "），" + e.getEffectiveMonth() + "起");
                audit.record("CHILD_STATUS", "Child", c.getId(), "EXITED from " + e.getEffectiveMonth());
            }
        }
        audit.record("REVIEW_CONFIRMED", "ReviewBoard", board.getId(), board.getMonth().toString());
        return view(board);
    }

    /**
     * The confirmed month's 增员/减员 file (UTF-8 with BOM for spreadsheet programs): change,
     * resident ID, name, categories, reason code, effective month. It carries full IDs, so only
     * those who may reveal IDs export it, and every export is audited.
     */
    @RolesAllowed({Roles.TENANT_ADMIN, Roles.CASEWORKER, Roles.APPROVER})
    public byte[] exportChanges(String month) {
        ReviewBoard board = load(month(month));
        if (board.getStatus() != org.carebridge.care.review.entity.BoardStatus.CONFIRMED) {
            throw new org.carebridge.core.error.ConflictException("review.board.notConfirmed");
        }
        List<ReviewEntry> entries = data.tenant().createQuery("select e from ReviewEntry e where e.boardId = :b"
                        + " and e.direction <> :check and e.dismissedReason is null order by e.direction, e.id",
                ReviewEntry.class).setParameter("b", board.getId()).setParameter("check", Direction.CHECK)
                .getResultList();
        Map<Long, Child> children = children(entries);
        StringBuilder csv = new StringBuilder("\uFEFF变动类型,身份证号码,姓名,儿童类别,原因代码,生效月份\r\n");
        for (ReviewEntry e : entries) {
            Child c = children.get(e.getChildId());
            csv.append(e.getDirection() == Direction.ADMISSION ? "增员" : "减员").append(',')
                    .append(c.getResidentId() == null ? "" : c.getResidentId().value()).append(',')
                    .append(Csv.cell(c.getName().value())).append(',')
                    .append(c.getCategories().stream().map(ChildCategory::name).collect(Collectors.joining("|")))
                    .append(',').append(e.getReason()).append(',').append(e.getEffectiveMonth()).append("\r\n");
        }
        audit.record("REVIEW_EXPORTED", "ReviewBoard", board.getId(), board.getMonth() + ": " + entries.size() + " rows");
        return csv.toString().getBytes(StandardCharsets.UTF_8);
    }

    private BoardView view(ReviewBoard b) {
        EntityManager em = data.tenant();
        Map<Direction, Long> kept = em.createQuery("select e.direction, count(e) from ReviewEntry e where e.boardId = :b"
                        + " and e.dismissedReason is null group by e.direction", Object[].class)
                .setParameter("b", b.getId()).getResultList().stream()
                .collect(Collectors.toMap(r -> (Direction) r[0], r -> ((Number) r[1]).longValue()));
        long dismissed = em.createQuery("select count(e) from ReviewEntry e where e.boardId = :b"
                + " and e.dismissedReason is not null", Long.class).setParameter("b", b.getId()).getSingleResult();
        return BoardView.of(b, kept.getOrDefault(Direction.ADMISSION, 0L), kept.getOrDefault(Direction.EXIT, 0L),
                kept.getOrDefault(Direction.CHECK, 0L), dismissed);
    }

    private Map<Long, Child> children(List<ReviewEntry> entries) {
        return lookup.byIds(entries.stream().map(ReviewEntry::getChildId).toList());
    }

    private static String masked(Child c) {
        return c.getResidentId() == null ? null : c.getResidentId().masked();
    }

    private ReviewBoard openBoard(YearMonth m) {
        ReviewBoard board = find(m);
        if (board == null) {
            board = new ReviewBoard(m);
            data.tenant().persist(board);
            data.tenant().flush();
        }
        return board;
    }

    private ReviewBoard find(YearMonth m) {
        return data.tenant().createQuery("select b from ReviewBoard b where b.monthStart = :m", ReviewBoard.class)
                .setParameter("m", m.atDay(1)).getResultStream().findFirst().orElse(null);
    }

    private ReviewBoard load(YearMonth m) {
        ReviewBoard b = find(m);
        if (b == null) {
            throw new NotFoundException("review.board.notFound");
        }
        return b;
    }

    /** "2026-11": a month up to the current one in Beijing. */
    static YearMonth month(String text) {
        try {
            YearMonth m = YearMonth.parse(text == null ? "" : text.strip());
            if (m.isAfter(YearMonth.from(LocalDates.today())) || m.getYear() < 2000) {
                throw new ValidationException("review.month.invalid");
            }
            return m;
        } catch (DateTimeParseException e) {
            throw new ValidationException("review.month.invalid");
        }
    }
}
