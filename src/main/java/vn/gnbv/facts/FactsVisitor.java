package vn.gnbv.facts;

import vn.gnbv.input.Bound;
import vn.gnbv.input.Location;
import vn.gnbv.input.Tokens;

import java.io.IOException;

/** Receives a facts document's content: top-level values as tokens, or section items already bound. */
public interface FactsVisitor {
    /** A top-level key, with the tokens at its value; reads past the value. */
    void value(String key, Location keyAt, Tokens t) throws IOException;

    /** An item of a section read from a table (a spreadsheet row, with its member rows). */
    void item(Section<?> section, Bound b);

    /** The document held nothing (an empty file, or only comments). */
    void empty(Location at);
}
