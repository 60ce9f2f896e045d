package vn.gnbv.findings;

/** A parameter value a finding relied on, with its citation and confidence. */
public record UsedParameter(String name, Object value, String ref, String confidence) {}
