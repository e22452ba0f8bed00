package org.carebridge.funding.ledger.entity;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.PreRemove;
import jakarta.persistence.PreUpdate;
import jakarta.persistence.Table;
import org.carebridge.core.error.ValidationException;
import org.carebridge.core.persistence.TenantOwned;
import org.carebridge.core.value.Money;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * One movement of money: postings that sum to zero, a key unique in the tenant (the same request
 * never posts twice), who and when. Never changed or removed — the entity refuses both; a mistake
 * is corrected by a {@link EntryKind#REVERSAL} that names the entry and mirrors its postings.
 */
@Entity
@Table(name = "cb_journal_entry")
public class JournalEntry extends TenantOwned {

    public static final int KEY_LENGTH = 120;

    @Column(name = "idempotency_key", nullable = false, length = KEY_LENGTH, updatable = false)
    private String idempotencyKey;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 12, updatable = false)
    private EntryKind kind;

    @Column(nullable = false, length = 500, updatable = false)
    private String memo;

    @Column(length = 60, updatable = false)
    private String source;

    @Column(name = "reverses_id", updatable = false)
    private Long reversesId;

    @Column(name = "created_by", nullable = false, length = 80, updatable = false)
    private String createdBy;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "cb_posting", joinColumns = @JoinColumn(name = "entry_id"))
    @OrderColumn(name = "position")
    private List<Posting> postings = new ArrayList<>();

    protected JournalEntry() {
    }

    /**
     * A balanced entry: at least two postings, none zero, each account once, summing to zero; a key
     * of at most 120 characters.
     */
    public JournalEntry(String idempotencyKey, EntryKind kind, String memo, String source, Long reversesId,
                        List<Posting> postings, String createdBy, Instant createdAt) {
        if (idempotencyKey == null || idempotencyKey.isBlank() || idempotencyKey.length() > KEY_LENGTH) {
            throw new ValidationException("ledger.key.invalid");
        }
        check(postings);
        this.idempotencyKey = idempotencyKey;
        this.kind = kind;
        this.memo = memo == null || memo.isBlank() ? kind.name() : memo.strip().length() > 500
                ? memo.strip().substring(0, 500) : memo.strip();
        this.source = source;
        this.reversesId = reversesId;
        this.postings = new ArrayList<>(postings);
        this.createdBy = createdBy;
        this.createdAt = createdAt;
    }

    /** The rule every entry obeys (also used by the rebuild check). */
    public static void check(List<Posting> postings) {
        if (postings == null || postings.size() < 2) {
            throw new ValidationException("ledger.entry.unbalanced");
        }
        Money sum = Money.ZERO;
        Set<Long> accounts = new HashSet<>();
        for (Posting p : postings) {
            if (p == null || p.getAmount() == null || p.getAmount().isZero() || !accounts.add(p.getAccountId())) {
                throw new ValidationException("ledger.entry.unbalanced");
            }
            sum = sum.plus(p.getAmount());
        }
        if (!sum.isZero()) {
            throw new ValidationException("ledger.entry.unbalanced");
        }
    }

    /** The mirror of this entry's postings, for its reversal. */
    public List<Posting> mirrored() {
        return postings.stream().map(p -> new Posting(p.getAccountId(), p.getAmount().negate())).toList();
    }

    @PreUpdate
    @PreRemove
    public void immutable() {
        throw new IllegalStateException("journal entries are immutable; post a reversal instead");
    }

    public String getIdempotencyKey() {
        return idempotencyKey;
    }

    public EntryKind getKind() {
        return kind;
    }

    public String getMemo() {
        return memo;
    }

    public String getSource() {
        return source;
    }

    public Long getReversesId() {
        return reversesId;
    }

    public String getCreatedBy() {
        return createdBy;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public List<Posting> getPostings() {
        return List.copyOf(postings);
    }
}
