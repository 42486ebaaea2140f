package kz.qualify.service.documents;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Random;
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
        assertThat(ContentType.detect(new byte[0])).isEqualTo(ContentType.UNKNOWN);
        assertThat(ContentType.detect(bytes('a', 0, 'b'))).isEqualTo(ContentType.UNKNOWN);
    }

    static final Charset WINDOWS_1251 = Charset.forName("windows-1251");

    static final String CSV = """
            № п/п;ФИО;Специальность по образованию;Должность;Стаж работы по специальности в данной области
            1;Ахметов Серик Болатович;Высшее, 5В071800 Электроэнергетика;Главный инженер;12 лет 4 мес.
            2;Жумабаев Нурлан Кайратович;Средне-специальное, «Электроснабжение», техник-электрик;Мастер участка;5 л. 3 м.
            """;

    @Test
    void acceptsCsvInUtf8WithOrWithoutBomAndInWindows1251() {
        var utf8 = CSV.getBytes(StandardCharsets.UTF_8);
        var bom = new byte[utf8.length + 3];
        bom[0] = (byte) 0xEF;
        bom[1] = (byte) 0xBB;
        bom[2] = (byte) 0xBF;
        System.arraycopy(utf8, 0, bom, 3, utf8.length);
        assertThat(ContentType.detect(utf8)).isEqualTo(ContentType.TEXT);
        assertThat(ContentType.detect(bom)).isEqualTo(ContentType.TEXT);

        var cp1251 = CSV.replace("\n", "\r\n").getBytes(WINDOWS_1251);
        assertThat(ContentType.detect(cp1251)).isEqualTo(ContentType.TEXT_WINDOWS_1251);
        assertThat(ContentType.TEXT_WINDOWS_1251.accepted).isTrue();
        assertThat(ContentType.TEXT_WINDOWS_1251.mediaType).isEqualTo("text/plain;charset=windows-1251");
        assertThat(ContentType.detect("ФИО;Должность".getBytes(WINDOWS_1251))).isEqualTo(ContentType.TEXT_WINDOWS_1251);
    }

    @Test
    void refusesBinaryJunkThatWindows1251WouldDecode() {
        var random = new Random(1251);
        var junk = new byte[4096];
        random.nextBytes(junk);
        assertThat(ContentType.detect(junk)).isEqualTo(ContentType.UNKNOWN);

        // only high bytes, no control characters: decodable, but half of it is not letters
        var high = new byte[4096];
        for (int i = 0; i < high.length; i++) {
            int b;
            do b = 0x80 + random.nextInt(0x80);
            while (b == 0x98);
            high[i] = (byte) b;
        }
        assertThat(ContentType.detect(high)).isEqualTo(ContentType.UNKNOWN);

        // Cyrillic text with a NUL or an escape inside is not text
        var withNul = CSV.getBytes(WINDOWS_1251);
        withNul[40] = 0;
        assertThat(ContentType.detect(withNul)).isEqualTo(ContentType.UNKNOWN);
        var withEscape = CSV.getBytes(WINDOWS_1251);
        withEscape[40] = 0x1B;
        assertThat(ContentType.detect(withEscape)).isEqualTo(ContentType.UNKNOWN);
    }
}
