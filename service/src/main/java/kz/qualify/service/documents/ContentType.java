package kz.qualify.service.documents;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.jspecify.annotations.Nullable;

/** The type of a file as its first bytes say, whatever its name claims. */
enum ContentType {
    PDF("application/pdf", true),
    PNG("image/png", true),
    JPEG("image/jpeg", true),
    /** A ZIP-based Office Open XML file (XLSX, DOCX). */
    OOXML("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", true),
    /** An OLE2 compound file (XLS, DOC). */
    OLE2("application/vnd.ms-excel", true),
    TEXT("text/plain;charset=UTF-8", true),
    /**
     * Text in Windows-1251, Russian Windows' "ANSI": what Excel in a Russian locale writes as "CSV",
     * common in Kazakhstan. Stored with its charset, so it is downloaded and shown as written.
     */
    TEXT_WINDOWS_1251("text/plain;charset=windows-1251", true),
    ZIP("application/zip", false),
    GIF("image/gif", false),
    EXECUTABLE("application/x-executable", false),
    UNKNOWN("application/octet-stream", false);

    private static final Charset WINDOWS_1251 = Charset.forName("windows-1251");

    final String mediaType;
    final boolean accepted;

    ContentType(String mediaType, boolean accepted) {
        this.mediaType = mediaType;
        this.accepted = accepted;
    }

    static ContentType detect(byte[] bytes) {
        if (starts(bytes, '%', 'P', 'D', 'F', '-')) return PDF;
        if (starts(bytes, 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A)) return PNG;
        if (starts(bytes, 0xFF, 0xD8, 0xFF)) return JPEG;
        if (starts(bytes, 0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1)) return OLE2;
        if (starts(bytes, 'P', 'K', 0x03, 0x04)) return containsAscii(bytes, "[Content_Types].xml") ? OOXML : ZIP;
        if (starts(bytes, 'G', 'I', 'F', '8')) return GIF;
        if (starts(bytes, 'M', 'Z') || starts(bytes, 0x7F, 'E', 'L', 'F')) return EXECUTABLE;
        if (bytes.length > 0 && isUtf8Text(bytes)) return TEXT;
        if (bytes.length > 0 && isWindows1251Text(bytes)) return TEXT_WINDOWS_1251;
        return UNKNOWN;
    }

    private static boolean starts(byte[] bytes, int... magic) {
        if (bytes.length < magic.length) return false;
        for (int i = 0; i < magic.length; i++) {
            if ((bytes[i] & 0xFF) != magic[i]) return false;
        }
        return true;
    }

    private static boolean containsAscii(byte[] bytes, String needle) {
        var n = needle.getBytes(StandardCharsets.US_ASCII);
        int limit = Math.min(bytes.length, 64 * 1024) - n.length;
        for (int i = 0; i <= limit; i++) {
            if (Arrays.equals(bytes, i, i + n.length, n, 0, n.length)) return true;
        }
        return false;
    }

    /** Valid UTF-8 (with or without a byte-order mark) without control characters other than tab, CR, LF and form feed. */
    private static boolean isUtf8Text(byte[] bytes) {
        int offset = starts(bytes, 0xEF, 0xBB, 0xBF) ? 3 : 0;
        var text = decode(bytes, offset, StandardCharsets.UTF_8);
        return text != null && withoutControls(text);
    }

    /**
     * Text in Windows-1251. Nearly every byte decodes in it, so decoding alone proves nothing: text
     * also has no control characters (binary data has them every few dozen bytes) and no DEL, and
     * what is not ASCII is mostly Cyrillic letters, as in Russian or Kazakh text — high bytes at
     * random are only half letters, the rest the code page's rarely used signs.
     */
    private static boolean isWindows1251Text(byte[] bytes) {
        var text = decode(bytes, 0, WINDOWS_1251);
        if (text == null || !withoutControls(text)) return false;
        int nonAscii = 0;
        int cyrillic = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == 0x7F) return false;
            if (c < 0x80) continue;
            nonAscii++;
            if ((c >= 'А' && c <= 'я') || c == 'Ё' || c == 'ё') cyrillic++;
        }
        return cyrillic * 10 >= nonAscii * 8;
    }

    /** The bytes from {@code offset} as text, or null when they are not valid in the charset. */
    private static @Nullable String decode(byte[] bytes, int offset, Charset charset) {
        try {
            return charset.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes, offset, bytes.length - offset))
                    .toString();
        } catch (CharacterCodingException e) {
            return null;
        }
    }

    private static boolean withoutControls(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != '\f') return false;
        }
        return true;
    }
}
