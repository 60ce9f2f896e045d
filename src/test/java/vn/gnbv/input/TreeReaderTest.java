package vn.gnbv.input;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

/** Small files read whole (parameters, fixtures, waivers): a key written twice is an error with both places. */
class TreeReaderTest {
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "p.yaml|a: 1\\nb:\\n  c: 2\\n  c: 3\\n|p.yaml:4:3|p.yaml:3:3",
            "p.json|{\"a\": 1,\\n \"b\": {\"c\": 2, \"c\": 3}}|p.json:2:16|p.json:2:8"})
    void aKeyWrittenTwiceIsAnErrorAtTheSecondAndTheFirstValueIsRead(String name, String text, String at, String first) {
        Errors errors = new Errors();
        Node root = TreeReader.readText(text.replace("\\n", "\n"), name, errors);
        assertThat(errors.list()).singleElement().satisfies(e -> {
            assertThat(e.code()).isEqualTo("field.duplicate");
            assertThat(e.location()).hasToString(at);
            assertThat(e.args()).containsEntry("field", "c");
            assertThat(e.args().get("first")).hasToString(first);
        });
        Node.Obj b = (Node.Obj) ((Node.Obj) root).fields().get("b").value();
        assertThat(((Node.Scalar) b.fields().get("c").value()).value()).isEqualTo(2L);
    }
}
