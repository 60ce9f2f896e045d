package vn.gnbv.facts;

import vn.gnbv.input.Bound;
import vn.gnbv.input.InputError;
import vn.gnbv.input.Location;
import vn.gnbv.input.Tokens;

import java.io.IOException;
import java.util.List;

/** Receives a facts document's content: top-level values as tokens, or section items already bound. */
public interface FactsVisitor {
    /** A top-level key, with the tokens at its value; reads past the value. */
    void value(String key, Location keyAt, Tokens t) throws IOException;

    /**
     * Whether this reading wants the items of a section a table holds: a table document does not
     * open a file no reading wants (a roster before the case date is known is read once, later).
     */
    default boolean wants(Section<?> section) {
        return true;
    }

    /**
     * An item of a section read from a table (a household with its member rows), bound by the
     * document; b is null when the rows gave nothing to bind. problems: the errors the document found
     * in these rows (or its header, or the file), worded for the table; the reader decides where they
     * go, since a document may be read twice.
     */
    void item(Section<?> section, Bound b, List<InputError> problems);

    /** The document held nothing (an empty file, or only comments). */
    void empty(Location at);
}
