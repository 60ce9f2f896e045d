package vn.gnbv.output;

import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellRangeAddressList;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import vn.gnbv.facts.RosterColumn;
import vn.gnbv.facts.RosterColumns;

import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The empty roster `gnbv template` writes: a sheet with the header row a roster is read by (bold,
 * frozen, wide enough; required columns shaded; a drop-down of the words a column takes, and date
 * columns shown dd/mm/yyyy), and a second sheet explaining each column — meaning, type, values,
 * example, whether required — in the chosen language. Headers stay the forms' Vietnamese names in
 * both languages: they are what the roster is read by.
 */
public final class TemplateWorkbook {
    /** Rows of the roster sheet given a date format and drop-downs. */
    private static final int ROWS = 2000;

    private TemplateWorkbook() {}

    public static void write(OutputStream out, String lang) throws IOException {
        RosterColumns known = RosterColumns.standard();
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            CellStyle head = headStyle(wb, false), requiredHead = headStyle(wb, true), wrap = wb.createCellStyle();
            wrap.setWrapText(true);
            wrap.setVerticalAlignment(org.apache.poi.ss.usermodel.VerticalAlignment.TOP);
            CellStyle date = wb.createCellStyle();
            date.setDataFormat(wb.createDataFormat().getFormat("dd/mm/yyyy"));
            XSSFSheet roster = wb.createSheet(known.templateText("sheet", lang));
            List<RosterColumn> columns = known.primary();
            Row header = roster.createRow(0);
            for (int i = 0; i < columns.size(); i++) {
                RosterColumn c = columns.get(i);
                var cell = header.createCell(i);
                cell.setCellValue(c.title());
                cell.setCellStyle(c.required() ? requiredHead : head);
                roster.setColumnWidth(i, width(c.title(), 12, 34));
                if (c.type().equals("date")) roster.setDefaultColumnStyle(i, date);
                dropDown(roster, i, choices(c, known, lang));
            }
            roster.createFreezePane(0, 1);
            header.setHeightInPoints(48);

            XSSFSheet explain = wb.createSheet(known.templateText("explanation", lang));
            String[] titles = {"column", "field", "meaning", "type", "values", "example", "required"};
            int[] widths = {30, 24, 60, 22, 44, 26, 18};
            Row h = explain.createRow(0);
            for (int i = 0; i < titles.length; i++) {
                var cell = h.createCell(i);
                cell.setCellValue(known.templateText(titles[i], lang));
                cell.setCellStyle(head);
                explain.setColumnWidth(i, widths[i] * 256);
            }
            explain.createFreezePane(0, 1);
            int r = 1;
            for (RosterColumn c : known.all()) {
                String required = c.alternative() ? known.templateText("instead", lang) + " '" + known.first(c).title() + "'"
                        : !c.required() ? known.templateText("no", lang)
                        : c.group() != null ? known.templateText("requiredWithCard", lang)
                        : c.or() != null ? known.templateText("requiredOr", lang) : known.templateText("yes", lang);
                r = line(explain, r, wrap, c.title(), c.path(), c.explanation().get(lang), known.typeText(c.type(), lang),
                        String.join("; ", choices(c, known, lang)), c.example(), required);
            }
            for (Map<String, String> i : known.ignored()) {
                r = line(explain, r, wrap, i.get("header"), "", i.get(lang), "", "", "", known.templateText("ignored", lang));
            }
            line(explain, r + 1, wrap, known.templateText("note", lang), "", "", "", "", "", "");
            wb.write(out);
        }
    }

    private static int line(XSSFSheet sheet, int r, CellStyle style, String... cells) {
        Row row = sheet.createRow(r);
        for (int i = 0; i < cells.length; i++) {
            var cell = row.createCell(i);
            cell.setCellValue(cells[i] == null ? "" : cells[i]);
            cell.setCellStyle(style);
        }
        return r + 1;
    }

    /** What a cell of the column may say, as people write it: the words' first names, có/không. */
    private static List<String> choices(RosterColumn c, RosterColumns known, String lang) {
        List<String> out = new ArrayList<>();
        if (c.type().equals("boolean")) {
            if (c.values().isEmpty()) return List.of("có", "không");
            for (String w : List.of("true", "false")) out.addAll(c.shownLabels(w));
            return out;
        }
        c.values().forEach((word, labels) -> out.add(labels.isEmpty() ? word : labels.get(0)));
        return out;
    }

    /** A drop-down of the choices (a hint: other writings stay allowed), when Excel's list can hold them. */
    private static void dropDown(XSSFSheet sheet, int column, List<String> choices) {
        if (choices.isEmpty() || String.join(",", choices).length() > 250 || choices.stream().anyMatch(s -> s.contains(","))) return;
        var helper = sheet.getDataValidationHelper();
        DataValidation v = helper.createValidation(helper.createExplicitListConstraint(choices.toArray(String[]::new)),
                new CellRangeAddressList(1, ROWS, column, column));
        v.setShowErrorBox(false);
        v.setSuppressDropDownArrow(true); // XSSF: true shows the arrow
        sheet.addValidationData(v);
    }

    private static int width(String title, int min, int max) {
        return Math.max(min, Math.min(max, title.length() + 2)) * 256;
    }

    private static CellStyle headStyle(XSSFWorkbook wb, boolean required) {
        CellStyle s = wb.createCellStyle();
        Font f = wb.createFont();
        f.setBold(true);
        s.setFont(f);
        s.setWrapText(true);
        s.setVerticalAlignment(org.apache.poi.ss.usermodel.VerticalAlignment.CENTER);
        s.setBorderBottom(BorderStyle.THIN);
        s.setFillForegroundColor((required ? IndexedColors.LIGHT_YELLOW : IndexedColors.GREY_25_PERCENT).getIndex());
        s.setFillPattern(FillPatternType.SOLID_FOREGROUND);
        return s;
    }
}
