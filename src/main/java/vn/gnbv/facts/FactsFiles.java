package vn.gnbv.facts;

import vn.gnbv.input.Errors;
import vn.gnbv.input.InputException;
import vn.gnbv.input.InputKind;
import vn.gnbv.input.Location;
import vn.gnbv.input.TreeReader;

import java.io.IOException;
import java.nio.file.FileSystemLoopException;
import java.nio.file.FileVisitOption;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;

/**
 * The documents of a case: files as given, and every facts file under a folder, in name order.
 * Linked folders are followed (a link back up the tree is an error naming it, not a silent skip); a
 * folder or file that cannot be read is an error with the reason; an `expected.yaml` beside facts
 * is a fixture's and is left out.
 */
public final class FactsFiles {
    private FactsFiles() {}

    public static List<FactsDocument> documents(List<Path> paths) throws InputException {
        Errors errors = new Errors();
        List<Path> files = new ArrayList<>();
        for (Path p : paths) {
            if (Files.isDirectory(p)) walk(p, files, errors);
            else if (Files.isRegularFile(p) && RosterDocument.unreadTable(p) != null) unread(p, errors);
            else if (Files.isRegularFile(p)) files.add(p);
            else if (Files.exists(p)) errors.add(Location.ofFile(p.toString()), "file.not-regular");
            else errors.add(Location.ofFile(p.toString()), "file.not-found");
        }
        if (errors.isEmpty() && files.isEmpty() && !paths.isEmpty()) {
            errors.add(Location.ofFile(paths.get(0).toString()), "file.no-facts");
        }
        errors.throwIfAny(InputKind.FACTS);
        List<FactsDocument> docs = new ArrayList<>();
        for (Path f : files) {
            docs.add(document(f));
            if (vn.gnbv.input.TableFiles.isWorkbook(f.getFileName().toString())) continue; // unzipped or by records: not a metered stream
            try {
                vn.gnbv.input.ReadMeter.expect(Files.size(f));
            } catch (IOException ignored) {
                // the size only estimates the time left
            }
        }
        return docs;
    }

    /**
     * Whether a file in a folder is a facts file: YAML, JSON, or a roster (a workbook or a CSV file); not a
     * fixture's expected.yaml, nor the lock file Excel keeps beside an open workbook (~$name.xlsx).
     */
    public static boolean isFactsFile(Path p) {
        String n = p.getFileName().toString();
        if (n.startsWith("expected.") || n.startsWith("~$")) return false;
        return TreeReader.isInputFile(p) || RosterDocument.isRoster(p);
    }

    /**
     * A spreadsheet gnbv does not read (LibreOffice's .ods, Excel's binary .xlsb, WPS's .et, …): an
     * error naming it, never a roster left out without a word (a folder of them checked "0 households").
     */
    private static void unread(Path p, Errors errors) {
        if (p.getFileName().toString().startsWith("~$")) return; // a lock file beside an open workbook
        errors.add(Location.ofFile(p.toString()), "table.unsupported", "format", RosterDocument.unreadTable(p));
    }

    static FactsDocument document(Path f) {
        return RosterDocument.isRoster(f) ? RosterDocument.file(f) : TokenDocument.file(f);
    }

    private static void walk(Path dir, List<Path> files, Errors errors) {
        List<Path> found = new ArrayList<>();
        try {
            Files.walkFileTree(dir, EnumSet.of(FileVisitOption.FOLLOW_LINKS), Integer.MAX_VALUE, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                    if (attrs.isRegularFile() && isFactsFile(file)) found.add(file);
                    else if (attrs.isRegularFile() && RosterDocument.unreadTable(file) != null) unread(file, errors);
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFileFailed(Path file, IOException e) {
                    if (e instanceof FileSystemLoopException) {
                        errors.add(Location.ofFile(file.toString()), "file.link-loop");
                    } else {
                        errors.add(Location.ofFile(file.toString()), "file.unreadable", "detail", reason(e));
                    }
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException e) {
            errors.add(Location.ofFile(dir.toString()), "file.unreadable", "detail", reason(e));
        }
        found.sort(null);
        files.addAll(found);
    }

    /** Why a file cannot be read, in words rather than an exception's name. */
    static String reason(IOException e) {
        if (e instanceof java.nio.file.AccessDeniedException) return "reason.permission-denied";
        if (e instanceof java.nio.file.NoSuchFileException) return "reason.not-found";
        String m = e.getMessage();
        return m == null || m.isBlank() ? "reason.io" : m;
    }
}
