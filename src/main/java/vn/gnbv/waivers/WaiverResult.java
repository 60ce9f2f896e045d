package vn.gnbv.waivers;

import vn.gnbv.findings.Finding;

import java.util.List;

/**
 * Findings after waivers: those that still count, those waived (with the waiver), the waivers that
 * expired (no longer applied) and the active ones that matched nothing.
 */
public record WaiverResult(List<Finding> findings, List<Waived> waived, List<Waiver> expired, List<Waiver> unmatched) {

    public record Waived(Finding finding, Waiver waiver) {}

    public static WaiverResult none(List<Finding> findings) {
        return new WaiverResult(findings, List.of(), List.of(), List.of());
    }

    public boolean isEmpty() {
        return waived.isEmpty() && expired.isEmpty() && unmatched.isEmpty();
    }
}
