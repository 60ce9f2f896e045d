package vn.gnbv.engine;

import org.drools.model.Model;
import org.drools.modelcompiler.KieBaseBuilder;
import org.kie.api.KieBase;

import java.io.IOException;
import java.io.InputStream;
import java.net.JarURLConnection;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HexFormat;
import java.util.List;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.stream.Stream;

/**
 * The rule base pre-built at {@code mvn package} by kie-maven-plugin (Drools executable model: rules
 * as generated Java, no DRL compiled at start), used when the DRL to run is byte for byte the DRL the
 * model was generated from (the jar's copy of rules/). Edited rules are compiled instead, never run
 * from an old model. -Dgnbv.execmodel=false turns it off (tests run the fixtures on both engines).
 */
final class Prebuilt {
    private Prebuilt() {}

    /** Written by kie-maven-plugin: the generated org.drools.model.Model classes, one a line. */
    static final String MODEL_FILE = "META-INF/kie/vn.gnbv/gnbv/drools-model";

    /** The pre-built KieBase when it was generated from exactly these DRL texts, else null. */
    static KieBase forTexts(Collection<String> texts) {
        if ("false".equals(System.getProperty("gnbv.execmodel"))) return null;
        try {
            List<String> models = modelClasses();
            if (models.isEmpty()) return null;
            String bundled = fingerprint(bundledTexts());
            if (bundled == null || !bundled.equals(fingerprint(texts))) return null;
            List<Model> ms = new ArrayList<>();
            for (String c : models) ms.add((Model) Class.forName(c).getDeclaredConstructor().newInstance());
            return KieBaseBuilder.createKieBaseFromModel(ms);
        } catch (ReflectiveOperationException | IOException e) {
            return null;
        }
    }

    static List<String> modelClasses() throws IOException {
        List<String> out = new ArrayList<>();
        try (InputStream in = Prebuilt.class.getClassLoader().getResourceAsStream(MODEL_FILE)) {
            if (in == null) return out;
            for (String l : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\\R")) {
                l = l.trim();
                if (!l.isEmpty() && !l.startsWith("Drools-Model-Version")) out.add(l);
            }
        }
        return out;
    }

    /** The DRL texts of the jar's copy of rules/ (what the model was generated from). */
    static List<String> bundledTexts() throws IOException {
        return textsAt(Prebuilt.class.getResource("/gnbv/rules"));
    }

    /** The DRL texts below a folder, in a jar or on disk; null when there is none. */
    static List<String> textsAt(java.net.URL url) throws IOException {
        if (url == null) return null;
        List<String> texts = new ArrayList<>();
        if (url.openConnection() instanceof JarURLConnection c) {
            // the jar the class loader has open, its entries listed in order (a zip file system over
            // the jar indexes every entry first: four times as long)
            JarFile jar = c.getJarFile();
            String prefix = c.getEntryName() + "/";
            for (var e = jar.entries(); e.hasMoreElements(); ) {
                JarEntry entry = e.nextElement();
                if (!entry.getName().startsWith(prefix) || !entry.getName().endsWith(".drl")) continue;
                try (InputStream in = jar.getInputStream(entry)) {
                    texts.add(new String(in.readAllBytes(), StandardCharsets.UTF_8));
                }
            }
            return texts;
        }
        Path root;
        try {
            root = Path.of(url.toURI());
        } catch (java.net.URISyntaxException | IllegalArgumentException e) {
            return null;
        }
        try (Stream<Path> s = Files.walk(root)) {
            for (Path p : s.filter(p -> p.toString().endsWith(".drl")).toList()) texts.add(Files.readString(p, StandardCharsets.UTF_8));
        }
        return texts;
    }

    /** Order-independent digest of a set of DRL texts. */
    static String fingerprint(Collection<String> texts) {
        if (texts == null) return null;
        try {
            List<String> each = new ArrayList<>();
            for (String t : texts) {
                each.add(HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(t.getBytes(StandardCharsets.UTF_8))));
            }
            each.sort(null);
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(String.join(",", each).getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
