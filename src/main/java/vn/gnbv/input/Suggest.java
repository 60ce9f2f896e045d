package vn.gnbv.input;

import org.apache.commons.text.similarity.LevenshteinDistance;

import java.util.Collection;

/** "Did you mean …": the closest known name within a small edit distance. */
public final class Suggest {
    private static final LevenshteinDistance DISTANCE = new LevenshteinDistance(3);

    private Suggest() {}

    /** The closest candidate, or "" when none is close enough to be a likely typo. */
    public static String closest(String word, Collection<String> candidates) {
        String best = "";
        int bestD = Integer.MAX_VALUE;
        for (String c : candidates) {
            if (c.equalsIgnoreCase(word)) return c;
            int d = DISTANCE.apply(word.toLowerCase(), c.toLowerCase());
            if (d >= 0 && d < bestD && d <= Math.max(1, Math.min(3, c.length() / 3))) {
                best = c;
                bestD = d;
            }
        }
        return best;
    }
}
