package vn.gnbv.output;

import com.samskivert.mustache.Mustache;
import com.samskivert.mustache.Template;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import java.util.regex.Pattern;

/**
 * The HTML report's parts on the classpath: Mustache templates, style sheet and chart script in
 * {@code gnbv/html/}, and the chart library's minified script from its webjar (ECharts, the
 * "common" build: bar, line, pie, SVG renderer), all inlined so the page needs no network.
 * Templates escape HTML in every {{value}}; only these files are inserted unescaped ({{{css}}}).
 */
final class HtmlTemplates {
    private static final String DIR = "gnbv/html/";
    private static final String WEBJAR = "META-INF/maven/org.webjars/echarts/pom.properties";
    private static final Pattern SCRIPT_END = Pattern.compile("</(script)", Pattern.CASE_INSENSITIVE);

    private static volatile HtmlTemplates loaded;

    final Template page;
    final String css, script, echarts;

    private HtmlTemplates() {
        Mustache.Compiler compiler = Mustache.compiler().nullValue("").withLoader(name -> reader(DIR + name + ".mustache"));
        page = compiler.compile(text(DIR + "report.mustache"));
        css = text(DIR + "report.css");
        script = inlineScript(text(DIR + "charts.js"));
        echarts = inlineScript(text("META-INF/resources/webjars/echarts/" + echartsVersion() + "/echarts.common.min.js"));
    }

    static HtmlTemplates get() {
        HtmlTemplates t = loaded;
        if (t == null) {
            synchronized (HtmlTemplates.class) {
                if (loaded == null) loaded = new HtmlTemplates();
                t = loaded;
            }
        }
        return t;
    }

    /** A script can hold any text but the end of its own element. */
    static String inlineScript(String js) {
        return SCRIPT_END.matcher(js).replaceAll("<\\\\/$1");
    }

    private static String echartsVersion() {
        Properties p = new Properties();
        try (InputStream in = stream(WEBJAR)) {
            p.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return p.getProperty("version");
    }

    private static InputStream stream(String resource) {
        InputStream in = HtmlTemplates.class.getClassLoader().getResourceAsStream(resource);
        if (in == null) throw new IllegalStateException("missing from the classpath: " + resource);
        return in;
    }

    private static Reader reader(String resource) {
        return new InputStreamReader(stream(resource), StandardCharsets.UTF_8);
    }

    private static String text(String resource) {
        try (InputStream in = stream(resource)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
