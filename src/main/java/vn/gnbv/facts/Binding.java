package vn.gnbv.facts;

import vn.gnbv.input.Errors;

import java.util.function.Consumer;

/**
 * What a section's binding may do besides making its record: report errors, and ask for checks that
 * need the whole case (a reference to a commune, a date against the case date). Case-level items
 * are checked when every file is read; households at once, against the case read before them, which
 * is context (null for case-level items): a household may name its commune by its name.
 */
public record Binding(Errors errors, Consumer<PendingCheck> checks, Case context) {

    public Binding(Errors errors, Consumer<PendingCheck> checks) {
        this(errors, checks, null);
    }

    public void check(PendingCheck c) {
        checks.accept(c);
    }
}
