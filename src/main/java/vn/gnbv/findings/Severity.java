package vn.gnbv.findings;

/** Finding severities in increasing weight; "never" only as a --fail-on threshold. */
public enum Severity {
    INFO, WARNING, ERROR;

    public static Severity of(String s) {
        return valueOf(s.toUpperCase());
    }

    public String word() {
        return name().toLowerCase();
    }
}
