package vn.gnbv.parameters;

import java.time.LocalDate;
import java.util.Map;
import java.util.TreeMap;

/** One named parameter's dated values. */
public record Series(String name, String descriptionVi, String descriptionEn, String unit,
                     TreeMap<LocalDate, Entry> values) {

    public Series withOverlay(Map<LocalDate, Entry> more) {
        TreeMap<LocalDate, Entry> merged = new TreeMap<>(values);
        merged.putAll(more);
        return new Series(name, descriptionVi, descriptionEn, unit, merged);
    }
}
