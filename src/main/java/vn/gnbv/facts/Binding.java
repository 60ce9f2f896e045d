package vn.gnbv.facts;

import vn.gnbv.input.Errors;

import java.util.function.Consumer;

/**
 * What a section's binding may do besides making its record: report errors, and ask for checks that
 * need the whole case (a reference to a commune, a date against the case date). Case-level items
 * are checked when every file is read; households at once, against the case read before them.
 */
public record Binding(Errors errors, Consumer<PendingCheck> checks) {

    public void check(PendingCheck c) {
        checks.accept(c);
    }
}
