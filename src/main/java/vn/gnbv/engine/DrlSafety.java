package vn.gnbv.engine;

import vn.gnbv.input.Errors;
import vn.gnbv.input.Location;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Rule files are code. Before a rule folder is compiled (bundled and draft alike), its DRL is read
 * for what a rule about poverty policy has no reason to touch: the JVM and operating system (System,
 * Runtime, processes, threads, exit), files, the network, reflection and class loading, and the
 * engine's own runtime behind `drools`. Each use is refused with file, line and column. Imports
 * may name the project's fact types and java.util / java.time / java.math only.
 */
final class DrlSafety {
    private static final Pattern FORBIDDEN = Pattern.compile(
            "\\b(System|Runtime|ProcessBuilder|ProcessHandle|Process|Thread|ThreadGroup|ClassLoader|Class\\s*\\.\\s*forName"
                    + "|getClass|Executors?|ForkJoinPool|CompletableFuture|Files|Paths|Path|File|FileInputStream|FileOutputStream"
                    + "|RandomAccessFile|FileReader|FileWriter|Socket|ServerSocket|URL|URI|HttpClient|InetAddress"
                    + "|Unsafe|MethodHandles?|ScriptEngine(?:Manager)?|Proxy|SecurityManager|Scanner|Console"
                    + "|exit|halt|exec|loadLibrary|getKieRuntime|getKieBase|getEntryPoint|kcontext"
                    + "|java\\s*\\.\\s*(?:io|nio|net|lang\\s*\\.\\s*reflect|lang\\s*\\.\\s*invoke|rmi|sql|beans)"
                    + "|javax|jdk|sun|com\\s*\\.\\s*sun|org\\s*\\.\\s*(?:kie|drools|mvel2))\\b");
    private static final Pattern IMPORT = Pattern.compile("(?m)^\\s*import\\s+(function\\s+|static\\s+)?([\\w.]+(?:\\.\\*)?)");
    /** The rule packs' fact types, the helpers rules call, and plain Java values. */
    private static final List<String> ALLOWED_IMPORTS = List.of("vn.gnbv.facts.", "vn.gnbv.household.",
            "vn.gnbv.insurance.", "vn.gnbv.funding.", "vn.gnbv.report.", "vn.gnbv.parameters.Param",
            "vn.gnbv.findings.Values", "vn.gnbv.engine.Raise", "java.util.", "java.time.", "java.math.");
    private static final Pattern QUALIFIED = Pattern.compile("\\b(vn\\s*\\.\\s*gnbv\\s*\\.\\s*[\\w.]+)");
    private static final Pattern DIALECT = Pattern.compile("\\bdialect\\s+\"mvel\"");

    private DrlSafety() {}

    static void scan(String file, DrlText drl, Errors errors) {
        String code = drl.code();
        Matcher m = FORBIDDEN.matcher(code);
        while (m.find()) {
            errors.add(at(file, drl, m.start()), "rules.forbidden", "what", m.group(1).replaceAll("\\s+", ""));
        }
        Matcher i = IMPORT.matcher(code);
        while (i.find()) {
            String name = i.group(2);
            if (ALLOWED_IMPORTS.stream().noneMatch(name::startsWith)) {
                errors.add(at(file, drl, i.start(2)), "rules.forbidden-import", "what", name);
            }
        }
        Matcher q = QUALIFIED.matcher(code);
        while (q.find()) {
            String name = q.group(1).replaceAll("\\s+", "");
            boolean isImport = code.lastIndexOf("import", q.start()) > code.lastIndexOf('\n', q.start());
            if (!isImport && ALLOWED_IMPORTS.stream().noneMatch(name::startsWith)) {
                errors.add(at(file, drl, q.start()), "rules.forbidden", "what", name);
            }
        }
        Matcher d = DIALECT.matcher(code);
        while (d.find()) errors.add(at(file, drl, d.start()), "rules.forbidden", "what", "dialect \"mvel\"");
    }

    private static Location at(String file, DrlText drl, int offset) {
        return new Location(file, drl.lineOf(offset), drl.columnOf(offset));
    }
}
