package vn.gnbv.input;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Syntax errors from the real parsers, in gnbv's words: the sentence, the place, what was found. */
class SyntaxProblemTest {
    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
            // file | text (\n for a new line) | code | place | found
            "a.json|{\"asOf\": \"x\",\\n \"b\": 1,\\n}|syntax.json.trailing-comma|a.json:3:1|}",
            "a.json|{\"b\": [1, 2,]}|syntax.json.trailing-comma|a.json:1:13|]",
            "a.json|{\"asOf\": \"x\"\\n \"b\": 1}|syntax.json.missing-comma|a.json:2:2|\"",
            "a.json|{\"asOf\": 2024-06-30}|syntax.json.missing-comma|a.json:1:14|-",
            "a.json|{\"asOf\" \"x\"}|syntax.json.missing-colon|a.json:1:9|\"",
            "a.json|{asOf: 1}|syntax.json.unquoted-name|a.json:1:2|a",
            "a.json|`{'asOf': 1}`|syntax.json.single-quote|a.json:1:2|",
            "a.json|`{\"a\": 'x'}`|syntax.json.single-quote|a.json:1:7|",
            "a.json|{\"a\": truee}|syntax.json.not-a-value|a.json:1:7|truee",
            "a.json|{\"a\": 012}|syntax.json.leading-zero|a.json:1:8|",
            "a.json|{\"a\": 1 // note\\n}|syntax.json.comment|a.json:1:9|",
            "a.json|{\"a\": \"x\\q\"}|syntax.escape|a.json:1:10|q",
            "a.json|{\"a\": [1, 2}|syntax.json.wrong-close-at|a.json:1:12|}",
            "a.json|{\"a\": [\\n|syntax.unclosed|a.json:2:1|",
            "a.json|{\"a\": \"x|syntax.unexpected-end|a.json:1:9|",
            "a.yaml|a: 1\\n\\tb: 2\\n|syntax.yaml.tab|a.yaml:2:1|",
            "a.yaml|a: @x\\n|syntax.yaml.reserved-start|a.yaml:1:4|@",
            "a.yaml|a: 1\\nb:c\\n  d: 2\\n|syntax.yaml.missing-colon|a.yaml:3:4|",
            "a.yaml|a: b: c\\n|syntax.yaml.colon-in-value|a.yaml:1:5|",
            "a.yaml|a:\\n  - id: 1\\n   b: 2\\n|syntax.yaml.indentation|a.yaml:3:4|",
            "a.yaml|a: [1, 2\\n|syntax.unexpected-end|a.yaml:2:1|",
            "a.yaml|a: \"x\\n|syntax.unexpected-end|a.yaml:2:1|",
            "a.yaml|a: [1, 2\\nb: 3\\n|syntax.yaml.flow|a.yaml:2:2|",
            "a.yaml|a: [1, 2]]\\n|syntax.unexpected-character|a.yaml:1:10|]",
            "a.yaml|a: \"x\\q\"\\n|syntax.escape|a.yaml:1:7|q"})
    void theParsersProblemInGnbvsWords(String file, String text, String code, String at, String found) {
        Errors errors = new Errors();
        TreeReader.readText(text.replace("\\n", "\n").replace("\\t", "\t"), file, errors);
        assertThat(errors.list()).singleElement().satisfies(e -> {
            assertThat(e.code()).isEqualTo(code);
            assertThat(e.location()).hasToString(at);
            if (found != null) assertThat(e.args()).containsEntry("found", found);
        });
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"vi", "en"})
    void everySentenceIsWordedInBothLanguagesWithItsArgumentsFilled(String lang) {
        ErrorText text = new ErrorText(lang);
        Map<String, Object> args = Map.of("found", "x", "expected", "]", "openLine", "1", "openColumn", "2", "detail", "d");
        for (String code : new String[] {"syntax", "syntax.unexpected-end", "syntax.unclosed", "syntax.unexpected-character",
                "syntax.escape", "syntax.json.wrong-close", "syntax.json.wrong-close-at", "syntax.json.not-a-value",
                "syntax.json.leading-zero", "syntax.json.comment", "syntax.json.single-quote", "syntax.json.trailing-comma",
                "syntax.json.unquoted-name", "syntax.json.missing-comma", "syntax.json.missing-colon", "syntax.yaml.tab",
                "syntax.yaml.reserved-start", "syntax.yaml.missing-colon", "syntax.yaml.colon-in-value",
                "syntax.yaml.indentation", "syntax.yaml.flow", "syntax.csv.unclosed-quote", "syntax.csv.after-quote"}) {
            assertThat(text.sentence(code, args)).as(code).doesNotContain("${").doesNotStartWith(code);
        }
    }

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
            "a,b\\n1,\"x\\n2,3\\n|syntax.csv.unclosed-quote|",
            "a,b\\n1,\"x\"y\\n|syntax.csv.after-quote|y"})
    void csvProblemsFromJacksonsCsvParser(String text, String code, String found) throws Exception {
        var csv = new com.fasterxml.jackson.dataformat.csv.CsvFactory();
        try (var p = csv.createParser(text.replace("\\n", "\n"))) {
            p.setSchema(com.fasterxml.jackson.dataformat.csv.CsvSchema.emptySchema());
            while (p.nextToken() != null) {
                // read to the error
            }
            throw new AssertionError("no error in " + text);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            InputError error = SyntaxProblem.at(Location.ofFile("a.csv"), e.getOriginalMessage());
            assertThat(error.code()).isEqualTo(code);
            if (found != null) assertThat(error.args()).containsEntry("found", found);
        }
    }

    @org.junit.jupiter.api.Test
    void anUnknownProblemKeepsTheParsersWordsWithoutItsSourceNoise() {
        InputError e = SyntaxProblem.at(Location.ofFile("a.json"),
                "Something new (for Array starting at [Source: REDACTED (`StreamReadFeature.INCLUDE_SOURCE_IN_LOCATION` disabled); line: 1, column: 20])\n at [Source: x]");
        assertThat(e.code()).isEqualTo("syntax");
        assertThat(e.args()).containsEntry("detail", "Something new");
    }
}
