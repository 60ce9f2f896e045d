package vn.gnbv.facts;

import vn.gnbv.input.Cell;
import vn.gnbv.input.CsvReader;
import vn.gnbv.input.Errors;
import vn.gnbv.input.TableException;
import vn.gnbv.input.TreeReader;
import vn.gnbv.input.OdsReader;
import vn.gnbv.input.TableFiles;
import vn.gnbv.input.WorkbookReader;
import vn.gnbv.input.XlsReader;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * A household roster in a workbook (.xlsx, .xls or .ods, every sheet but the template's explanation) or a CSV
 * file: one row per member, columns as gnbv/columns.yaml names them. Streamed: a household at a
 * time goes to the reader, bound by the same shape as YAML households, so the same checks apply
 * and every error is located at its cell ("roster.xlsx!Sheet:C12", "roster.csv:12:3").
 */
public final class RosterDocument implements FactsDocument {
    private final Path path;
    private final String name;

    private RosterDocument(Path path) {
        this.path = path;
        this.name = path.toString();
    }

    public static RosterDocument file(Path path) {
        return new RosterDocument(path);
    }

    /** Whether a file is a roster table by its name: .xlsx (or .xlsm, with macros), .xls (Excel 97-2003), .ods or .csv. */
    public static boolean isRoster(Path p) {
        return TableFiles.isTable(p.getFileName().toString()) || isTextTable(p);
    }

    /**
     * A text file (.txt, .tsv) with a line naming a roster's columns where a header may stand (below a title): a sheet Excel saved as
     * "Text (Tab delimited)" or "Unicode Text". Read as a CSV file; any other text file is no roster.
     */
    static boolean isTextTable(Path p) {
        String n = p.getFileName().toString();
        if (!TableFiles.isDelimited(n) || TableFiles.isTable(n)) return false;
        for (String line : CsvReader.firstLines(p, RosterRows.HEADER_SEARCH + 1)) {
            List<Cell> cells = new java.util.ArrayList<>();
            int column = 0;
            for (String text : CsvReader.split(line)) cells.add(new Cell(++column, Cell.Kind.TEXT, text.strip()));
            if (RosterHeader.looksLikeHeader(cells, RosterColumns.standard())) return true;
        }
        return false;
    }

    /** What a spreadsheet gnbv does not read is ("Excel Binary (.xlsb)"), or null for any other file. */
    public static String unreadTable(Path p) {
        return TableFiles.unread(p.getFileName().toString());
    }

    public String name() {
        return name;
    }

    public void read(FactsVisitor v, Errors errors) {
        if (!v.wants(Sections.HOUSEHOLDS)) return;
        RosterRows rows = new RosterRows(RosterColumns.standard(), v);
        try {
            String n = name.toLowerCase(Locale.ROOT);
            if (TableFiles.isDelimited(n)) CsvReader.read(path, name, rows);
            else if (n.endsWith(".xls")) {
                rows.oldFormat();
                XlsReader.read(path, name, rows);
            } else if (n.endsWith(".ods")) OdsReader.read(path, name, rows);
            else WorkbookReader.read(path, name, rows);
            rows.finish(name);
        } catch (TableException e) {
            rows.fail(e.error(name));
        } catch (IOException e) {
            rows.fail(TreeReader.syntaxError(e, name, path));
        }
    }
}
