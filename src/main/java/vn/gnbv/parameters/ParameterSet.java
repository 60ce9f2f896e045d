package vn.gnbv.parameters;

import java.time.LocalDate;
import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/** Every parameter in force on one date. A parameter ended by `value: null` is simply absent. */
public record ParameterSet(LocalDate asOf, Map<String, Param> byName) {

    public ParameterSet {
        byName = java.util.Collections.unmodifiableMap(new TreeMap<>(byName));
    }

    public Collection<Param> all() {
        return byName.values();
    }

    public Optional<Param> get(String name) {
        return Optional.ofNullable(byName.get(name));
    }
}
