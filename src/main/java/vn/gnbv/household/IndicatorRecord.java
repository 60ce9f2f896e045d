package vn.gnbv.household;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A household's indicator states (ND 07/2021, Điều 3, khoản 1, điểm b): one object per household,
 * written by the indicator rules rather than a dozen facts inserted (issue 10: per-household derived
 * values as one fact; a seventh less CPU for a 1,000,000-household check, README Performance). The
 * rules decide every state; this only keeps them, and keeps the phases' order, which the rules read
 * it in without the engine being told of each change:
 * <ol>
 *   <li>"derive": states from raw data ({@code basis} derived);</li>
 *   <li>"complete": the indicators still open ({@link #open}), then the recorded list's or "unknown"
 *       for each of them;</li>
 *   <li>"classify" and the findings: read ({@link #states}, {@link #all}, …).</li>
 * </ol>
 * A state out of that order, or a second state for one indicator, is a mistake of the rules, thrown
 * as {@link IndicatorOrderException} (a rules error naming the rule), never a count made too soon.
 */
public final class IndicatorRecord {
    private enum Stage { DERIVING, COMPLETING, READ }

    private final Map<String, IndicatorState> byKey = new LinkedHashMap<>(16);
    private Stage stage = Stage.DERIVING;
    private List<IndicatorState> read;

    /** Adds a rule's state for one indicator. */
    public void put(IndicatorState s) {
        boolean derived = "derived".equals(s.basis());
        if (stage == Stage.READ || (derived && stage != Stage.DERIVING)) throw new IndicatorOrderException("after", s.key());
        if (byKey.putIfAbsent(s.key(), s) != null) throw new IndicatorOrderException("twice", s.key());
    }

    /** The indicators of keys that have no state yet: what raw data left open. */
    public List<String> open(List<?> keys) {
        if (stage == Stage.DERIVING) stage = Stage.COMPLETING;
        List<String> out = new ArrayList<>(2);
        for (Object k : keys) if (!byKey.containsKey(k)) out.add((String) k);
        return out;
    }

    /** How many indicators have a state. */
    public int size() {
        stage = Stage.READ;
        return byKey.size();
    }

    /** Each indicator's state word (deprived | not-deprived | unknown). */
    public List<String> states() {
        stage = Stage.READ;
        List<String> out = new ArrayList<>(byKey.size());
        for (IndicatorState s : byKey.values()) out.add(s.state());
        return out;
    }

    public List<IndicatorState> all() {
        stage = Stage.READ;
        if (read == null) read = List.copyOf(byKey.values()); // nothing is added once read
        return read;
    }

    /** The keys of the indicators whose state is unknown, in the order they were given. */
    public List<String> unknownKeys() {
        stage = Stage.READ;
        List<String> out = new ArrayList<>();
        for (IndicatorState s : byKey.values()) if (s.state().equals("unknown")) out.add(s.key());
        return out;
    }

    @Override
    public String toString() {
        return byKey.values().toString();
    }
}
