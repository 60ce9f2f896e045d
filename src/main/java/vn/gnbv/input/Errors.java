package vn.gnbv.input;

import java.util.ArrayList;
import java.util.List;

/** Collects input errors so that a run reports all of them, not only the first. Thread-safe. */
public final class Errors {
    private final List<InputError> list = new ArrayList<>();

    public synchronized void add(InputError e) {
        list.add(e);
    }

    public void add(Location at, String code, Object... keyValues) {
        add(InputError.of(at, code, keyValues));
    }

    public synchronized void addAll(List<InputError> more) {
        list.addAll(more);
    }

    public synchronized boolean isEmpty() {
        return list.isEmpty();
    }

    public synchronized int size() {
        return list.size();
    }

    public synchronized List<InputError> list() {
        return List.copyOf(list);
    }

    public void throwIfAny(InputKind kind) throws InputException {
        List<InputError> l = list();
        if (!l.isEmpty()) throw new InputException(kind, l);
    }
}
