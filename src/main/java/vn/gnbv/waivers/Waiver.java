package vn.gnbv.waivers;

import vn.gnbv.findings.Finding;
import vn.gnbv.input.Location;

import java.time.LocalDate;
import java.util.regex.Pattern;

/**
 * An accepted exception: findings of a rule (pattern, * for any characters) on a subject or a
 * unit (pattern), tolerated by a numbered decision with a justification until an expiry date.
 */
public record Waiver(String rule, String subject, String unit, String justification, String decision,
                     LocalDate expires, Location source) {

    public boolean activeOn(LocalDate day) {
        return !day.isAfter(expires);
    }

    public boolean matches(Finding f) {
        return glob(rule, f.rule())
                && (subject == null || glob(subject, f.subject()))
                && (unit == null || (f.unit() != null && glob(unit, f.unit())));
    }

    static boolean glob(String pattern, String text) {
        StringBuilder re = new StringBuilder();
        for (String part : pattern.split("\\*", -1)) {
            if (re.length() > 0) re.append(".*");
            re.append(Pattern.quote(part));
        }
        return Pattern.matches(re.toString(), text);
    }
}
