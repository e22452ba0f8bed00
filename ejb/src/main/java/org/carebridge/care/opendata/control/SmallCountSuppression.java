package org.carebridge.care.opendata.control;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * The disclosure rule for grants to individuals: allowances paid to children are published only as
 * one record per district × need category × purpose × period, and a record about fewer than
 * {@link #MIN_COUNT} distinct children is dropped, not folded into another record. No totals or
 * subtotals over records are published anywhere, so a dropped record cannot be recovered by
 * subtracting published records from a published total (there is none); each payment line belongs to
 * exactly one record (the scheme's own category set, not the child's), so records never overlap.
 */
public final class SmallCountSuppression {

    /** The smallest number of distinct children a published record may describe. */
    public static final int MIN_COUNT = 10;

    private SmallCountSuppression() {
    }

    /**
     * One record before suppression.
     *
     * @param districtId the paying district (a tenant)
     * @param category   the scheme's eligible categories, sorted and joined with "+" (e.g. {@code ORPHAN})
     * @param purpose    what the scheme pays for ({@code ALLOWANCE}, {@code EDUCATION_AID} …)
     * @param period     {@code yyyy-MM} for monthly schemes, {@code yyyy} for yearly ones
     * @param children   distinct children paid in the record
     * @param amount     the total paid, CNY
     */
    public record Cell(long districtId, String category, String purpose, String period, long children,
                       BigDecimal amount) {
        public Cell {
            Objects.requireNonNull(category);
            Objects.requireNonNull(purpose);
            Objects.requireNonNull(period);
            Objects.requireNonNull(amount);
            if (children < 0) {
                throw new IllegalArgumentException("negative count");
            }
        }
    }

    /** What may be published, and how many records were held back (the number only). */
    public record Outcome(List<Cell> published, int suppressed) {
    }

    /** True when a record describes enough children to be published. */
    public static boolean publishable(long children) {
        return children >= MIN_COUNT;
    }

    /** Drops every record under the threshold; the rest keep their figures exactly, in a stable order. */
    public static Outcome apply(List<Cell> cells) {
        List<Cell> kept = new ArrayList<>();
        int dropped = 0;
        for (Cell c : cells) {
            if (publishable(c.children())) {
                kept.add(c);
            } else {
                dropped++;
            }
        }
        kept.sort(Comparator.comparingLong(Cell::districtId).thenComparing(Cell::category)
                .thenComparing(Cell::purpose).thenComparing(Cell::period));
        return new Outcome(List.copyOf(kept), dropped);
    }
}
