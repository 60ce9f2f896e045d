package vn.gnbv.facts;

import vn.gnbv.input.CellText;
import vn.gnbv.input.Errors;
import vn.gnbv.input.Location;
import vn.gnbv.input.Suggest;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Places by their names, as survey exports write them ("Xã Trà Mai", "Huyện Nam Trà My"): a
 * household's commune found by its name among the case's communes (and its district's, when two
 * communes share a name), compared whatever the case, spacing, Unicode form or the unit's word in
 * front ("xã", "phường", "thị trấn"; "huyện", "quận", "thị xã", "thành phố"). Vietnamese marks
 * count: "Trà Mai" is not "Trà Mại".
 */
final class PlaceNames {
    private static final Pattern UNIT_WORD = Pattern.compile(
            "^(xã|phường|thị trấn|huyện|quận|thị xã|thành phố|tp\\.?|tx\\.?)\\s+");

    private PlaceNames() {}

    /** The name as compared: as a header is ({@link CellText#key}: composed, lower case, single spaces), without the unit's word in front. */
    static String key(String name) {
        return UNIT_WORD.matcher(CellText.key(name)).replaceFirst("");
    }

    static boolean same(String a, String b) {
        return key(a).equals(key(b));
    }

    /**
     * The code of the commune the name (and, if given, the district's name) designates among the
     * case's communes; null, with an error at the name, when none or several do.
     */
    static String commune(String name, String district, Location at, Case c, Errors errors) {
        List<Commune> named = new ArrayList<>();
        for (Commune x : c.communes().values()) if (x.name() != null && same(x.name(), name)) named.add(x);
        List<Commune> found = named;
        if (district != null) {
            found = new ArrayList<>();
            for (Commune x : named) {
                // a commune the case gives no district (two-level government, from 01/07/2025): an
                // export's old district name neither confirms nor denies it
                District d = x.district() == null ? null : c.districts().get(x.district());
                if (x.district() == null || d != null && d.name() != null && same(d.name(), district)) found.add(x);
            }
        }
        if (found.size() == 1) return found.get(0).id();
        if (found.isEmpty() && !named.isEmpty()) {
            errors.add(at, "ref.commune-not-in-district", "name", name, "district", district);
        } else if (found.isEmpty()) {
            List<String> names = new ArrayList<>();
            for (Commune x : c.communes().values()) if (x.name() != null) names.add(x.name());
            errors.add(at, "ref.commune-name", "name", name, "suggestion", Suggest.closest(name, names));
        } else {
            List<String> where = new ArrayList<>();
            for (Commune x : found) {
                District d = c.districts().get(x.district());
                where.add(x.district() == null ? x.id() : x.id() + " (" + (d == null || d.name() == null ? x.district() : d.name()) + ")");
            }
            errors.add(at, "ref.commune-name-ambiguous", "name", name, "communes", String.join(", ", where));
        }
        return null;
    }
}
