package vn.gnbv.run;

import java.io.DataInput;
import java.io.DataOutput;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * How records of a run are written to a spill file and read back exactly: strings, numbers of every
 * kind (a BigDecimal stays a BigDecimal, so messages render alike), lists and maps, nulls.
 */
public interface Codec<T> {
    void write(DataOutput out, T value) throws IOException;

    T read(DataInput in) throws IOException;

    static void writeString(DataOutput out, String s) throws IOException {
        if (s == null) {
            out.writeByte(0);
            return;
        }
        out.writeByte(1);
        byte[] b = s.getBytes(java.nio.charset.StandardCharsets.UTF_8);
        out.writeInt(b.length);
        out.write(b);
    }

    static String readString(DataInput in) throws IOException {
        if (in.readByte() == 0) return null;
        byte[] b = new byte[in.readInt()];
        in.readFully(b);
        return new String(b, java.nio.charset.StandardCharsets.UTF_8);
    }

    /** A value of a finding or a row: null, String, Long, Integer, BigDecimal, BigInteger, Boolean, List, Map. */
    static void writeValue(DataOutput out, Object v) throws IOException {
        if (v == null) out.writeByte('n');
        else if (v instanceof String s) { out.writeByte('s'); writeString(out, s); }
        else if (v instanceof Long l) { out.writeByte('l'); out.writeLong(l); }
        else if (v instanceof Integer i) { out.writeByte('i'); out.writeInt(i); }
        else if (v instanceof Boolean b) { out.writeByte('b'); out.writeBoolean(b); }
        else if (v instanceof BigDecimal d) { out.writeByte('d'); writeString(out, d.toString()); }
        else if (v instanceof BigInteger d) { out.writeByte('g'); writeString(out, d.toString()); }
        else if (v instanceof List<?> l) {
            out.writeByte('L');
            out.writeInt(l.size());
            for (Object o : l) writeValue(out, o);
        } else if (v instanceof Map<?, ?> m) {
            out.writeByte('M');
            out.writeInt(m.size());
            for (var e : m.entrySet()) {
                writeString(out, String.valueOf(e.getKey()));
                writeValue(out, e.getValue());
            }
        } else {
            out.writeByte('s');
            writeString(out, v.toString());
        }
    }

    static Object readValue(DataInput in) throws IOException {
        byte t = in.readByte();
        switch (t) {
            case 'n': return null;
            case 's': return readString(in);
            case 'l': return in.readLong();
            case 'i': return in.readInt();
            case 'b': return in.readBoolean();
            case 'd': return new BigDecimal(readString(in));
            case 'g': return new BigInteger(readString(in));
            case 'L': {
                int n = in.readInt();
                List<Object> l = new ArrayList<>(n);
                for (int i = 0; i < n; i++) l.add(readValue(in));
                return l;
            }
            case 'M': {
                int n = in.readInt();
                Map<String, Object> m = new LinkedHashMap<>();
                for (int i = 0; i < n; i++) m.put(readString(in), readValue(in));
                return m;
            }
            default: throw new IOException("spill file damaged (tag " + t + ")");
        }
    }
}
