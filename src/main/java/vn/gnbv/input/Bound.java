package vn.gnbv.input;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * A checked object from an input file: typed values, and where each was written. valid is false when
 * some field was wrong (its errors are reported; the fields that were right are still here, so
 * cross-checks can still be made on them). Values sit in arrays by field, places as packed line and
 * column: a roster of a million households is bound without a map or a location object per field.
 */
public final class Bound {
    private final Shape shape;
    private final String file;
    private final long at;
    private final Object[] values;
    private final long[] places;
    private final boolean valid;

    Bound(Shape shape, String file, long at, Object[] values, long[] places, boolean valid) {
        this.shape = shape;
        this.file = file;
        this.at = at;
        this.values = values;
        this.places = places;
        this.valid = valid;
    }

    public boolean valid() {
        return valid;
    }

    public Location location() {
        return Location.unpack(file, at);
    }

    public String file() {
        return file;
    }

    public boolean has(String name) {
        return values[shape.index(name)] != null;
    }

    /** Where the field's value was written; the object's place when the field is absent. */
    public Location at(String name) {
        long p = places[shape.index(name)];
        return p == 0 ? location() : Location.unpack(file, p);
    }

    public Object get(String name) {
        return values[shape.index(name)];
    }

    public String text(String name) {
        return (String) get(name);
    }

    public Boolean bool(String name) {
        return (Boolean) get(name);
    }

    public Long whole(String name) {
        return (Long) get(name);
    }

    public BigDecimal decimal(String name) {
        return (BigDecimal) get(name);
    }

    public LocalDate date(String name) {
        return (LocalDate) get(name);
    }

    public Bound object(String name) {
        return (Bound) get(name);
    }

    @SuppressWarnings("unchecked")
    public <T> List<T> list(String name) {
        return (List<T>) get(name);
    }
}
