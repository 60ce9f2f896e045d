package vn.gnbv.parameters;

import vn.gnbv.input.InputError;
import vn.gnbv.input.InputException;
import vn.gnbv.input.InputKind;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Every parameter in force on one date. A parameter ended by `value: null` is simply absent; one
 * whose first value comes after the date is "not covered", an error only if a rule that runs needs it.
 * draftNotInForce: the values a draft gives that the date does not take (see {@link DraftValue}).
 */
public record ParameterSet(LocalDate asOf, Map<String, Param> byName, Map<String, InputError> notCovered,
                           List<DraftValue> draftNotInForce) {

    public ParameterSet {
        byName = java.util.Collections.unmodifiableMap(new TreeMap<>(byName));
        notCovered = java.util.Collections.unmodifiableMap(new TreeMap<>(notCovered));
        draftNotInForce = List.copyOf(draftNotInForce);
    }

    public ParameterSet(LocalDate asOf, Map<String, Param> byName) {
        this(asOf, byName, Map.of(), List.of());
    }

    public Collection<Param> all() {
        return byName.values();
    }

    public Optional<Param> get(String name) {
        return Optional.ofNullable(byName.get(name));
    }

    /**
     * Errors (exit 4) for the parameters named, or whose group is named, that have no value on the
     * date: the ones the rules that run on this case read.
     */
    public void requireCovered(Collection<String> namesOrGroups) throws InputException {
        List<InputError> errors = new ArrayList<>();
        notCovered.forEach((name, e) -> {
            for (String n : namesOrGroups) {
                if (name.equals(n) || name.startsWith(n + ".")) {
                    errors.add(e);
                    return;
                }
            }
        });
        if (!errors.isEmpty()) throw new InputException(InputKind.RULES, errors);
    }
}
