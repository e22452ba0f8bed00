package org.carebridge.care.lead.control;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.carebridge.care.child.entity.ChildCategory;
import org.carebridge.care.lead.entity.Lead;
import org.carebridge.care.lead.entity.LeadSource;
import org.carebridge.core.error.BusinessException;
import org.carebridge.core.error.ValidationException;
import org.carebridge.core.value.PersonName;
import org.carebridge.core.value.RegionCode;
import org.carebridge.core.value.ResidentId;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Reads leads from another department's CSV (UTF-8, a header row). Columns, in any order, by English
 * or Chinese name: {@code name/姓名} (required), {@code resident_id/身份证号码}, {@code found_at/发现地点}
 * (required), {@code region_code/区划代码}, {@code categories/类别} (separated by ; or ；, enum names or
 * Chinese labels), {@code note/备注}. Every row is checked; the caller commits only if all pass.
 */
public final class LeadCsv {

    public static final int MAX_ROWS = 5000;
    public static final int MAX_BYTES = 2 * 1024 * 1024;

    /** The file's text: at most {@link #MAX_BYTES}, strictly UTF-8 (a leading BOM is dropped). */
    public static String decode(byte[] bytes) {
        return org.carebridge.core.value.Csv.utf8(bytes, MAX_BYTES, "lead.import.tooLarge", "lead.import.encoding");
    }

    private static final Map<String, String> HEADERS = Map.ofEntries(
            Map.entry("name", "name"), Map.entry("姓名", "name"),
            Map.entry("resident_id", "resident_id"), Map.entry("身份证号码", "resident_id"),
            Map.entry("found_at", "found_at"), Map.entry("发现地点", "found_at"),
            Map.entry("region_code", "region_code"), Map.entry("区划代码", "region_code"),
            Map.entry("categories", "categories"), Map.entry("类别", "categories"),
            Map.entry("note", "note"), Map.entry("备注", "note"));

    private static final Map<String, ChildCategory> LABELS = Map.of(
            "孤儿", ChildCategory.ORPHAN, "事实无人抚养儿童", ChildCategory.DE_FACTO_UNSUPPORTED,
            "服刑人员子女", ChildCategory.CHILD_OF_PRISONER, "重病重残儿童", ChildCategory.SEVERE_ILLNESS_DISABILITY,
            "低保家庭儿童", ChildCategory.SUBSISTENCE_HOUSEHOLD, "特困家庭儿童", ChildCategory.SUBSISTENCE_HOUSEHOLD,
            "流动儿童", ChildCategory.MIGRANT, "留守儿童", ChildCategory.LEFT_BEHIND);

    private LeadCsv() {
    }

    /** One data row: a lead ready to persist, or the reason it cannot be. */
    public record Row(long line, Lead lead, String messageKey, List<Object> arguments) {
        public boolean accepted() {
            return lead != null;
        }
    }

    public static List<Row> parse(String csv, String reportedBy) {
        if (csv == null || csv.isBlank()) {
            throw new ValidationException("lead.import.empty");
        }
        String text = csv.charAt(0) == '\uFEFF' ? csv.substring(1) : csv;
        CSVFormat format = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).setTrim(true)
                .setIgnoreEmptyLines(true).get();
        try (CSVParser parser = CSVParser.parse(new StringReader(text), format)) {
            Map<String, String> columns = columns(parser.getHeaderNames());
            List<Row> rows = new ArrayList<>();
            Set<String> idsSeen = new HashSet<>();
            for (CSVRecord r : parser) {
                if (rows.size() >= MAX_ROWS) {
                    throw new ValidationException("lead.import.tooManyRows", MAX_ROWS);
                }
                rows.add(row(r, columns, idsSeen, reportedBy));
            }
            if (rows.isEmpty()) {
                throw new ValidationException("lead.import.empty");
            }
            return rows;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (IllegalArgumentException | IllegalStateException | UncheckedIOException e) {
            throw new ValidationException("lead.import.malformed");
        }
    }

    private static Map<String, String> columns(List<String> headerNames) {
        Map<String, String> columns = new java.util.HashMap<>();
        for (String h : headerNames) {
            String canonical = HEADERS.get(h.strip().toLowerCase(Locale.ROOT));
            if (canonical != null) {
                columns.put(canonical, h);
            }
        }
        if (!columns.containsKey("name") || !columns.containsKey("found_at")) {
            throw new ValidationException("lead.import.header");
        }
        return columns;
    }

    private static Row row(CSVRecord r, Map<String, String> columns, Set<String> idsSeen, String reportedBy) {
        long line = r.getRecordNumber() + 1;
        try {
            String idText = value(r, columns, "resident_id");
            ResidentId id = idText.isEmpty() ? null : ResidentId.of(idText);
            if (id != null && !idsSeen.add(id.value())) {
                return new Row(line, null, "lead.import.duplicateInFile", List.of());
            }
            String region = value(r, columns, "region_code");
            Lead lead = new Lead(PersonName.of(value(r, columns, "name")), id, value(r, columns, "found_at"),
                    region.isEmpty() ? null : RegionCode.of(region), LeadSource.DATA_MATCHING,
                    categories(value(r, columns, "categories")), emptyToNull(value(r, columns, "note")), reportedBy);
            return new Row(line, lead, null, List.of());
        } catch (BusinessException e) {
            return new Row(line, null, e.messageKey(), List.of(e.arguments()));
        }
    }

    private static String value(CSVRecord r, Map<String, String> columns, String name) {
        String header = columns.get(name);
        return header == null || !r.isSet(header) ? "" : r.get(header).strip();
    }

    private static String emptyToNull(String s) {
        return s.isEmpty() ? null : s;
    }

    static Set<ChildCategory> categories(String text) {
        Set<ChildCategory> set = EnumSet.noneOf(ChildCategory.class);
        for (String part : text.split("[;；|]")) {
            String p = part.strip();
            if (p.isEmpty()) {
                continue;
            }
            ChildCategory c = LABELS.get(p);
            if (c == null) {
                try {
                    c = ChildCategory.valueOf(p.toUpperCase(Locale.ROOT));
                } catch (IllegalArgumentException e) {
                    throw new ValidationException("child.category.unknown", p);
                }
            }
            set.add(c);
        }
        return set;
    }
}
