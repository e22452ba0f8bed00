package org.carebridge.funding.ledger.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import org.carebridge.core.error.ConflictException;
import org.carebridge.core.error.NotFoundException;
import org.carebridge.core.persistence.CallContext;
import org.carebridge.core.persistence.TenantData;
import org.carebridge.core.value.Money;
import org.carebridge.funding.ledger.entity.AccountKind;
import org.carebridge.funding.ledger.entity.EntryKind;
import org.carebridge.funding.ledger.entity.JournalEntry;
import org.carebridge.funding.ledger.entity.LedgerAccount;
import org.carebridge.funding.ledger.entity.Posting;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The only code that writes the bound tenant's ledger. {@link #post} takes the accounts' row locks
 * in ascending id order (no deadlock between two entries), applies the postings to the locked
 * balances, refuses a fund that would go below zero, and persists the entry with its key — a key
 * already used returns the entry posted under it. MariaDB's REPEATABLE READ would let two
 * transactions read the same balance and lose an update; the locking read sees the latest committed
 * balance and holds it until commit.
 */
@ApplicationScoped
public class Ledger {

    /** One line to post: an account and a signed amount (debit positive). */
    public record Line(long accountId, Money amount) {
    }

    @Inject
    TenantData data;

    @Inject
    AccountMaker maker;

    /**
     * The account with this code; a missing one is created in a transaction of its own (committed at
     * once, so that concurrent callers share it) and then read by id with a locking read, which sees
     * it whatever this transaction's snapshot.
     */
    public LedgerAccount account(String code, String name, AccountKind kind) {
        Optional<LedgerAccount> found = findAccount(code);
        if (found.isPresent()) {
            return found.get();
        }
        long id;
        try {
            id = maker.create(code, name, kind);
        } catch (RuntimeException raced) {
            // another transaction created it first
            id = maker.idOf(code).orElseThrow(() -> raced);
        }
        // By primary key, with a locking read: it sees the committed row whatever this transaction's
        // snapshot, and locks one record only (no gap that would block other inserts).
        LedgerAccount a = data.tenant().find(LedgerAccount.class, id, LockModeType.PESSIMISTIC_WRITE);
        if (a == null) {
            throw new NotFoundException("ledger.account.notFound");
        }
        return a;
    }

    public Optional<LedgerAccount> findAccount(String code) {
        return data.tenant().createQuery("select a from LedgerAccount a where a.code = :c", LedgerAccount.class)
                .setParameter("c", code).getResultStream().findFirst();
    }

    /** The entry posted under this key, if any. */
    public Optional<JournalEntry> byKey(String key) {
        return data.tenant().createQuery("select e from JournalEntry e where e.idempotencyKey = :k", JournalEntry.class)
                .setParameter("k", key).getResultStream().findFirst();
    }

    /**
     * Posts a balanced entry once: the same key returns the entry already posted under it. A fund
     * account may not end below zero ({@code fund.insufficient}, 409; nothing is posted).
     */
    public JournalEntry post(String key, EntryKind kind, String memo, String source, Long reverses, List<Line> lines) {
        Optional<JournalEntry> done = byKey(key);
        if (done.isPresent()) {
            return done.get();
        }
        List<Posting> postings = lines.stream().map(l -> new Posting(l.accountId(), l.amount())).toList();
        JournalEntry.check(postings);
        EntityManager em = data.tenant();
        List<Line> ordered = new ArrayList<>(lines);
        ordered.sort(Comparator.comparingLong(Line::accountId));
        List<LedgerAccount> locked = new ArrayList<>();
        for (Line l : ordered) {
            LedgerAccount a = em.find(LedgerAccount.class, l.accountId(), LockModeType.PESSIMISTIC_WRITE);
            if (a == null) {
                throw new NotFoundException("ledger.account.notFound");
            }
            em.refresh(a, LockModeType.PESSIMISTIC_WRITE);
            locked.add(a);
        }
        // Holding the locks, look again with a locking read (the latest committed rows, not this
        // transaction's snapshot): a concurrent call with the same key posts to the same accounts, so
        // it has committed by now if it came first.
        Optional<JournalEntry> raced = em.createQuery("select e from JournalEntry e where e.idempotencyKey = :k",
                JournalEntry.class).setParameter("k", key).setLockMode(LockModeType.PESSIMISTIC_READ)
                .getResultStream().findFirst();
        if (raced.isPresent()) {
            return raced.get();
        }
        for (int i = 0; i < ordered.size(); i++) {
            LedgerAccount a = locked.get(i);
            a.apply(ordered.get(i).amount());
            if (a.getKind() == AccountKind.FUND && a.getBalance().isNegative()) {
                throw new ConflictException("fund.insufficient");
            }
        }
        JournalEntry e = new JournalEntry(key, kind, memo, source, reverses, postings, CallContext.actor(), Instant.now());
        em.persist(e);
        em.flush();
        return e;
    }

    /** The reversal of an entry (once: a second reversal returns the first); it mirrors the postings. */
    public JournalEntry reverse(long entryId, String memo) {
        JournalEntry original = data.tenant().find(JournalEntry.class, entryId);
        if (original == null) {
            throw new NotFoundException("ledger.entry.notFound");
        }
        if (original.getKind() == EntryKind.REVERSAL) {
            throw new ConflictException("ledger.entry.isReversal");
        }
        return post("REVERSAL:" + entryId, EntryKind.REVERSAL, memo, original.getSource(), entryId,
                original.mirrored().stream().map(p -> new Line(p.getAccountId(), p.getAmount())).toList());
    }

    /**
     * The balances the journal gives (sum of postings per account), to compare with the stored
     * projection: account id → balance.
     */
    public Map<Long, Money> balancesFromJournal() {
        Map<Long, Money> out = new HashMap<>();
        for (Object[] row : data.tenant().createQuery("select p.accountId, sum(p.amount) from JournalEntry e"
                + " join e.postings p group by p.accountId", Object[].class).getResultList()) {
            out.put(((Number) row[0]).longValue(), money(row[1]));
        }
        return out;
    }

    /** A SQL sum of a money column, as EclipseLink returns it (converted to Money or not; null: zero). */
    public static Money money(Object sum) {
        if (sum == null) {
            return Money.ZERO;
        }
        return sum instanceof Money m ? m : Money.of(new java.math.BigDecimal(sum.toString()));
    }
}
