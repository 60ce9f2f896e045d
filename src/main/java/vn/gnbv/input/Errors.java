package vn.gnbv.input;

import java.util.ArrayList;
import java.util.List;

/** Collects input errors so that a run reports all of them, not only the first. */
public final class Errors {
    private final List<InputError> list = new ArrayList<>();

    public void add(InputError e) {
        list.add(e);
    }

    public void add(Location at, String code, Object... keyValues) {
        list.add(InputError.of(at, code, keyValues));
    }

    public boolean isEmpty() {
        return list.isEmpty();
    }

    public List<InputError> list() {
        return List.copyOf(list);
    }

    public void throwIfAny(InputKind kind) throws InputException {
        if (!list.isEmpty()) throw new InputException(kind, list);
    }
}
