package vn.gnbv.engine;

import java.util.List;

/** A rule's contract metadata (DESIGN.md "Rules"), and the parameters its DRL names. */
public record RuleMeta(String id, String name, String severity, String legalBasis, String file,
                       List<String> parameters) {}
