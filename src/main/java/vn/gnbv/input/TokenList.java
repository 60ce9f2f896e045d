package vn.gnbv.input;

import java.util.Arrays;

/**
 * Tokens built in memory, each at its own place: how a table's rows become an object (a household
 * with its members) that {@link Shape} binds exactly as it binds YAML or JSON. Built, read, then
 * cleared and built again for the next object: no object per token.
 */
public final class TokenList implements Tokens {
    private final String file;
    private Kind[] kinds = new Kind[64];
    private Object[] values = new Object[64];
    private String[] texts = new String[64];
    private long[] places = new long[64];
    private int size;
    private int pos = -1;

    public TokenList(String file) {
        this.file = file;
    }

    /** Empties the list for the next object. */
    public TokenList clear() {
        size = 0;
        pos = -1;
        return this;
    }

    public TokenList startObject(int line, int column) {
        return add(Kind.START_OBJECT, null, null, line, column);
    }

    public TokenList endObject(int line, int column) {
        return add(Kind.END_OBJECT, null, null, line, column);
    }

    public TokenList startArray(int line, int column) {
        return add(Kind.START_ARRAY, null, null, line, column);
    }

    public TokenList endArray(int line, int column) {
        return add(Kind.END_ARRAY, null, null, line, column);
    }

    public TokenList field(String name, int line, int column) {
        return add(Kind.FIELD, name, name, line, column);
    }

    /** A scalar: String, Long, java.math.BigDecimal, Boolean or null; text is how it was written. */
    public TokenList scalar(Object value, String text, int line, int column) {
        return add(Kind.SCALAR, value, text, line, column);
    }

    private TokenList add(Kind k, Object value, String text, int line, int column) {
        if (size == kinds.length) {
            kinds = Arrays.copyOf(kinds, size * 2);
            values = Arrays.copyOf(values, size * 2);
            texts = Arrays.copyOf(texts, size * 2);
            places = Arrays.copyOf(places, size * 2);
        }
        kinds[size] = k;
        values[size] = value;
        texts[size] = text;
        places[size] = Location.pack(line, column);
        size++;
        return this;
    }

    @Override
    public Kind next() {
        if (pos + 1 >= size) {
            pos = size;
            return null;
        }
        return kinds[++pos];
    }

    @Override
    public Kind kind() {
        return pos >= 0 && pos < size ? kinds[pos] : null;
    }

    @Override
    public String name() {
        return (String) values[pos];
    }

    @Override
    public Object value() {
        return values[pos];
    }

    @Override
    public String text() {
        return texts[pos];
    }

    @Override
    public boolean alias() {
        return false;
    }

    @Override
    public String file() {
        return file;
    }

    @Override
    public int line() {
        return (int) (places[Math.min(pos, size - 1)] >>> 32);
    }

    @Override
    public int column() {
        return (int) places[Math.min(pos, size - 1)];
    }

    @Override
    public long position() {
        return places[Math.min(pos, size - 1)];
    }

    @Override
    public void skip() {
        Kind k = kind();
        if (k != Kind.START_OBJECT && k != Kind.START_ARRAY) return;
        int depth = 0;
        do {
            Kind x = kinds[pos];
            if (x == Kind.START_OBJECT || x == Kind.START_ARRAY) depth++;
            else if (x == Kind.END_OBJECT || x == Kind.END_ARRAY) depth--;
            if (depth > 0) pos++;
        } while (depth > 0 && pos < size);
    }
}
