package vn.gnbv.household;

/**
 * A rule gave an indicator a state out of the phases' order (a derived state once the indicators
 * left open were completed, or any state once they were counted), or a second state: a mistake of
 * the rules (rules.failed), reported with the indicator's key.
 */
public final class IndicatorOrderException extends IllegalStateException {
    private final String reason;
    private final String indicator;

    IndicatorOrderException(String reason, String indicator) {
        super(reason + ": " + indicator);
        this.reason = reason;
        this.indicator = indicator;
    }

    /** "after" or "twice". */
    public String reason() {
        return reason;
    }

    public String indicator() {
        return indicator;
    }
}
