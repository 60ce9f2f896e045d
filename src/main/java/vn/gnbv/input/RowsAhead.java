package vn.gnbv.input;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CancellationException;

/**
 * A sheet parsed on a thread of its own while the calling thread handles its rows: unzipping and
 * parsing the XML overlap with binding the households (on two cores a 100,000-household workbook
 * reads in about three quarters of the time). The parsing thread only parses: shared texts and
 * stored numbers cross as {@link SheetCell}s and are made cells on the calling thread, which meanwhile
 * reads the shared texts (prepare). Rows cross in batches over a bounded queue, so memory stays
 * bounded whatever the sheet's size; a failure on either side stops both.
 */
final class RowsAhead {
    private static final int BATCH = 256;
    /**
     * Batches that may wait: 64 × 256 rows (some ten megabytes of cells at the most), so that the
     * sheet is parsed on while this thread reads the shared texts.
     */
    private static final int QUEUE = 64;
    private static final List<Row> END = List.of();

    private record Row(int number, Object[] cells) {}

    /** The parsing side's work: reads the sheet, handing its rows to {@link #sheetRow}. */
    interface Parse {
        void run(RowsAhead rows) throws Exception;
    }

    /** Done on the calling thread while the sheet is parsed: what turns a {@link SheetCell} into a cell. */
    interface Prepare {
        Maker run() throws Exception;
    }

    /** A {@link SheetCell} made a cell, or null when it is no cell (a blank text). */
    interface Maker {
        Cell make(SheetCell c);
    }

    private final BlockingQueue<List<Row>> queue = new ArrayBlockingQueue<>(QUEUE);
    private List<Row> batch = new ArrayList<>(BATCH);
    private volatile boolean cancelled;
    private volatile Exception failure;

    private RowsAhead() {}

    /** Runs parse on a thread of its own and hands its rows, in order and made cells, to handler on this thread. */
    static void run(Parse parse, Prepare prepare, TableHandler handler) throws Exception {
        RowsAhead ahead = new RowsAhead();
        Thread t = new Thread(() -> {
            try {
                parse.run(ahead);
            } catch (Exception e) {
                if (!ahead.cancelled) ahead.failure = e;
            } catch (Error e) {
                ahead.failure = new IllegalStateException(e);
            } finally {
                ahead.close();
            }
        }, "gnbv-sheet");
        t.setDaemon(true);
        t.start();
        try {
            Maker maker = prepare.run();
            List<Cell> cells = new ArrayList<>();
            for (List<Row> rows = ahead.queue.take(); rows != END; rows = ahead.queue.take()) {
                for (Row r : rows) {
                    cells.clear();
                    for (Object o : r.cells()) {
                        Cell c = o instanceof SheetCell raw ? maker.make(raw) : (Cell) o;
                        if (c != null) cells.add(c);
                    }
                    if (!cells.isEmpty()) handler.row(r.number(), cells);
                }
            }
        } catch (Exception | Error e) {
            ahead.cancelled = true;
            ahead.queue.clear();
            t.join();
            if (e instanceof InterruptedException) Thread.currentThread().interrupt();
            throw e;
        }
        t.join();
        if (ahead.failure != null) throw ahead.failure;
    }

    /** A row of the sheet: its number and its cells ({@link Cell}s, or {@link SheetCell}s still to make). */
    void sheetRow(int row, List<Object> cells) {
        batch.add(new Row(row, cells.toArray()));
        if (batch.size() == BATCH) send();
    }

    private void send() {
        if (cancelled) throw new CancellationException();
        put(batch);
        batch = new ArrayList<>(BATCH);
    }

    private void close() {
        if (!batch.isEmpty() && !cancelled && failure == null) put(batch);
        put(END);
    }

    private void put(List<Row> rows) {
        try {
            while (!queue.offer(rows, 100, java.util.concurrent.TimeUnit.MILLISECONDS)) {
                if (cancelled) throw new CancellationException();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CancellationException();
        }
    }
}
