package vn.gnbv.input;

import java.io.BufferedInputStream;
import java.io.CharConversionException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Input files are UTF-8 (tables may be UTF-16 with its mark: {@link #openTable}). A UTF-16 or UTF-32 byte-order mark is refused at once, by name; a UTF-8
 * byte-order mark (as Excel and Notepad write) is skipped; any other byte that is not UTF-8 is
 * located (line, column, the byte) when the parser stumbles on it.
 */
public final class Encoding {
    private Encoding() {}

    /** The file's bytes after a UTF-8 byte-order mark, or an error for a UTF-16/32 one. */
    public static InputStream open(Path file) throws IOException {
        InputStream in = new BufferedInputStream(ReadMeter.counting(Files.newInputStream(file)), 1 << 16);
        in.mark(4);
        byte[] b = in.readNBytes(4);
        in.reset();
        int n = b.length;
        int b0 = n > 0 ? b[0] & 0xff : -1, b1 = n > 1 ? b[1] & 0xff : -1, b2 = n > 2 ? b[2] & 0xff : -1;
        if (b0 == 0xEF && b1 == 0xBB && b2 == 0xBF) {
            in.skipNBytes(3);
        } else if (utf16Mark(b0, b1)) {
            in.close();
            throw new EncodingException(1, 1, "encoding.utf16");
        } else if (n == 4 && ((b0 == 0 && b1 == 0 && b2 == 0xFE) || (b0 == 0xFF && b1 == 0xFE && b2 == 0))) {
            in.close();
            throw new EncodingException(1, 1, "encoding.utf16");
        }
        return in;
    }

    private static boolean utf16Mark(int b0, int b1) {
        return (b0 == 0xFF && b1 == 0xFE) || (b0 == 0xFE && b1 == 0xFF);
    }

    /**
     * The text of a table file (CSV, a sheet saved as text): UTF-8 as {@link #open} reads it, or
     * UTF-16 when its byte-order mark says so, as Excel's "Unicode Text (*.txt)" saves a sheet (the
     * one text export of older Excel that keeps Vietnamese). Bytes that do not decode are an error.
     */
    public static java.io.Reader openTable(Path file) throws IOException {
        byte[] head;
        try (InputStream in = Files.newInputStream(file)) {
            head = in.readNBytes(2);
        }
        boolean utf16 = head.length == 2 && utf16Mark(head[0] & 0xff, head[1] & 0xff);
        CharsetDecoder decoder = (utf16 ? StandardCharsets.UTF_16 : StandardCharsets.UTF_8).newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
        InputStream bytes = utf16 ? ReadMeter.counting(Files.newInputStream(file)) : open(file);
        return new java.io.InputStreamReader(bytes, decoder);
    }

    static boolean isDecodingFailure(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof CharacterCodingException || t instanceof CharConversionException) return true;
            String m = t.getMessage();
            if (m != null && (m.contains("Invalid UTF-8") || m.contains("Malformed") || m.contains("Input length"))) return true;
        }
        return false;
    }

    /** The first control character (a 0 byte, …) of a text file, as a located error; null when there is none. */
    static InputError locateControl(Path file, String shown) {
        try (var in = new java.io.BufferedReader(new java.io.InputStreamReader(Files.newInputStream(file), StandardCharsets.UTF_8))) {
            int line = 1, column = 1, c;
            while ((c = in.read()) >= 0) {
                if (c == '\n') {
                    line++;
                    column = 1;
                    continue;
                }
                if (c < 0x20 && c != '\t' && c != '\r' || c == 0x7F) {
                    return InputError.of(new Location(shown, line, column), "syntax.control-character");
                }
                column++;
            }
        } catch (IOException e) {
            return null;
        }
        return null;
    }

    /** The first byte that is not UTF-8, as a located error; null when the file decodes. */
    static InputError locate(Path file, String shown) {
        CharsetDecoder dec = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
        try (InputStream in = Files.newInputStream(file)) {
            ByteBuffer bytes = ByteBuffer.allocate(1 << 16);
            CharBuffer chars = CharBuffer.allocate(1 << 16);
            int line = 1, column = 1;
            boolean eof = false;
            while (true) {
                if (!eof) {
                    byte[] chunk = in.readNBytes(bytes.remaining());
                    if (chunk.length == 0) eof = true;
                    bytes.put(chunk);
                }
                bytes.flip();
                CoderResult r = dec.decode(bytes, chars, eof);
                chars.flip();
                while (chars.hasRemaining()) {
                    char c = chars.get();
                    if (c == '\n') { line++; column = 1; } else if (!Character.isLowSurrogate(c)) column++;
                }
                chars.clear();
                if (r.isError()) {
                    String b = String.format("0x%02X", bytes.get(bytes.position()) & 0xff);
                    return InputError.of(new Location(shown, line, column), "encoding.not-utf8", "byte", b);
                }
                bytes.compact();
                if (eof && r.isUnderflow()) return null;
            }
        } catch (IOException e) {
            return null;
        }
    }
}
