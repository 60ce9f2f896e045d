package vn.gnbv.facts;

import vn.gnbv.input.Errors;
import vn.gnbv.input.Location;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/** Duplicate identifiers within a case-level section: each duplicate names the first. */
final class Unique {
    private Unique() {}

    static <T> void check(String kind, List<T> items, Function<T, String> id, Function<T, Location> at, Errors errors) {
        Map<String, Location> first = new HashMap<>();
        for (T t : items) {
            Location prev = first.putIfAbsent(id.apply(t), at.apply(t));
            if (prev != null) errors.add(at.apply(t), "id.duplicate", "kind", kind, "id", id.apply(t), "first", prev);
        }
    }
}
