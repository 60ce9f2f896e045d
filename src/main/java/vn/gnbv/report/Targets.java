package vn.gnbv.report;

/** Which programme target applies to a kind of unit (parameter programme.targets.<key>-min). */
public final class Targets {
    private Targets() {}

    public static String of(String kind) {
        return switch (kind) {
            case "province" -> "overall";
            case "poor-districts" -> "poor-districts";
            case "ethnic-minority" -> "ethnic-minority";
            default -> "none";
        };
    }
}
