package vn.gnbv.engine;

import org.kie.api.runtime.KieSession;
import org.kie.api.runtime.rule.AgendaGroup;

import java.util.List;

/**
 * The phases a session's rules fire in (agenda groups), so that a rule that counts derived facts or
 * tests their absence sees them complete: "derive" (facts from the data: indicator states from raw
 * data, the income test, support groups, deadlines), "complete" (what is left open: recorded
 * indicators, the highest support level), "classify" (counts and classes), then the default
 * group, where the findings are. Facts are inserted plainly: a batch session is one-shot, and no
 * derived fact ever has to be withdrawn.
 */
final class Phases {
    static final List<String> ORDER = List.of("derive", "complete", "classify");

    /** The group of a rule that names none: the findings, fired last. */
    static final String FINDINGS = "MAIN";

    private Phases() {}

    /** Whether rules of this agenda group fire: one of the phases, or the default group. */
    static boolean fires(String agendaGroup) {
        return FINDINGS.equals(agendaGroup) || ORDER.contains(agendaGroup);
    }

    static void focus(KieSession s) {
        for (int i = ORDER.size() - 1; i >= 0; i--) {
            // a rules folder (--rules) need not use every phase, and a group no rule names does not exist
            AgendaGroup g = s.getAgenda().getAgendaGroup(ORDER.get(i));
            if (g != null) g.setFocus();
        }
    }
}
