package vn.gnbv.cli;

/** Exit codes (DESIGN.md "Command line"), shown by --help. */
final class ExitCodes {
    static final int OK = 0;
    static final int FINDINGS = 1;
    static final int USAGE = 2;
    static final int FACTS = 3;
    static final int RULES = 4;
    static final int INTERNAL = 5;

    private ExitCodes() {}
}
