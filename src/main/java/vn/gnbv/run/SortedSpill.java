package vn.gnbv.run;

import vn.gnbv.input.WorkFailure;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.Closeable;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.PriorityQueue;

/**
 * Records in one total order without holding them all: up to a limit they stay in memory; beyond
 * it, sorted runs are written to temporary files and merged when read. Output sorted this way is
 * the same whatever the batches' order, threads or sizes.
 */
public final class SortedSpill<T> implements Closeable {
    /** Records kept in memory before a run is spilled; -Dgnbv.spillRecords overrides it. */
    static final int LIMIT = Integer.getInteger("gnbv.spillRecords", 100_000);

    private final Comparator<T> order;
    private final Codec<T> codec;
    private final int limit;
    private final List<Path> runs = new ArrayList<>();
    private List<T> buffer = new ArrayList<>();
    private long size;

    public SortedSpill(Comparator<T> order, Codec<T> codec) {
        this(order, codec, LIMIT);
    }

    SortedSpill(Comparator<T> order, Codec<T> codec, int limit) {
        this.order = order;
        this.codec = codec;
        this.limit = limit;
    }

    public synchronized void add(T t) {
        buffer.add(t);
        size++;
        if (buffer.size() >= limit) spill();
    }

    public synchronized void addAll(List<T> ts) {
        for (T t : ts) add(t);
    }

    public synchronized long size() {
        return size;
    }

    /** Forget everything (the households are read again). */
    public synchronized void clear() {
        buffer = new ArrayList<>();
        size = 0;
        deleteRuns();
    }

    private void spill() {
        buffer.sort(order);
        try {
            Path f = Files.createTempFile("gnbv-spill-", ".bin");
            f.toFile().deleteOnExit();
            try (DataOutputStream out = new DataOutputStream(new BufferedOutputStream(Files.newOutputStream(f), 1 << 16))) {
                for (T t : buffer) codec.write(out, t);
            }
            runs.add(f);
        } catch (IOException e) {
            throw WorkFailure.temporaryFile(e);
        }
        buffer = new ArrayList<>();
    }

    /** Every record in order; read once. */
    public synchronized Iterator<T> iterator() {
        buffer.sort(order);
        if (runs.isEmpty()) return List.copyOf(buffer).iterator();
        List<Iterator<T>> sources = new ArrayList<>();
        sources.add(buffer.iterator());
        for (Path f : runs) sources.add(new RunReader(f));
        return new Merge(sources);
    }

    @Override
    public synchronized void close() {
        deleteRuns();
    }

    private void deleteRuns() {
        for (Path f : runs) {
            try {
                Files.deleteIfExists(f);
            } catch (IOException ignored) {
                // a temporary file left behind is removed at exit
            }
        }
        runs.clear();
    }

    private final class RunReader implements Iterator<T> {
        private final DataInputStream in;
        private T next;

        RunReader(Path f) {
            try {
                in = new DataInputStream(new BufferedInputStream(Files.newInputStream(f), 1 << 16));
            } catch (IOException e) {
                throw WorkFailure.temporaryFile(e);
            }
            advance();
        }

        private void advance() {
            try {
                next = codec.read(in);
            } catch (EOFException e) {
                next = null;
                try {
                    in.close();
                } catch (IOException ignored) {
                    // reading is over
                }
            } catch (IOException e) {
                throw WorkFailure.temporaryFile(e);
            }
        }

        public boolean hasNext() {
            return next != null;
        }

        public T next() {
            if (next == null) throw new NoSuchElementException();
            T t = next;
            advance();
            return t;
        }
    }

    private final class Merge implements Iterator<T> {
        private record Head<T>(T value, Iterator<T> from) {}

        private final PriorityQueue<Head<T>> heads;

        Merge(List<Iterator<T>> sources) {
            heads = new PriorityQueue<>(Math.max(1, sources.size()), (a, b) -> order.compare(a.value(), b.value()));
            for (Iterator<T> s : sources) if (s.hasNext()) heads.add(new Head<>(s.next(), s));
        }

        public boolean hasNext() {
            return !heads.isEmpty();
        }

        public T next() {
            Head<T> h = heads.poll();
            if (h == null) throw new NoSuchElementException();
            if (h.from().hasNext()) heads.add(new Head<>(h.from().next(), h.from()));
            return h.value();
        }
    }
}
