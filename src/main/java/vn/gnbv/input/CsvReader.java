package vn.gnbv.input;

import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.dataformat.csv.CsvFactory;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Streams a CSV file row by row with Jackson's CSV parser: UTF-8, with or without the byte-order
 * mark Excel writes. The separator is the one the first line uses most — a comma, or the semicolon
 * (or tab) Excel writes where the comma is the decimal mark, as in Vietnamese settings — unless
 * the file starts with Excel's "sep=;" line. A cell is located by its line and its field's number.
 */
public final class CsvReader {
    private static final CsvFactory CSV = new CsvFactory();

    private CsvReader() {}

    /** The first lines of a table file, at most n (none when it cannot be read as text). */
    public static List<String> firstLines(Path file, int n) {
        List<String> out = new ArrayList<>();
        try (BufferedReader in = new BufferedReader(Encoding.openTable(file))) {
            for (String line; out.size() < n && (line = in.readLine()) != null; ) out.add(line);
        } catch (IOException | RuntimeException e) {
            return List.of();
        }
        return out;
    }

    /** The cells of a line, split by the separator it uses (the one Excel's settings chose). */
    public static List<String> split(String line) {
        return List.of(line.split(java.util.regex.Pattern.quote(String.valueOf(separator(line))), -1));
    }

    /** Lines read to choose the separator: a header's, below a form's title lines (RosterRows' 20). */
    private static final int HEAD_LINES = 21;

    /**
     * The separator of the line that has the most of one (the header, with a field per column; a
     * title line above it has few or none: "DANH SÁCH HỘ, XÃ TRÀ MAI" one comma).
     */
    static char separator(List<String> lines) {
        char best = ',';
        int most = -1;
        for (String line : lines) {
            char c = separator(line);
            int n = count(line, c);
            if (n > most) {
                most = n;
                best = c;
            }
        }
        return best;
    }

    private static int count(String line, char separator) {
        int n = 0;
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c == '"') quoted = !quoted;
            else if (!quoted && c == separator) n++;
        }
        return n;
    }

    public static void read(Path file, String shown, TableHandler handler) throws IOException {
        try (BufferedReader in = new BufferedReader(Encoding.openTable(file), 1 << 16)) {
            in.mark(1 << 16);
            String first = in.readLine();
            int skipped = 0;
            char separator;
            if (first != null && first.startsWith("sep=") && first.length() == 5) {
                separator = first.charAt(4);
                skipped = 1;
            } else {
                // the separator of the lines a header may stand on, title lines above it included
                List<String> lines = new ArrayList<>();
                int chars = 0;
                for (String line = first; line != null && lines.size() < HEAD_LINES && (chars += line.length() + 2) < 1 << 15;
                     line = in.readLine()) {
                    lines.add(line);
                }
                separator = separator(lines);
                in.reset();
            }
            if (!handler.start(null, shown)) return;
            CsvSchema schema = CsvSchema.emptySchema().withColumnSeparator(separator);
            try (CsvParser p = CSV.createParser(in)) {
                p.setSchema(schema);
                p.enable(CsvParser.Feature.WRAP_AS_ARRAY);
                List<Cell> cells = new ArrayList<>();
                int depth = 0, row = 0, column = 0;
                // the records come as an array (the file) of arrays (the rows)
                for (JsonToken t = p.nextToken(); t != null; t = p.nextToken()) {
                    if (t == JsonToken.START_ARRAY && ++depth == 2) {
                        row = 0;
                        column = 0;
                        cells.clear();
                    } else if (t == JsonToken.VALUE_STRING) {
                        column++;
                        if (row == 0) row = p.currentTokenLocation().getLineNr() + skipped;
                        String text = CellText.visible(p.getText());
                        if (!text.isBlank()) cells.add(new Cell(column, Cell.Kind.TEXT, text));
                    } else if (t == JsonToken.END_ARRAY && depth-- == 2 && !cells.isEmpty()) {
                        handler.row(row, cells);
                    }
                }
            }
            handler.end();
        }
    }

    /** The separator the header line uses most, outside quotes: ',' ';' or tab. */
    static char separator(String line) {
        int comma = 0, semicolon = 0, tab = 0;
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c == '"') quoted = !quoted;
            else if (!quoted && c == ',') comma++;
            else if (!quoted && c == ';') semicolon++;
            else if (!quoted && c == '\t') tab++;
        }
        if (semicolon > comma && semicolon >= tab) return ';';
        if (tab > comma) return '\t';
        return ',';
    }
}
