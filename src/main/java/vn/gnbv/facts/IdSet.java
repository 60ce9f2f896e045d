package vn.gnbv.facts;

/**
 * Identifiers seen so far, as 64-bit hashes in an open-addressing table: about 16 bytes per
 * household or member, so a province's roster is checked for duplicates without holding its
 * identifiers. A hit is only a suspect; the loader confirms it by the identifiers themselves.
 */
final class IdSet {
    private long[] table = new long[1 << 12];
    private int size;

    /** Adds the id; false when its hash was there already (most likely the same id). */
    boolean add(String kind, String id) {
        long h = hash(kind, id);
        int mask = table.length - 1;
        int i = (int) (h ^ (h >>> 32)) & mask;
        while (table[i] != 0) {
            if (table[i] == h) return false;
            i = (i + 1) & mask;
        }
        table[i] = h;
        if (++size * 2 > table.length) grow();
        return true;
    }

    void clear() {
        table = new long[1 << 12];
        size = 0;
    }

    private void grow() {
        long[] old = table;
        table = new long[old.length * 2];
        int mask = table.length - 1;
        for (long h : old) {
            if (h == 0) continue;
            int i = (int) (h ^ (h >>> 32)) & mask;
            while (table[i] != 0) i = (i + 1) & mask;
            table[i] = h;
        }
    }

    /** FNV-1a over the kind and the id's characters, finished with a 64-bit mix (never 0). */
    static long hash(String kind, String id) {
        long h = 0xcbf29ce484222325L;
        for (int i = 0; i < kind.length(); i++) h = (h ^ kind.charAt(i)) * 0x100000001b3L;
        h = (h ^ 0xff) * 0x100000001b3L;
        for (int i = 0; i < id.length(); i++) h = (h ^ id.charAt(i)) * 0x100000001b3L;
        h ^= h >>> 33;
        h *= 0xff51afd7ed558ccdL;
        h ^= h >>> 33;
        return h == 0 ? 1 : h;
    }
}
