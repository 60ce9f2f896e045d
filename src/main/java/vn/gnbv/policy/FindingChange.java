package vn.gnbv.policy;

import vn.gnbv.findings.Finding;

/** A finding that differs between baseline and draft; before or after is null when it appears or disappears. */
public record FindingChange(String district, String key, String change, Finding before, Finding after) {

    public Finding any() {
        return after != null ? after : before;
    }
}
