package vn.gnbv.parameters;

import java.time.LocalDate;
import java.util.Map;
import java.util.TreeMap;

/**
 * One named parameter's dated values. name = group (the file's name, "household.income-line") plus
 * the series key ("rural") where the file has series; key is null in a file of one series.
 */
public record Series(String name, String group, String key, String descriptionVi, String descriptionEn, String unit,
                     String type, TreeMap<LocalDate, Entry> values) {

    public Series withOverlay(Map<LocalDate, Entry> more) {
        TreeMap<LocalDate, Entry> merged = new TreeMap<>(values);
        merged.putAll(more);
        return new Series(name, group, key, descriptionVi, descriptionEn, unit, type, merged);
    }
}
