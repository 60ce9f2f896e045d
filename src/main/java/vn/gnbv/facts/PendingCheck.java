package vn.gnbv.facts;

import vn.gnbv.input.Errors;
import vn.gnbv.input.Location;
import vn.gnbv.input.Suggest;

import java.time.LocalDate;

/** A check that needs the case as a whole: a reference, a unit, a date against the case date. */
public sealed interface PendingCheck {
    /** Adds an error when the check fails against the case. */
    void verify(Case c, Errors errors);

    /** kind is "district" or "commune": the id must exist in the case. */
    record Reference(String kind, String id, Location at) implements PendingCheck {
        public void verify(Case c, Errors errors) {
            var known = kind.equals("district") ? c.districts().keySet() : c.communes().keySet();
            if (known.contains(id)) return;
            String padded = withZeros(id, known);
            if (padded != null) errors.add(at, "ref.lost-zeros", "kind", kind, "id", id, "padded", padded);
            else errors.add(at, "ref.dangling", "kind", kind, "id", id, "suggestion", Suggest.closest(id, known));
        }

        /**
         * The case's code that a code of digits is once its leading zeros are back ("421" for the
         * commune 00421: a code typed into a number cell loses them), or null.
         */
        private static String withZeros(String id, java.util.Set<String> known) {
            if (id.isEmpty() || !id.chars().allMatch(Character::isDigit)) return null;
            for (String k : known) {
                if (k.length() > id.length() && k.endsWith(id) && k.substring(0, k.length() - id.length()).chars().allMatch(ch -> ch == '0')) return k;
            }
            return null;
        }
    }

    /**
     * The name a household gives its commune (communeName) or its district (districtName), beside
     * the commune's code: it must be the case's name for that commune, or for its district.
     */
    record SameName(String kind, String commune, String name, Location at) implements PendingCheck {
        public void verify(Case c, Errors errors) {
            Commune x = c.communes().get(commune);
            if (x == null) return; // the reference itself is reported
            String expected = kind.equals("commune") ? x.name()
                    : c.districts().containsKey(x.district()) ? c.districts().get(x.district()).name() : null;
            if (expected != null && !PlaceNames.same(name, expected)) {
                errors.add(at, "ref." + kind + "-name-differs", "name", name, "commune", commune, "expected", expected);
            }
        }
    }

    /** A unit reference: "province", "district:<id>" or "commune:<id>" of the case. */
    record Unit(String unit, Location at) implements PendingCheck {
        public void verify(Case c, Errors errors) {
            if (!c.unitExists(unit)) errors.add(at, "ref.unit", "unit", unit, "suggestion", Suggest.closest(unit, c.units()));
        }
    }

    /** A date that cannot lie after the case date (a birth, a recognised exit from poverty). */
    record NotAfterAsOf(String field, LocalDate date, Location at) implements PendingCheck {
        public void verify(Case c, Errors errors) {
            if (c.asOf() != null && date.isAfter(c.asOf())) {
                errors.add(at, "value.after-as-of", "field", field, "value", date, "asOf", c.asOf());
            }
        }
    }
}
