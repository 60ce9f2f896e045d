package vn.gnbv.input;

import org.codehaus.stax2.XMLStreamReader2;
import org.codehaus.stax2.typed.TypedValueDecoder;

import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The rows of one sheet's XML (SpreadsheetML: row, c with its r, t and s, v, is/t), pulled element
 * by element and handed on as cells: a shared text by its index and a stored number with its style
 * (both made cells on the rows' thread, {@link SheetCell}), an inline text with Excel's _xHHHH_
 * escapes decoded, a formula's stored result, TRUE/FALSE, or an Excel error (#N/A). A formula with
 * no stored result (f without v: Excel computes it on opening, this reader does not) is a cell of
 * its own kind, never an empty one. Phonetic runs (rPh) are not part of the text. Element names are
 * taken without a namespace prefix.
 */
final class SheetRows {
    private static final Pattern ESCAPE = Pattern.compile("_x([0-9A-Fa-f]{4})_");

    private final RowsAhead handler;
    private final List<Object> cells = new ArrayList<>();
    private final StringBuilder text = new StringBuilder();
    private final StringBuilder formula = new StringBuilder();
    private int row, nextRow = 1, column, style;
    private String type;
    private boolean inText, inInline, inPhonetic, hasValue, inFormula, hasFormula;

    SheetRows(RowsAhead handler) {
        this.handler = handler;
    }

    /** Reads the sheet to its end. */
    void read(XMLStreamReader2 x) throws XMLStreamException {
        while (x.hasNext()) {
            switch (x.next()) {
                case XMLStreamConstants.START_ELEMENT -> start(x);
                case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA, XMLStreamConstants.SPACE -> {
                    if (inText) text.append(x.getTextCharacters(), x.getTextStart(), x.getTextLength());
                    else if (inFormula) formula.append(x.getTextCharacters(), x.getTextStart(), x.getTextLength());
                }
                case XMLStreamConstants.END_ELEMENT -> end(x.getLocalName());
                default -> { }
            }
        }
    }

    private void start(XMLStreamReader2 x) throws XMLStreamException {
        switch (x.getLocalName()) {
            case "row" -> {
                String r = x.getAttributeValue(null, "r");
                row = r != null ? Integer.parseInt(r) : nextRow;
                cells.clear();
                column = 0;
            }
            case "c" -> {
                int col = -1, st = 0;
                type = null;
                for (int i = 0, n = x.getAttributeCount(); i < n; i++) {
                    String q = x.getAttributeLocalName(i);
                    if (q.length() != 1) continue;
                    switch (q.charAt(0)) {
                        case 'r' -> col = column(x, i);
                        case 's' -> st = style(x, i);
                        case 't' -> type = x.getAttributeValue(i);
                        default -> { }
                    }
                }
                column = col >= 0 ? col : column + 1;
                style = st;
                text.setLength(0);
                hasValue = false;
                hasFormula = false;
            }
            case "f" -> {
                inFormula = hasFormula = true;
                formula.setLength(0);
            }
            case "v" -> {
                inText = true;
                text.setLength(0);
            }
            case "is" -> inInline = true;
            case "rPh" -> inPhonetic = true;
            case "t" -> inText = inInline && !inPhonetic;
            default -> { }
        }
    }

    private void end(String name) {
        switch (name) {
            case "v", "t" -> {
                if (inText) hasValue = true;
                inText = false;
            }
            case "rPh" -> inPhonetic = false;
            case "is" -> inInline = false;
            case "f" -> inFormula = false;
            case "c" -> {
                if (hasValue) cell();
                else if (hasFormula) cells.add(new Cell(column, Cell.Kind.UNCOMPUTED, formula.toString().strip()));
            }
            case "row" -> {
                if (!cells.isEmpty()) handler.sheetRow(row, cells);
                nextRow = row + 1;
            }
            default -> { }
        }
    }

    /** The cell just read: a shared text or a stored number left for the rows' thread to make ({@link SheetCell}). */
    private void cell() {
        Object c;
        if (type == null || type.equals("n")) {
            String v = text.toString().strip();
            if (v.isEmpty()) return;
            c = SheetCell.number(column, style, v);
        } else if (type.equals("s")) {
            c = SheetCell.shared(column, index());
        } else {
            String v = text.toString();
            Cell made = switch (type) {
                case "inlineStr" -> new Cell(column, Cell.Kind.TEXT, CellText.visible(unescape(v)));
                case "b" -> new Cell(column, Cell.Kind.TEXT, v.strip().equals("1") ? "TRUE" : "FALSE");
                case "e" -> new Cell(column, Cell.Kind.ERROR, v.strip());
                case "d" -> new Cell(column, Cell.Kind.DATE, v.strip().length() >= 10 ? v.strip().substring(0, 10) : v.strip());
                default -> new Cell(column, Cell.Kind.TEXT, CellText.visible(v)); // "str": a formula's text
            };
            if (made.kind() == Cell.Kind.TEXT && made.text().isBlank()) return;
            c = made;
        }
        cells.add(c);
    }

    /** The shared text's index, read from the value without making a string of it. */
    private int index() {
        int i = 0;
        for (int k = 0; k < text.length(); k++) {
            char ch = text.charAt(k);
            if (ch >= '0' && ch <= '9') i = i * 10 + (ch - '0');
            else if (!Character.isWhitespace(ch)) throw new NumberFormatException("shared string index " + text);
        }
        return i;
    }

    /** Excel writes characters XML cannot hold as _xHHHH_ (a line break in a cell is _x000D_ before \n). */
    static String unescape(String v) {
        if (v.indexOf("_x") < 0) return v;
        Matcher m = ESCAPE.matcher(v);
        StringBuilder out = new StringBuilder();
        while (m.find()) m.appendReplacement(out, Matcher.quoteReplacement(String.valueOf((char) Integer.parseInt(m.group(1), 16))));
        m.appendTail(out);
        return out.toString();
    }

    /** The column of a cell's reference (r="AB12" → 28), decoded from the parser's own characters. */
    private int column(XMLStreamReader2 x, int i) throws XMLStreamException {
        x.getAttributeAs(i, columnDecoder);
        return columnDecoder.column;
    }

    /** A cell's style index (s="3"), as a number straight from the parser. */
    private static int style(XMLStreamReader2 x, int i) throws XMLStreamException {
        return x.getAttributeAsInt(i);
    }

    private final ColumnDecoder columnDecoder = new ColumnDecoder();

    /**
     * The letters of a cell reference as a column number ("AB12" → 28), read by the parser's typed
     * access from its own buffer: no string made for each of a province's cells.
     */
    private static final class ColumnDecoder extends TypedValueDecoder {
        int column;

        @Override
        public void decode(String lexical) {
            decode(lexical.toCharArray(), 0, lexical.length());
        }

        @Override
        public void decode(char[] buf, int start, int end) {
            int c = 0;
            for (int k = start; k < end; k++) {
                char ch = buf[k];
                if (ch < 'A' || ch > 'Z') break;
                c = c * 26 + (ch - 'A' + 1);
            }
            column = c;
        }

        @Override
        public void handleEmptyValue() {
            column = 0;
        }
    }
}
