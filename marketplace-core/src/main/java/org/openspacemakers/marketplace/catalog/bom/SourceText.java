package org.openspacemakers.marketplace.catalog.bom;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;

/**
 * Turns the bytes of an upload into text. UTF-8 with or without its EF BB BF mark, or UTF-16 with its byte-order mark
 * (FF FE little-endian, FE FF big-endian); anything else, NUL bytes, bytes that are not valid in the encoding and
 * control characters other than tab and line breaks, is refused: no guessing at legacy code pages.
 */
final class SourceText {

    private SourceText() {
    }

    static Optional<String> decode(byte[] bytes, Findings findings) {
        Charset charset = StandardCharsets.UTF_8;
        String encodingName = "UTF-8";
        int start = 0;
        if (startsWith(bytes, 0xEF, 0xBB, 0xBF)) {
            start = 3;
        } else if (startsWith(bytes, 0xFF, 0xFE)) {
            charset = StandardCharsets.UTF_16LE;
            encodingName = "UTF-16";
            start = 2;
        } else if (startsWith(bytes, 0xFE, 0xFF)) {
            charset = StandardCharsets.UTF_16BE;
            encodingName = "UTF-16";
            start = 2;
        } else {
            for (int i = 0; i < bytes.length; i++) {
                if (bytes[i] == 0) {
                    findings.problem(lineOfByte(bytes, i), "bom.nulBytes");
                    return Optional.empty();
                }
            }
        }
        Optional<String> text = decode(bytes, start, charset, encodingName, findings);
        if (text.isPresent() && !controlCharactersAbsent(text.get(), findings)) {
            return Optional.empty();
        }
        return text;
    }

    private static Optional<String> decode(byte[] bytes, int start, Charset charset, String encodingName,
            Findings findings) {
        CharsetDecoder decoder = charset.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes, start, bytes.length - start);
        CharBuffer out = CharBuffer.allocate(bytes.length + 1);
        CoderResult result = decoder.decode(in, out, true);
        if (!result.isError()) {
            result = decoder.flush(out);
        }
        if (result.isError()) {
            out.flip();
            int line = 1 + lineBreaks(out);
            findings.problem(line, "bom.invalidEncoding", encodingName, in.position() + 1);
            return Optional.empty();
        }
        if (result.isOverflow()) {
            // The buffer holds as many characters as there are bytes: unreachable for UTF-8 and UTF-16.
            throw new IllegalStateException("decoding overflowed");
        }
        out.flip();
        return Optional.of(out.toString());
    }

    private static boolean controlCharactersAbsent(String text, Findings findings) {
        int line = 1;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (isLineBreak(text, i)) {
                line++;
            } else if (c != '\t' && c != '\r' && Character.isISOControl(c)) {
                findings.problem(line, "bom.controlCharacter", String.format(Locale.ROOT, "%04X", (int) c));
                return false;
            }
        }
        return true;
    }

    /** Counts CR LF, LF and a lone CR as one line break each, as the CSV reader does. */
    private static int lineBreaks(CharSequence text) {
        int breaks = 0;
        for (int i = 0; i < text.length(); i++) {
            if (isLineBreak(text, i)) {
                breaks++;
            }
        }
        return breaks;
    }

    private static boolean isLineBreak(CharSequence text, int i) {
        char c = text.charAt(i);
        return c == '\n' || (c == '\r' && (i + 1 == text.length() || text.charAt(i + 1) != '\n'));
    }

    private static boolean startsWith(byte[] bytes, int... prefix) {
        if (bytes.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((bytes[i] & 0xFF) != prefix[i]) {
                return false;
            }
        }
        return true;
    }

    private static int lineOfByte(byte[] bytes, int offset) {
        int line = 1;
        for (int i = 0; i < offset; i++) {
            if (bytes[i] == '\n') {
                line++;
            }
        }
        return line;
    }
}
