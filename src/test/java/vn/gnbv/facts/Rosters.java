package vn.gnbv.facts;

import vn.gnbv.input.ErrorText;
import vn.gnbv.input.InputError;
import vn.gnbv.input.InputException;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** A case folder with its places in case.yaml and a roster beside it, read as gnbv reads it. */
final class Rosters {
    static final String PLACES = """
            asOf: 2024-06-30
            districts: [{id: d1}]
            communes: [{id: c1, district: d1, urban: false}, {id: c2, district: d1, urban: true}, {id: "20332", district: d1, urban: false}]
            """;

    private Rosters() {}

    /** The case's households, or an AssertionError listing its errors. */
    static List<Household> households(Path dir) throws IOException {
        try {
            return FactsReader.readWhole(FactsFiles.documents(List.of(dir)), null).households();
        } catch (InputException e) {
            throw new AssertionError(String.join("\n", errors(dir)));
        }
    }

    /** The case's errors as gnbv prints them in English, paths relative to the folder. */
    static List<String> errors(Path dir) throws IOException {
        try {
            FactsReader.readWhole(FactsFiles.documents(List.of(dir)), null);
            return List.of();
        } catch (InputException e) {
            ErrorText text = new ErrorText("en");
            return e.errors().stream().map(x -> text.render(x).replace(dir + "/", "")).toList();
        }
    }

    static List<InputError> raw(Path dir) throws IOException {
        try {
            FactsReader.readWhole(FactsFiles.documents(List.of(dir)), null);
            return List.of();
        } catch (InputException e) {
            return e.errors();
        }
    }

    static Path places(Path dir) throws IOException {
        Files.writeString(dir.resolve("case.yaml"), PLACES, StandardCharsets.UTF_8);
        return dir;
    }
}
