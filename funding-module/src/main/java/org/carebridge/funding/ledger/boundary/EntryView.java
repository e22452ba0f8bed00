package org.carebridge.funding.ledger.boundary;

import org.carebridge.funding.ledger.entity.EntryKind;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/** A journal entry with its postings (debits positive) named by account. */
public record EntryView(long id, String idempotencyKey, EntryKind kind, String memo, String source, Long reversesId,
                        String createdBy, Instant createdAt, List<Line> postings) {

    /** One posting. */
    public record Line(long accountId, String accountCode, String accountName, BigDecimal amount) {
    }
}
