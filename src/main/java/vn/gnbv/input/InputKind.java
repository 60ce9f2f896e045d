package vn.gnbv.input;

/** Which input was wrong; decides the exit code (DESIGN.md: 3 facts, 4 rules or parameters). */
public enum InputKind {
    FACTS(3), RULES(4);

    public final int exitCode;

    InputKind(int exitCode) {
        this.exitCode = exitCode;
    }
}
