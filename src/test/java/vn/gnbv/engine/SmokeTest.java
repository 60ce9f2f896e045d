package vn.gnbv.engine;

import org.junit.jupiter.api.Test;
import vn.gnbv.facts.FactsLoader;
import vn.gnbv.parameters.ParameterCatalogue;

import java.nio.file.Path;

class SmokeTest {
    @Test
    void runs() throws Exception {
        RuleSet rs = RuleSet.compile(Path.of("rules"));
        System.out.println(rs.rules().keySet());
        var c = FactsLoader.loadText("t.yaml", """
            asOf: 2024-06-30
            districts: [{id: d1}]
            communes: [{id: c1, district: d1, urban: false}]
            households:
              - {id: H-1, commune: c1, incomePerCapita: 1500000, deprivations: [water, telecom, sanitation], recordedStatus: near-poor}
              - id: H-2
                commune: c1
                incomePerCapita: 1500001
                recordedStatus: poor
                cleanWater: false
                deprivations: []
                members:
                  - {id: P-1, birthDate: 2015-01-01, malnourished: true, attendingSchool: true, insured: true}
                  - {id: P-2, birthDate: 1990-01-01, work: unemployed, sex: male}
            """, null);
        var params = ParameterCatalogue.load(Path.of("rules/parameters"), null).resolve(c.asOf());
        var r = new Checker(rs).check(c, params);
        r.findings().forEach(System.out::println);
        r.statuses().forEach(System.out::println);
        r.indicators().forEach(System.out::println);
    }
}
