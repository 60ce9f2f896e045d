package vn.gnbv.findings;

/**
 * A rule gave its finding's values wrongly: not as name and value pairs, or a value that is not
 * text, a number, yes/no, or a list or map of them (a fact, a date object). A mistake of the rule,
 * reported as such (rules.failed), never written out as a Java object's text.
 */
public final class FindingValuesException extends IllegalArgumentException {
    public FindingValuesException(String detail) {
        super(detail);
    }
}
