package vn.gnbv.input;

import org.apache.commons.text.StringSubstitutor;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;

/** Renders input errors from the error catalogue: "file:line:column: error: sentence". */
public final class ErrorText {
    private final ResourceBundle bundle;

    public ErrorText(String lang) {
        this.bundle = ResourceBundle.getBundle("gnbv.errors", Locale.forLanguageTag(lang),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    public String render(InputError e) {
        Map<String, String> args = new HashMap<>();
        e.args().forEach((k, v) -> args.put(k, word(String.valueOf(v))));
        Object s = e.args().get("suggestion");
        args.put("hint", s == null || s.toString().isEmpty() ? ""
                : new StringSubstitutor(Map.of("suggestion", s.toString())).replace(bundle.getString("hint")));
        String sentence = bundle.containsKey(e.code()) ? bundle.getString(e.code()) : e.code() + " " + e.args();
        return e.location() + ": " + bundle.getString("label.error") + ": " + new StringSubstitutor(args).replace(sentence);
    }

    private String word(String v) {
        return v.startsWith("type.") && bundle.containsKey(v) ? bundle.getString(v) : v;
    }
}
