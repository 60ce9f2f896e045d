package vn.gnbv.input;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * A checked object from an input file: typed values, and where each was written. valid is false when
 * some field was wrong (its errors are reported; the fields that were right are still here, so
 * cross-checks can still be made on them).
 */
public record Bound(Location location, Map<String, Object> values, Map<String, Location> locations, boolean valid) {

    public boolean has(String name) {
        return values.containsKey(name);
    }

    public Location at(String name) {
        return locations.getOrDefault(name, location);
    }

    public String text(String name) {
        return (String) values.get(name);
    }

    public Boolean bool(String name) {
        return (Boolean) values.get(name);
    }

    public Long whole(String name) {
        return (Long) values.get(name);
    }

    public BigDecimal decimal(String name) {
        return (BigDecimal) values.get(name);
    }

    public LocalDate date(String name) {
        return (LocalDate) values.get(name);
    }

    public Bound object(String name) {
        return (Bound) values.get(name);
    }

    @SuppressWarnings("unchecked")
    public <T> List<T> list(String name) {
        return (List<T>) values.get(name);
    }
}
