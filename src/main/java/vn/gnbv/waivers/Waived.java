package vn.gnbv.waivers;

import vn.gnbv.findings.Finding;

/** A finding taken apart by a waiver. */
public record Waived(Finding finding, Waiver waiver) {}
