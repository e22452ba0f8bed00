package org.carebridge.care.allowance.control;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.carebridge.core.error.BusinessException;
import org.carebridge.core.error.ValidationException;
import org.carebridge.core.value.Csv;
import org.carebridge.core.value.Money;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The bank's result file for a payment run (layout in docs/money.md): UTF-8 CSV with a header row
 * naming at least 付款编号 (reference), 金额 (amount) and 结果 (result: 成功 or 失败; SUCCESS/FAILED also
 * read), and optionally 说明 (the bank's reason). Rows are read, not trusted: a row that cannot be read
 * keeps the message key of why, and the reconciliation reports it as unmatched.
 */
public final class BankResultFile {

    public static final int MAX_BYTES = 5 * 1024 * 1024;
    public static final int MAX_ROWS = 50_000;

    private static final Map<String, String> HEADERS = Map.of(
            "付款编号", "reference", "reference", "reference",
            "金额", "amount", "amount", "amount",
            "结果", "result", "result", "result",
            "说明", "reason", "reason", "reason");

    private static final Set<String> SUCCESS = Set.of("成功", "success", "s", "ok");
    private static final Set<String> FAILURE = Set.of("失败", "failed", "failure", "f", "退回", "returned");

    /** One row: its number in the file (header = 1), what it says, or why it cannot be read. */
    public record Row(int rowNo, String reference, Money amount, boolean success, String reason, String problem) {
        public boolean readable() {
            return problem == null;
        }
    }

    private BankResultFile() {
    }

    public static List<Row> parse(byte[] bytes) {
        String text = Csv.utf8(bytes, MAX_BYTES, "bank.file.tooLarge", "bank.file.encoding");
        if (text.isBlank()) {
            throw new ValidationException("bank.file.empty");
        }
        CSVFormat format = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).setTrim(true)
                .setIgnoreEmptyLines(true).get();
        try (CSVParser parser = CSVParser.parse(new StringReader(text), format)) {
            Map<String, String> columns = new HashMap<>();
            for (String h : parser.getHeaderNames()) {
                String canonical = HEADERS.get(h.strip().toLowerCase(Locale.ROOT));
                if (canonical != null) {
                    columns.put(canonical, h);
                }
            }
            if (!columns.keySet().containsAll(Set.of("reference", "amount", "result"))) {
                throw new ValidationException("bank.file.header");
            }
            List<Row> rows = new ArrayList<>();
            for (CSVRecord r : parser) {
                if (rows.size() >= MAX_ROWS) {
                    throw new ValidationException("bank.file.tooManyRows", MAX_ROWS);
                }
                rows.add(row((int) r.getRecordNumber() + 1, r, columns));
            }
            if (rows.isEmpty()) {
                throw new ValidationException("bank.file.empty");
            }
            return rows;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (IllegalArgumentException | IllegalStateException | UncheckedIOException e) {
            throw new ValidationException("bank.file.malformed");
        }
    }

    private static Row row(int rowNo, CSVRecord r, Map<String, String> columns) {
        String reference = value(r, columns.get("reference"));
        String result = value(r, columns.get("result")).toLowerCase(Locale.ROOT);
        String reason = columns.containsKey("reason") ? value(r, columns.get("reason")) : "";
        if (reference.isEmpty()) {
            return new Row(rowNo, null, null, false, reason, "bank.row.noReference");
        }
        Money amount;
        try {
            amount = Money.of(value(r, columns.get("amount")));
        } catch (BusinessException e) {
            return new Row(rowNo, reference, null, false, reason, "bank.row.amount");
        }
        boolean success = SUCCESS.contains(result);
        if (!success && !FAILURE.contains(result)) {
            return new Row(rowNo, reference, amount, false, reason, "bank.row.result");
        }
        return new Row(rowNo, reference, amount, success, reason.isEmpty() ? null : reason, null);
    }

    private static String value(CSVRecord r, String column) {
        return r.isMapped(column) && r.isSet(column) ? r.get(column).strip() : "";
    }
}
