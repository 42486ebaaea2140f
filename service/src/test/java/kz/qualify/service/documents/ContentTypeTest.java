package kz.qualify.service.documents;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;

class ContentTypeTest {

    static byte[] bytes(int... b) {
        var out = new byte[b.length];
        for (int i = 0; i < b.length; i++) out[i] = (byte) b[i];
        return out;
    }

    static byte[] zip(String entry) throws IOException {
        var out = new ByteArrayOutputStream();
        try (var z = new ZipOutputStream(out)) {
            z.putNextEntry(new ZipEntry(entry));
            z.write("<x/>".getBytes(StandardCharsets.UTF_8));
            z.closeEntry();
        }
        return out.toByteArray();
    }

    @Test
    void recognisesTheAcceptedTypesByTheirFirstBytes() throws IOException {
        assertThat(ContentType.detect("%PDF-1.7\n".getBytes(StandardCharsets.US_ASCII)))
                .isEqualTo(ContentType.PDF);
        assertThat(ContentType.detect(bytes(0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0)))
                .isEqualTo(ContentType.PNG);
        assertThat(ContentType.detect(bytes(0xFF, 0xD8, 0xFF, 0xE0))).isEqualTo(ContentType.JPEG);
        assertThat(ContentType.detect(bytes(0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1)))
                .isEqualTo(ContentType.OLE2);
        assertThat(ContentType.detect(zip("[Content_Types].xml"))).isEqualTo(ContentType.OOXML);
        assertThat(ContentType.detect("ФИО;Должность\nАхметов;Инженер\n".getBytes(StandardCharsets.UTF_8)))
                .isEqualTo(ContentType.TEXT);
    }

    @Test
    void refusesWhatTheNameCannotMakeAcceptable() throws IOException {
        assertThat(ContentType.detect(bytes('M', 'Z', 0x90, 0)).accepted).isFalse();
        assertThat(ContentType.detect(bytes(0x7F, 'E', 'L', 'F')).accepted).isFalse();
        assertThat(ContentType.detect(zip("payload.exe"))).isEqualTo(ContentType.ZIP);
        assertThat(ContentType.detect(zip("payload.exe")).accepted).isFalse();
        assertThat(ContentType.detect("ФИО;Должность".getBytes(Charset.forName("windows-1251"))))
                .isEqualTo(ContentType.UNKNOWN);
        assertThat(ContentType.detect(new byte[0])).isEqualTo(ContentType.UNKNOWN);
        assertThat(ContentType.detect(bytes('a', 0, 'b'))).isEqualTo(ContentType.UNKNOWN);
    }
}
