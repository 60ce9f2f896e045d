package vn.gnbv.output;

import org.junit.jupiter.api.Test;
import vn.gnbv.findings.Finding;
import vn.gnbv.findings.UsedParameter;
import vn.gnbv.findings.Values;
import vn.gnbv.input.Location;

import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The message catalogue: variants chosen by a value, and findings resting on unconfirmed values saying so. */
class MessagesTest {
    private static Finding hi001(String card, String confidence) {
        return new Finding("HI-001", "error", "person:P-1", null, "commune:c1", "d1", "basis",
                Values.of("group", "provincial", "supportPercent", 70, "card", card, "cardFrom", null, "cardTo", null,
                        "monthly", 56700L, "yearly", 680400L),
                List.of(new UsedParameter("health-insurance.provincial.escaped-poverty-percent", 70L, "report", confidence)),
                680400L, new Location("f.yaml", 3, 5));
    }

    @Test
    void aFindingWithoutACardHasNoCardDates() throws Exception {
        Messages vi = Messages.load(Path.of("rules"), "vi");
        assertThat(vi.message(hi001("no-card", "confirmed"))).contains("không có thẻ BHYT").doesNotContain("hạn thẻ")
                .doesNotContain("chưa được xác nhận");
        assertThat(vi.message(hi001("not-valid", "confirmed"))).contains("hạn thẻ");
    }

    @Test
    void aFindingRestingOnAnUnconfirmedValueSaysSo() throws Exception {
        assertThat(Messages.load(Path.of("rules"), "vi").message(hi001("no-card", "unconfirmed")))
                .endsWith("(Căn cứ chưa được xác nhận: health-insurance.provincial.escaped-poverty-percent = 70.)");
        assertThat(Messages.load(Path.of("rules"), "en").message(hi001("no-card", "unconfirmed")))
                .contains("not confirmed: health-insurance.provincial.escaped-poverty-percent = 70");
        assertThat(Messages.load(Path.of("rules"), "vi").message(hi001("no-card", "reported"))).doesNotContain("xác nhận");
    }
}
