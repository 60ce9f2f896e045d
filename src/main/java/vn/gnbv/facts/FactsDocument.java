package vn.gnbv.facts;

import vn.gnbv.input.Errors;

/** A source of facts: a YAML or JSON file, a tree already read (fixtures), or a spreadsheet. */
public interface FactsDocument {
    /** The name errors and findings give it (the path as the user wrote it). */
    String name();

    /** Reads the document's top-level values into the visitor; a document that cannot be read adds one error. */
    void read(FactsVisitor v, Errors errors);
}
