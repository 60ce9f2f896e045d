package vn.gnbv.input;

import java.util.List;

/** All the errors found in one kind of input; thrown only after everything readable was read. */
public class InputException extends Exception {
    private final InputKind kind;
    private final List<InputError> errors;

    public InputException(InputKind kind, List<InputError> errors) {
        super(errors.size() + " input error(s)");
        this.kind = kind;
        this.errors = errors.stream().sorted().toList();
    }

    public InputKind kind() {
        return kind;
    }

    public List<InputError> errors() {
        return errors;
    }
}
