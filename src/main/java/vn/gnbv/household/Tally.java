package vn.gnbv.household;

import java.util.List;

/** Counts indicator states collected by a classification rule. */
public final class Tally {
    private Tally() {}

    public static int count(List<?> states, String state) {
        int n = 0;
        for (Object s : states) if (state.equals(s)) n++;
        return n;
    }
}
