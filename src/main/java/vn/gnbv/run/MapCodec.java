package vn.gnbv.run;

import java.io.DataInput;
import java.io.DataOutput;
import java.io.IOException;
import java.util.Map;

/** A row of a derived table (a map of column to value) in a spill file. */
public final class MapCodec implements Codec<Map<String, Object>> {
    public static final MapCodec INSTANCE = new MapCodec();

    @Override
    public void write(DataOutput out, Map<String, Object> row) throws IOException {
        Codec.writeValue(out, row);
    }

    @Override
    @SuppressWarnings("unchecked")
    public Map<String, Object> read(DataInput in) throws IOException {
        return (Map<String, Object>) Codec.readValue(in);
    }
}
