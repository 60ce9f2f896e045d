package vn.gnbv.facts;

import vn.gnbv.input.Bound;
import vn.gnbv.input.Errors;
import vn.gnbv.input.Shape;

import java.util.List;

/**
 * One list section of the facts (households, funds, figures, …), declared once: its shape, how an
 * item becomes a record, the checks over the whole section, and where its records go. The loader,
 * the fixture loader and the engine all go through {@link Sections#ALL}.
 */
public interface Section<T> {
    /** The key in the facts ("funds"). */
    String name();

    Shape shape();

    /**
     * Household-level sections are streamed: read item by item and checked by the rules in batches,
     * never held whole. Case-level ones are held in the {@link Case}.
     */
    default boolean householdLevel() {
        return false;
    }

    /** Whether the case-level session of the rules sees these records (as facts). */
    default boolean intoRules() {
        return false;
    }

    /**
     * The record of one item, or null when it is invalid (its errors added). b may be not valid:
     * references of the right fields are still recorded with {@link Binding#check}.
     */
    T bind(Bound b, Binding x);

    /** Checks over the whole section once every file is read (duplicate IDs, whole-section rules); the records kept. */
    default List<T> finish(List<T> items, Case c, Errors errors) {
        return items;
    }
}
