package vn.gnbv.bench;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.dataformat.csv.CsvFactory;
import com.fasterxml.jackson.dataformat.csv.CsvGenerator;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.SpreadsheetVersion;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import vn.gnbv.facts.Household;
import vn.gnbv.facts.Member;
import vn.gnbv.facts.RosterColumn;
import vn.gnbv.facts.RosterColumns;

import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * A generated roster as people keep one: one row per member under the Vietnamese headers, the
 * household's columns repeated on each of its rows (as the survey software exports them), words as
 * people write them ("Nữ", "Tự làm", "có"), days as date cells (dd/mm/yyyy in CSV). The workbook is
 * written with POI's streaming SXSSFWorkbook (a window of rows in memory, the rest on disk); the
 * places and the date go to a case file beside it ({@link #caseFile}), since a roster has none.
 */
final class SheetRoster {
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    /** The fields the generator fills, in the order of columns.yaml. */
    private static final Map<String, Function<Household, Object>> HOUSEHOLD = new java.util.LinkedHashMap<>();
    private static final Map<String, Function<Member, Object>> MEMBER = new java.util.LinkedHashMap<>();

    static {
        HOUSEHOLD.put("id", Household::id);
        HOUSEHOLD.put("commune", Household::commune);
        HOUSEHOLD.put("incomePerCapita", Household::incomePerCapita);
        HOUSEHOLD.put("deprivations", Household::deprivations);
        HOUSEHOLD.put("recordedStatus", Household::recordedStatus);
        HOUSEHOLD.put("agricultural", Household::agricultural);
        HOUSEHOLD.put("dwelling.durable", h -> h.dwelling() == null ? null : h.dwelling().durable());
        HOUSEHOLD.put("dwelling.floorArea", h -> h.dwelling() == null ? null : h.dwelling().floorArea());
        HOUSEHOLD.put("cleanWater", Household::cleanWater);
        HOUSEHOLD.put("hygienicLatrine", Household::hygienicLatrine);
        HOUSEHOLD.put("internet", Household::internet);
        HOUSEHOLD.put("informationAssets", Household::informationAssets);
        MEMBER.put("id", Member::id);
        MEMBER.put("birthDate", Member::birthDate);
        MEMBER.put("sex", Member::sex);
        MEMBER.put("ethnicMinority", Member::ethnicMinority);
        MEMBER.put("work", Member::work);
        MEMBER.put("education", Member::education);
        MEMBER.put("inTraining", Member::inTraining);
        MEMBER.put("attendingSchool", Member::attendingSchool);
        MEMBER.put("malnourished", Member::malnourished);
        MEMBER.put("severeDisability", Member::severeDisability);
        MEMBER.put("student", m -> Boolean.TRUE.equals(m.student()) ? Boolean.TRUE : null); // as the JSON roster: only when true
        MEMBER.put("insured", Member::insured);
        MEMBER.put("card.group", m -> m.card() == null ? null : m.card().group());
        MEMBER.put("card.supportPercent", m -> m.card() == null ? null : m.card().supportPercent());
        MEMBER.put("card.from", m -> m.card() == null ? null : m.card().from());
        MEMBER.put("card.to", m -> m.card() == null ? null : m.card().to());
    }

    private SheetRoster() {}

    /** The case file written beside a roster: roster.xlsx → roster-case.yaml. */
    static Path caseFile(Path roster) {
        String n = roster.getFileName().toString();
        int dot = n.lastIndexOf('.');
        return roster.resolveSibling((dot < 0 ? n : n.substring(0, dot)) + "-case.yaml");
    }

    static RosterGenerator.Out open(Path file, String format, RosterGenerator.Places places) throws IOException {
        writeCase(caseFile(file), places);
        RosterColumns known = RosterColumns.standard();
        List<RosterColumn> columns = new ArrayList<>();
        for (RosterColumn c : known.primary()) if ((c.member() ? MEMBER : HOUSEHOLD).containsKey(c.key())) columns.add(c);
        return format.equals("csv") ? csv(file, columns) : xlsx(file, columns);
    }

    private static void writeCase(Path file, RosterGenerator.Places p) throws IOException {
        try (JsonGenerator g = new YAMLFactory().createGenerator(Files.newBufferedWriter(file, StandardCharsets.UTF_8))) {
            g.writeStartObject();
            g.writeStringField("asOf", p.asOf().toString());
            g.writeStringField("province", p.province());
            RosterGenerator.writePlaces(g, p);
            g.writeEndObject();
        }
    }

    /** The cells of a household's rows, one row per member, in the columns' order. */
    private static List<List<Object>> rows(Household h, List<RosterColumn> columns) {
        List<List<Object>> out = new ArrayList<>();
        for (Member m : h.members()) {
            List<Object> row = new ArrayList<>(columns.size());
            for (RosterColumn c : columns) {
                Object v = c.member() ? MEMBER.get(c.key()).apply(m) : HOUSEHOLD.get(c.key()).apply(h);
                row.add(written(c, v));
            }
            out.add(row);
        }
        return out;
    }

    /** A value as a person writes it in the column: the word's first name, có/không, a list joined by "; ". */
    private static Object written(RosterColumn c, Object v) {
        if (v == null) return null;
        if (v instanceof Boolean b) return b ? "có" : "không";
        if (v instanceof List<?> l) {
            if (l.isEmpty()) return "không";
            List<String> names = new ArrayList<>();
            for (Object o : l) names.add(name(c, o.toString()));
            return String.join("; ", names);
        }
        if (v instanceof String s && !c.values().isEmpty()) return name(c, s);
        return v;
    }

    private static String name(RosterColumn c, String word) {
        List<String> labels = c.values().get(word);
        return labels == null || labels.isEmpty() ? word : labels.get(0);
    }

    private static RosterGenerator.Out xlsx(Path file, List<RosterColumn> columns) throws IOException {
        // texts in the shared-strings table, as Excel saves them (SXSSF writes them inline by default)
        SXSSFWorkbook wb = new SXSSFWorkbook(new org.apache.poi.xssf.usermodel.XSSFWorkbook(), 200, true, true);
        CellStyle date = wb.createCellStyle();
        date.setDataFormat(wb.createDataFormat().getFormat("dd/mm/yyyy"));
        return new RosterGenerator.Out() {
            Sheet sheet;
            int next;

            /** A sheet with the header: "Danh sách hộ", then "(2)", ... when Excel's rows of a sheet run out. */
            void newSheet() {
                int n = wb.getNumberOfSheets();
                sheet = wb.createSheet(n == 0 ? "Danh sách hộ" : "Danh sách hộ (" + (n + 1) + ")");
                Row header = sheet.createRow(0);
                for (int i = 0; i < columns.size(); i++) header.createCell(i).setCellValue(columns.get(i).title());
                next = 1;
            }

            public void household(Household h) {
                List<List<Object>> rows = rows(h, columns);
                // a household's rows stay together on one sheet (1,048,576 rows a sheet)
                if (sheet == null || next + rows.size() > SpreadsheetVersion.EXCEL2007.getMaxRows()) newSheet();
                for (List<Object> cells : rows) {
                    Row row = sheet.createRow(next++);
                    for (int i = 0; i < cells.size(); i++) {
                        Object v = cells.get(i);
                        if (v == null) continue;
                        var cell = row.createCell(i);
                        if (v instanceof LocalDate d) {
                            cell.setCellValue(d);
                            cell.setCellStyle(date);
                        } else if (v instanceof Long l) {
                            cell.setCellValue(l);
                        } else if (v instanceof BigDecimal d) {
                            cell.setCellValue(d.doubleValue());
                        } else {
                            cell.setCellValue(v.toString());
                        }
                    }
                }
            }

            public void close() throws IOException {
                if (sheet == null) newSheet(); // no household: the header alone
                try (OutputStream out = Files.newOutputStream(file)) {
                    wb.write(out);
                } finally {
                    wb.close(); // also removes the temporary files of the rows written
                }
            }
        };
    }

    private static RosterGenerator.Out csv(Path file, List<RosterColumn> columns) throws IOException {
        Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
        w.write('\ufeff'); // as Excel writes "CSV UTF-8"
        CsvGenerator g = new CsvFactory().createGenerator(w);
        g.setSchema(CsvSchema.emptySchema());
        g.writeStartArray();
        for (RosterColumn c : columns) g.writeString(c.title());
        g.writeEndArray();
        return new RosterGenerator.Out() {
            public void household(Household h) throws IOException {
                for (List<Object> cells : rows(h, columns)) {
                    g.writeStartArray();
                    for (Object v : cells) g.writeString(v == null ? "" : v instanceof LocalDate d ? DAY.format(d) : v.toString());
                    g.writeEndArray();
                }
            }

            public void close() throws IOException {
                g.close();
            }
        };
    }
}
