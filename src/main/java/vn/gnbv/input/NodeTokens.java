package vn.gnbv.input;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Iterator;

/** Tokens of a tree already read ({@link Node}), so trees and streams are bound by the same code. */
public final class NodeTokens implements Tokens {
    private final Deque<Iterator<?>> open = new ArrayDeque<>();
    private final Deque<Node> containers = new ArrayDeque<>();
    private Node pending;
    private Node.Field field;
    private Node current;
    private Kind kind;
    private Location at;

    public NodeTokens(Node root) {
        this.pending = root;
    }

    @Override
    public Kind next() {
        if (pending != null) {
            Node n = pending;
            pending = null;
            return enter(n);
        }
        if (open.isEmpty()) return kind = null;
        Iterator<?> it = open.peek();
        if (!it.hasNext()) {
            open.pop();
            Node c = containers.pop();
            current = c;
            at = c.location();
            return kind = c instanceof Node.Obj ? Kind.END_OBJECT : Kind.END_ARRAY;
        }
        Object o = it.next();
        if (o instanceof Node.Field f) {
            field = f;
            pending = f.value();
            at = f.keyLocation();
            return kind = Kind.FIELD;
        }
        return enter((Node) o);
    }

    private Kind enter(Node n) {
        current = n;
        at = n.location();
        if (n instanceof Node.Obj o) {
            open.push(o.fields().values().iterator());
            containers.push(o);
            return kind = Kind.START_OBJECT;
        }
        if (n instanceof Node.Arr a) {
            open.push(a.items().iterator());
            containers.push(a);
            return kind = Kind.START_ARRAY;
        }
        return kind = Kind.SCALAR;
    }

    @Override
    public Kind kind() {
        return kind;
    }

    @Override
    public String name() {
        return field.name();
    }

    @Override
    public Object value() {
        return ((Node.Scalar) current).value();
    }

    @Override
    public String text() {
        return ((Node.Scalar) current).text();
    }

    @Override
    public boolean alias() {
        return current instanceof Node.Scalar s && s.alias();
    }

    @Override
    public String file() {
        return at.file();
    }

    @Override
    public int line() {
        return at.line();
    }

    @Override
    public int column() {
        return at.column();
    }

    @Override
    public Location location() {
        return at;
    }

    @Override
    public void skip() {
        if (kind != Kind.START_OBJECT && kind != Kind.START_ARRAY) return;
        open.pop();
        Node c = containers.pop();
        at = c.location();
        kind = kind == Kind.START_OBJECT ? Kind.END_OBJECT : Kind.END_ARRAY;
    }
}
