package vn.gnbv.facts;

import java.util.List;
import java.util.Map;

/**
 * One column a household roster may have (gnbv/columns.yaml): the field of facts v1 it fills — key
 * is its path in the household ("dwelling.floorArea") or, for a member column, in the member
 * ("card.group") — its kind of value, the headers it is known by, the words its cells may hold
 * (word → what people write), and what it means in Vietnamese and English.
 */
public record RosterColumn(String key, boolean member, boolean alternative, String type, boolean required, String or,
                           List<String> headers, Map<String, List<String>> values, Map<String, Map<String, String>> hints,
                           String example, Map<String, String> explanation, String field, String path) {

    /**
     * alternative: another way to write the field of the column of the same key listed before it
     * ("Dân tộc", the group's name, for "Dân tộc thiểu số"): a sheet has one of them, and the
     * template writes the first. or: the key of a column that may stand in for this required one ("Xã", the commune by its
     * name, for "Mã xã"), or null. hints: what to write instead of a word people write that is not
     * one of the column's ("Hộ thoát nghèo" is a change, not a status), by language. field: the field's own name in its object ("floorArea"); path:
     * the path in facts v1 ("incomePerCapita", "members.card.group"). Made once: a roster names
     * them on every row.
     */
    public RosterColumn(String key, boolean member, boolean alternative, String type, boolean required, String or,
                        List<String> headers, Map<String, List<String>> values, Map<String, Map<String, String>> hints,
                        String example, Map<String, String> explanation) {
        this(key, member, alternative, type, required, or, headers, values, hints, example, explanation,
                key.substring(key.indexOf('.') + 1), member ? "members." + key : key);
    }

    /** The object the field sits in below the household or member ("dwelling", "card"), or null. */
    public String group() {
        int dot = key.indexOf('.');
        return dot < 0 ? null : key.substring(0, dot);
    }

    /** The header the template writes: the form's name. */
    public String title() {
        return headers.get(0);
    }

    /**
     * The names to show for a word: its first, or for a word of many names (an ethnic minority:
     * the 53 groups) the first three and "…".
     */
    public List<String> shownLabels(String word) {
        List<String> labels = values.get(word);
        if (labels.isEmpty()) return List.of(word);
        if (labels.size() <= 3) return List.of(labels.get(0));
        List<String> out = new java.util.ArrayList<>(labels.subList(0, 3));
        out.add("…");
        return out;
    }

    public boolean list() {
        return type.equals("words");
    }
}
