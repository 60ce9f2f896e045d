package vn.gnbv.input;

import org.apache.poi.EmptyFileException;
import org.apache.poi.EncryptedDocumentException;
import org.apache.poi.hssf.OldExcelFormatException;
import org.apache.poi.hssf.eventusermodel.HSSFEventFactory;
import org.apache.poi.hssf.eventusermodel.HSSFListener;
import org.apache.poi.hssf.eventusermodel.HSSFRequest;
import org.apache.poi.hssf.record.BOFRecord;
import org.apache.poi.hssf.record.BoolErrRecord;
import org.apache.poi.hssf.record.BoundSheetRecord;
import org.apache.poi.hssf.record.DateWindow1904Record;
import org.apache.poi.hssf.record.EOFRecord;
import org.apache.poi.hssf.record.ExtendedFormatRecord;
import org.apache.poi.hssf.record.FormatRecord;
import org.apache.poi.hssf.record.FormulaRecord;
import org.apache.poi.hssf.record.LabelRecord;
import org.apache.poi.hssf.record.LabelSSTRecord;
import org.apache.poi.hssf.record.MulRKRecord;
import org.apache.poi.hssf.record.NumberRecord;
import org.apache.poi.hssf.record.RKRecord;
import org.apache.poi.hssf.record.RecordFactory;
import org.apache.poi.hssf.record.SSTRecord;
import org.apache.poi.hssf.record.StringRecord;
import org.apache.poi.poifs.filesystem.FileMagic;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.FormulaError;
import org.apache.poi.util.RecordFormatException;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Streams the sheets of an old-format workbook (.xls, Excel 97-2003, BIFF8) row by row, as {@link
 * WorkbookReader} does an .xlsx: POI's event API (HSSFEventFactory) hands over the file's records
 * one at a time, so a sheet is never held, only the row being read and the workbook's distinct
 * texts. Cells keep what the workbook stored, as in an .xlsx: numbers, days (by the cell's number
 * format, 1900 or 1904 system), percentages as shown, codes with their leading zeros, TRUE/FALSE,
 * Excel's error values, a formula's stored result. A file named .xls that is an .xlsx is read as one;
 * one that is a web page (what some software exports under that name) is an error saying so.
 */
public final class XlsReader {
    private XlsReader() {}

    public static void read(Path file, String shown, TableHandler handler) throws IOException {
        if (!Files.isReadable(file)) throw new java.nio.file.AccessDeniedException(shown);
        FileMagic kind;
        try (InputStream in = FileMagic.prepareToCheckMagic(Files.newInputStream(file))) {
            kind = FileMagic.valueOf(in);
        } catch (EmptyFileException e) {
            throw new TableException("table.not-an-xls", null);
        }
        switch (kind) {
            case OOXML -> WorkbookReader.read(file, shown, handler);
            case OLE2 -> biff(file, shown, handler);
            case HTML, XML -> throw new TableException("table.xls-web-page", null);
            default -> throw new TableException("table.not-an-xls", null);
        }
    }

    private static void biff(Path file, String shown, TableHandler handler) throws IOException {
        try (POIFSFileSystem fs = new POIFSFileSystem(file.toFile(), true)) {
            Records records = new Records(shown, HandlerFailure.guard(handler));
            HSSFRequest request = new HSSFRequest();
            request.addListenerForAllRecords(records);
            new HSSFEventFactory().processWorkbookEvents(request, fs);
            records.check();
        } catch (EncryptedDocumentException e) {
            throw new TableException("table.protected", null);
        } catch (OldExcelFormatException e) {
            throw new TableException("table.xls-too-old", null);
        } catch (HandlerFailure e) {
            throw e.original();
        } catch (RecordFormatException | IllegalArgumentException | IllegalStateException | IndexOutOfBoundsException
                 | org.apache.poi.poifs.filesystem.NotOLE2FileException e) {
            throw new TableException("table.damaged", WorkbookReader.message(e));
        } catch (java.io.FileNotFoundException e) {
            // no Workbook stream in the file: an OLE2 file that is not a workbook (a Word document renamed)
            throw new TableException("table.not-an-xls", null);
        }
    }

    /** The records of a workbook, in file order: its globals (sheets, texts, formats), then each sheet. */
    private static final class Records implements HSSFListener {
        private final String shown;
        private final TableHandler handler;
        private final List<BoundSheetRecord> sheets = new ArrayList<>();
        private final List<Integer> formatOfStyle = new ArrayList<>();
        private final Map<Integer, String> formatCodes = new HashMap<>();
        private boolean date1904;
        private SSTRecord texts;
        private NumberFormats numbers;
        private BoundSheetRecord[] ordered;
        /** Substreams begun and not ended (a chart inside a sheet is one inside another). */
        private int depth;
        /** The worksheet being read (index in file order), or -1; whether its rows go to the handler. */
        private int sheet = -1, sheetsSeen;
        private boolean reading;
        private int row = -1;
        private final List<Cell> cells = new ArrayList<>();
        /** A formula whose text result follows in a StringRecord. */
        private FormulaRecord pendingText;

        Records(String shown, TableHandler handler) {
            this.shown = shown;
            this.handler = handler;
        }

        @Override
        public void processRecord(org.apache.poi.hssf.record.Record r) {
            if (r instanceof BOFRecord b) {
                depth++;
                if (depth == 1 && b.getType() != BOFRecord.TYPE_WORKBOOK) begin(b.getType() == BOFRecord.TYPE_WORKSHEET);
                return;
            }
            if (r instanceof EOFRecord) {
                if (depth-- == 1 && sheet >= 0) finish();
                return;
            }
            if (depth == 1 && sheet < 0) globals(r);
            else if (depth == 1 && reading) cell(r);
        }

        private void globals(org.apache.poi.hssf.record.Record r) {
            if (r instanceof BoundSheetRecord b) sheets.add(b);
            else if (r instanceof SSTRecord s) texts = s;
            else if (r instanceof ExtendedFormatRecord x) formatOfStyle.add((int) x.getFormatIndex());
            else if (r instanceof FormatRecord f) formatCodes.put(f.getIndexCode(), f.getFormatString());
            else if (r instanceof DateWindow1904Record d) date1904 = d.getWindowing() == 1;
        }

        /** A sheet's substream begins: a worksheet is read when the handler wants it; a chart sheet never. */
        private void begin(boolean worksheet) {
            if (ordered == null) {
                ordered = BoundSheetRecord.orderByBofPosition(sheets);
                numbers = new NumberFormats(CellStyles.of(formatOfStyle.stream().mapToInt(Integer::intValue).toArray(),
                        formatCodes, date1904));
            }
            sheet = sheetsSeen++;
            row = -1;
            BoundSheetRecord b = sheet < ordered.length ? ordered[sheet] : null;
            String name = b == null ? "Sheet" + (sheet + 1) : b.getSheetname();
            reading = worksheet && handler.start(name, shown + "!" + name, b != null && (b.isHidden() || b.isVeryHidden()));
        }

        private void finish() {
            if (reading) {
                flush();
                handler.end();
            }
            sheet = -1;
            reading = false;
        }

        private void cell(org.apache.poi.hssf.record.Record r) {
            if (pendingText != null) {
                FormulaRecord f = pendingText;
                pendingText = null;
                if (r instanceof StringRecord s) {
                    text(f.getRow(), f.getColumn(), s.getString());
                    return;
                }
            }
            if (r instanceof LabelSSTRecord l) text(l.getRow(), l.getColumn(), texts.getString(l.getSSTIndex()).getString());
            else if (r instanceof NumberRecord n) number(n);
            // Excel keeps most numbers in the compact RK forms: POI's own conversion makes them NumberRecords
            else if (r instanceof RKRecord k) number(RecordFactory.convertToNumberRecord(k));
            else if (r instanceof MulRKRecord m) {
                for (NumberRecord n : RecordFactory.convertRKRecords(m)) number(n);
            } else if (r instanceof LabelRecord l) text(l.getRow(), l.getColumn(), l.getValue());
            else if (r instanceof BoolErrRecord b) {
                if (b.isBoolean()) add(b.getRow(), new Cell(b.getColumn() + 1, Cell.Kind.TEXT, b.getBooleanValue() ? "TRUE" : "FALSE"));
                else add(b.getRow(), new Cell(b.getColumn() + 1, Cell.Kind.ERROR, FormulaError.forInt(b.getErrorValue()).getString()));
            } else if (r instanceof FormulaRecord f) formula(f);
        }

        /** A formula's stored result: a number under the cell's format, a text (in the next record), TRUE/FALSE, or an error. */
        private void formula(FormulaRecord f) {
            CellType t = f.getCachedResultTypeEnum();
            switch (t) {
                case NUMERIC -> number(f.getRow(), f.getColumn(), f.getXFIndex(), f.getValue());
                case STRING -> pendingText = f;
                case BOOLEAN -> add(f.getRow(), new Cell(f.getColumn() + 1, Cell.Kind.TEXT, f.getCachedBooleanValue() ? "TRUE" : "FALSE"));
                case ERROR -> add(f.getRow(), new Cell(f.getColumn() + 1, Cell.Kind.ERROR,
                        FormulaError.forInt(f.getCachedErrorValue()).getString()));
                default -> { } // an empty text: a blank cell
            }
        }

        private void text(int r, int column, String text) {
            if (text == null || text.isEmpty()) return;
            add(r, new Cell(column + 1, Cell.Kind.TEXT, CellText.visible(text)));
        }

        private void number(NumberRecord n) {
            number(n.getRow(), n.getColumn(), n.getXFIndex(), n.getValue());
        }

        private void number(int r, int column, int style, double value) {
            add(r, numbers.cell(column + 1, style, WorkbookReader.numberText(value)));
        }

        /** Cells come row by row (BIFF8 keeps a sheet's cells in row order): a row goes on when the next begins. */
        private void add(int r, Cell c) {
            if (r != row) {
                if (r < row) throw new IllegalArgumentException("row " + (r + 1) + " after row " + (row + 1)); // damaged
                flush();
                row = r;
            }
            cells.add(c);
        }

        private void flush() {
            if (cells.isEmpty()) return;
            cells.sort(java.util.Comparator.comparingInt(Cell::column));
            handler.row(row + 1, cells);
            cells.clear();
        }

        /** After the file: a workbook without its sheets' records is cut short. */
        void check() throws TableException {
            if (sheets.isEmpty() || depth != 0) throw new TableException("table.damaged", "");
        }
    }
}
