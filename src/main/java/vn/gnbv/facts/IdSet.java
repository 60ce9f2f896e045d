package vn.gnbv.facts;

import vn.gnbv.input.WorkFailure;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.PriorityQueue;
import java.util.Set;

/**
 * Identifiers seen, as 64-bit hashes, to find those given twice without holding a roster's
 * identifiers: appended to a buffer of at most {@link #LIMIT} hashes (32 MB), which is sorted and
 * written to a temporary file when full; at the end the sorted runs are merged and the hashes seen
 * more than once are the suspects. A suspect is only a suspect: the loader confirms it by the
 * identifiers themselves. Memory is the same at any roster size (before: an in-memory table of
 * 16-32 bytes per identifier, 128 MB at 1,000,000 households; the reader alone ran out of a 512 MB
 * heap at 5,000,000).
 */
final class IdSet {
    /**
     * Hashes kept in memory before a run is spilled; -Dgnbv.idBuffer overrides it (at least 2^20,
     * 8 MB: the country's roster, some 115 million identifiers, then makes about 110 runs, each
     * read through 64 KB when merged).
     */
    static final int LIMIT = Math.max(1 << 20, Integer.getInteger("gnbv.idBuffer", 1 << 22));

    private final int limit;
    private final List<Path> runs = new ArrayList<>();
    private long[] buffer;
    private int size;

    IdSet() {
        this(LIMIT);
    }

    IdSet(int limit) {
        this.limit = Math.max(2, limit);
        this.buffer = new long[Math.min(1 << 12, this.limit)];
    }

    void add(String kind, String id) {
        if (size == buffer.length) {
            if (size < limit) buffer = Arrays.copyOf(buffer, (int) Math.min(limit, 2L * size));
            else spill();
        }
        buffer[size++] = hash(kind, id);
    }

    /** The hashes added more than once; the runs on disk are deleted, and the set is empty again. */
    Set<Long> repeated() {
        Arrays.sort(buffer, 0, size);
        Set<Long> out = new HashSet<>();
        PriorityQueue<Run> heads = new PriorityQueue<>((a, b) -> Long.compare(a.value, b.value));
        try {
            Run memory = new Run(buffer, size);
            if (memory.advance()) heads.add(memory);
            for (Path f : runs) {
                Run r = new Run(f);
                if (r.advance()) heads.add(r);
            }
            boolean first = true;
            long previous = 0;
            while (!heads.isEmpty()) {
                Run r = heads.poll();
                if (!first && r.value == previous) out.add(r.value);
                first = false;
                previous = r.value;
                if (r.advance()) heads.add(r);
                else r.close();
            }
        } catch (IOException e) {
            throw WorkFailure.temporaryFile(e);
        } finally {
            heads.forEach(Run::close);
            clear();
        }
        return out;
    }

    void clear() {
        for (Path f : runs) {
            try {
                Files.deleteIfExists(f);
            } catch (IOException ignored) {
                // a temporary file left behind is removed at exit
            }
        }
        runs.clear();
        buffer = new long[Math.min(1 << 12, limit)];
        size = 0;
    }

    private void spill() {
        Arrays.sort(buffer, 0, size);
        try {
            Path f = Files.createTempFile("gnbv-ids-", ".bin");
            f.toFile().deleteOnExit();
            try (DataOutputStream out = new DataOutputStream(new BufferedOutputStream(Files.newOutputStream(f), 1 << 16))) {
                for (int i = 0; i < size; i++) out.writeLong(buffer[i]);
            }
            runs.add(f);
        } catch (IOException e) {
            throw WorkFailure.temporaryFile(e);
        }
        size = 0;
    }

    /** A sorted run being merged: the buffer's part in memory, or a spilled file. */
    private static final class Run {
        private final long[] values;
        private final int end;
        private final DataInputStream in;
        private int next;
        long value;

        Run(long[] values, int end) {
            this.values = values;
            this.end = end;
            this.in = null;
        }

        Run(Path f) throws IOException {
            this.values = null;
            this.end = 0;
            this.in = new DataInputStream(new BufferedInputStream(Files.newInputStream(f), 1 << 16));
        }

        boolean advance() throws IOException {
            if (in == null) {
                if (next == end) return false;
                value = values[next++];
                return true;
            }
            try {
                value = in.readLong();
                return true;
            } catch (EOFException e) {
                return false;
            }
        }

        void close() {
            if (in == null) return;
            try {
                in.close();
            } catch (IOException ignored) {
                // reading is over
            }
        }
    }

    /** FNV-1a over the kind and the id's characters, finished with a 64-bit mix. */
    static long hash(String kind, String id) {
        long h = 0xcbf29ce484222325L;
        for (int i = 0; i < kind.length(); i++) h = (h ^ kind.charAt(i)) * 0x100000001b3L;
        h = (h ^ 0xff) * 0x100000001b3L;
        for (int i = 0; i < id.length(); i++) h = (h ^ id.charAt(i)) * 0x100000001b3L;
        h ^= h >>> 33;
        h *= 0xff51afd7ed558ccdL;
        h ^= h >>> 33;
        return h;
    }
}
