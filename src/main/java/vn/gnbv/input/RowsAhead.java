package vn.gnbv.input;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CancellationException;

/**
 * A sheet parsed on a thread of its own while the calling thread handles its rows: unzipping and
 * parsing the XML overlap with binding the households (on two cores a 100,000-household workbook
 * reads in about three quarters of the time). Rows cross in batches over a bounded queue, so memory
 * stays bounded whatever the sheet's size; a failure on either side stops both.
 */
final class RowsAhead implements TableHandler {
    private static final int BATCH = 256;
    private static final List<Row> END = List.of();

    private record Row(int number, Cell[] cells) {}

    /** The parsing side's work: reads the sheet, handing its rows to the given handler. */
    interface Parse {
        void run(TableHandler rows) throws Exception;
    }

    private final BlockingQueue<List<Row>> queue = new ArrayBlockingQueue<>(8);
    private List<Row> batch = new ArrayList<>(BATCH);
    private volatile boolean cancelled;
    private volatile Exception failure;

    private RowsAhead() {}

    /** Runs parse on a thread of its own and hands its rows, in order, to handler on this thread. */
    static void run(Parse parse, TableHandler handler) throws Exception {
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
            for (List<Row> rows = ahead.queue.take(); rows != END; rows = ahead.queue.take()) {
                for (Row r : rows) handler.row(r.number(), Arrays.asList(r.cells()));
            }
        } catch (RuntimeException | Error | InterruptedException e) {
            ahead.cancelled = true;
            ahead.queue.clear();
            t.join();
            if (e instanceof InterruptedException) Thread.currentThread().interrupt();
            throw e;
        }
        t.join();
        if (ahead.failure != null) throw ahead.failure;
    }

    @Override
    public boolean start(String sheet, String where) {
        return true;
    }

    @Override
    public void row(int row, List<Cell> cells) {
        batch.add(new Row(row, cells.toArray(Cell[]::new)));
        if (batch.size() == BATCH) send();
    }

    @Override
    public void end() {}

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
