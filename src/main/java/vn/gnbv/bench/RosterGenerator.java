package vn.gnbv.bench;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Writes a synthetic roster (facts v1, JSON) for measuring speed and memory: districts of 20
 * communes, households with members and dwelling data, a mix of recorded lists and raw data.
 * Deterministic for a given seed.
 */
public final class RosterGenerator {
    private static final List<String> INDICATORS = List.of("employment", "dependants", "nutrition",
            "healthInsurance", "adultEducation", "schoolAttendance", "housingQuality", "housingArea", "water",
            "sanitation", "telecom", "informationAssets");
    private static final List<String> WORK = List.of("employed-contract", "employed-no-contract", "self-employed",
            "unemployed", "not-working");
    private static final List<String> EDUCATION = List.of("none", "primary", "lower-secondary", "upper-secondary",
            "vocational", "higher");
    private static final List<String> STATUS = List.of("poor", "near-poor", "middle", "none");

    private RosterGenerator() {}

    public static void write(Path file, int households, long seed, LocalDate asOf) throws IOException {
        SplittableRandom rnd = new SplittableRandom(seed);
        int communes = Math.max(1, households / 500);
        int districts = Math.max(1, communes / 20);
        Files.createDirectories(file.toAbsolutePath().getParent());
        try (JsonGenerator g = new JsonFactory().createGenerator(file.toFile(), JsonEncoding.UTF8)) {
            g.writeStartObject();
            g.writeStringField("asOf", asOf.toString());
            g.writeStringField("province", "quang-nam");
            g.writeArrayFieldStart("districts");
            for (int d = 0; d < districts; d++) {
                g.writeStartObject();
                g.writeStringField("id", "d" + d);
                g.writeBooleanField("poorDistrict", d % 3 == 0);
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeArrayFieldStart("communes");
            for (int c = 0; c < communes; c++) {
                g.writeStartObject();
                g.writeStringField("id", "c" + c);
                g.writeStringField("district", "d" + (c % districts));
                g.writeBooleanField("urban", c % 7 == 0);
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeArrayFieldStart("households");
            for (int h = 0; h < households; h++) household(g, rnd, h, communes, asOf);
            g.writeEndArray();
            g.writeEndObject();
        }
    }

    private static void household(JsonGenerator g, SplittableRandom rnd, int h, int communes, LocalDate asOf)
            throws IOException {
        g.writeStartObject();
        g.writeStringField("id", "H" + h);
        g.writeStringField("commune", "c" + rnd.nextInt(communes));
        g.writeNumberField("incomePerCapita", 500_000 + 50_000L * rnd.nextInt(60));
        g.writeStringField("recordedStatus", STATUS.get(rnd.nextInt(STATUS.size())));
        // As on a commune's list: most households carry either the survey's deprivation list or raw
        // data; one in ten carries both (where contradictions show up as HH-006).
        int shape = rnd.nextInt(10);
        boolean list = shape < 5 || shape == 9, raw = shape >= 5;
        if (list) {
            g.writeArrayFieldStart("deprivations");
            for (String k : INDICATORS) if (rnd.nextInt(4) == 0) g.writeString(k);
            g.writeEndArray();
        }
        if (raw) rawData(g, rnd, h, asOf);
        g.writeEndObject();
    }

    private static void rawData(JsonGenerator g, SplittableRandom rnd, int h, LocalDate asOf) throws IOException {
        g.writeBooleanField("cleanWater", rnd.nextInt(4) != 0);
        g.writeBooleanField("hygienicLatrine", rnd.nextBoolean());
        g.writeBooleanField("internet", rnd.nextInt(3) != 0);
        g.writeObjectFieldStart("dwelling");
        g.writeBooleanField("durable", rnd.nextInt(3) != 0);
        g.writeNumberField("floorArea", 10 + rnd.nextInt(80));
        g.writeEndObject();
        int n = 1 + rnd.nextInt(6);
        g.writeArrayFieldStart("members");
        for (int m = 0; m < n; m++) {
            g.writeStartObject();
            g.writeStringField("id", "H" + h + "-" + m);
            g.writeStringField("birthDate", asOf.minusDays(365L * (1 + rnd.nextInt(80)) + rnd.nextInt(365)).toString());
            g.writeStringField("sex", rnd.nextBoolean() ? "male" : "female");
            g.writeStringField("work", WORK.get(rnd.nextInt(WORK.size())));
            g.writeStringField("education", EDUCATION.get(rnd.nextInt(EDUCATION.size())));
            g.writeBooleanField("inTraining", rnd.nextInt(5) == 0);
            g.writeBooleanField("attendingSchool", rnd.nextInt(6) != 0);
            g.writeBooleanField("malnourished", rnd.nextInt(10) == 0);
            g.writeBooleanField("severeDisability", rnd.nextInt(30) == 0);
            g.writeBooleanField("insured", rnd.nextInt(8) != 0);
            g.writeEndObject();
        }
        g.writeEndArray();
    }
}
