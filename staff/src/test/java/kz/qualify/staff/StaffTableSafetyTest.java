package kz.qualify.staff;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.util.LinkedHashMap;
import kz.qualify.staff.StaffImportException.Problem;
import org.apache.poi.hssf.record.crypto.Biff8EncryptionKey;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.poifs.crypt.EncryptionInfo;
import org.apache.poi.poifs.crypt.EncryptionMode;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Whole-file problems: each a StaffImportException with a stable problem and a message naming the file. */
class StaffTableSafetyTest {

    @TempDir
    Path dir;

    private final StaffTableReader reader = new StaffTableReader();

    @Test
    void aPasswordProtectedXlsxIsRefusedAsSuch() throws Exception {
        var file = dir.resolve("protected.xlsx");
        // Office (and POI) store an encrypted .xlsx as an OLE2 file with EncryptionInfo and
        // EncryptedPackage streams; the package encrypted here is LibreOffice's clean-ru.xlsx.
        var info = new EncryptionInfo(EncryptionMode.agile);
        var encryptor = info.getEncryptor();
        encryptor.confirmPassword("secret");
        try (var fs = new POIFSFileSystem()) {
            try (var out = encryptor.getDataStream(fs)) {
                Files.copy(Fixtures.file("clean-ru.xlsx"), out);
            }
            try (var out = Files.newOutputStream(file)) {
                fs.writeFilesystem(out);
            }
        }
        assertThatThrownBy(() -> reader.read(file))
                .isInstanceOfSatisfying(
                        StaffImportException.class, e -> assertThat(e.problem()).isEqualTo(Problem.PASSWORD_PROTECTED))
                .hasMessageStartingWith("protected.xlsx: ")
                .hasMessageContaining("password-protected");
    }

    @Test
    void aPasswordProtectedXlsIsRefusedAsSuch() throws IOException, GeneralSecurityException {
        var file = dir.resolve("protected.xls");
        try (var workbook = new HSSFWorkbook()) {
            workbook.createSheet("Staff").createRow(0).createCell(0).setCellValue("ФИО");
            Biff8EncryptionKey.setCurrentUserPassword("secret");
            try (var out = Files.newOutputStream(file)) {
                workbook.write(out);
            } finally {
                Biff8EncryptionKey.setCurrentUserPassword(null);
            }
        }
        assertThatThrownBy(() -> reader.read(file))
                .isInstanceOfSatisfying(
                        StaffImportException.class, e -> assertThat(e.problem()).isEqualTo(Problem.PASSWORD_PROTECTED))
                .hasMessageContaining("protected.xls: ")
                .hasMessageContaining("password");
    }

    @Test
    void aCorruptWorkbookIsDamagedNotAStackTrace() {
        assertThatThrownBy(() -> reader.read(Fixtures.file("corrupt.xlsx")))
                .isInstanceOfSatisfying(
                        StaffImportException.class, e -> assertThat(e.problem()).isEqualTo(Problem.CORRUPT))
                .hasMessageStartingWith("corrupt.xlsx: is damaged");
    }

    @Test
    void aCorruptXlsIsDamaged() throws IOException {
        var file = dir.resolve("broken.xls");
        var bytes = Files.readAllBytes(Fixtures.file("messy.xls"));
        Files.write(file, java.util.Arrays.copyOf(bytes, bytes.length / 3));
        assertThatThrownBy(() -> reader.read(file))
                .isInstanceOfSatisfying(
                        StaffImportException.class, e -> assertThat(e.problem()).isEqualTo(Problem.CORRUPT))
                .hasMessageStartingWith("broken.xls: is damaged");
    }

    @Test
    void aZipBombIsRefusedBeforeItIsInflated() throws IOException {
        // 64 MB of spaces compress a thousand to one.
        var rows = " ".repeat(64 << 20);
        var file = Packages.xlsx(dir.resolve("bomb.xlsx"), Packages.sheet(rows), Packages.strings());
        assertThat(Files.size(file)).isLessThan(1 << 20);
        assertThatThrownBy(() -> reader.read(file))
                .isInstanceOfSatisfying(
                        StaffImportException.class, e -> assertThat(e.problem()).isEqualTo(Problem.TOO_LARGE))
                .hasMessageStartingWith("bomb.xlsx: ")
                .hasMessageContaining("zip bomb");
    }

    @Test
    void theInflatedBytesOfAPackageAreCountedAgainstTheLimit() {
        var small = new StaffTableReader(ImportLimits.defaults().withMaxUncompressedBytes(4_000));
        assertThatThrownBy(() -> small.read(Fixtures.file("messy.xlsx")))
                .isInstanceOfSatisfying(
                        StaffImportException.class, e -> assertThat(e.problem()).isEqualTo(Problem.TOO_LARGE))
                .hasMessageContaining("4000");
    }

    @Test
    void anExternalEntityIsRefusedAndNeverFetched() throws IOException {
        var secret = Files.writeString(dir.resolve("secret.txt"), "SECRET");
        var sheet = "<?xml version=\"1.0\"?><!DOCTYPE worksheet [<!ENTITY xxe SYSTEM \"" + secret.toUri()
                + "\">]><worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData>"
                + Packages.HEADER_ROW.strip()
                + "<row r=\"2\"><c r=\"A2\" t=\"inlineStr\"><is><t>&xxe;</t></is></c></row></sheetData></worksheet>";
        var file = Packages.xlsx(dir.resolve("xxe.xlsx"), sheet, Packages.strings());
        assertThatThrownBy(() -> reader.read(file))
                .isInstanceOfSatisfying(
                        StaffImportException.class, e -> assertThat(e.problem()).isEqualTo(Problem.UNSAFE_XML))
                .hasMessageStartingWith("xxe.xlsx: xl/worksheets/sheet1.xml declares a DOCTYPE")
                .hasMessageNotContaining("SECRET");
    }

    @Test
    void entityExpansionInSharedStringsIsRefused() throws IOException {
        var laughs =
                "<?xml version=\"1.0\"?><!DOCTYPE sst [<!ENTITY a \"lol\"><!ENTITY b \"&a;&a;&a;&a;&a;&a;&a;&a;\">]>"
                        + "<sst xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><si><t>&b;</t></si></sst>";
        var file = Packages.xlsx(dir.resolve("laughs.xlsx"), Packages.sheet(Packages.HEADER_ROW), laughs);
        assertThatThrownBy(() -> reader.read(file))
                .isInstanceOfSatisfying(
                        StaffImportException.class, e -> assertThat(e.problem()).isEqualTo(Problem.UNSAFE_XML))
                .hasMessageContaining("xl/sharedStrings.xml declares a DOCTYPE");
    }

    @Test
    void moreRowsThanTheLimitIsTooLarge() {
        var limited = new StaffTableReader(ImportLimits.defaults().withMaxRows(5));
        for (var name : new String[] {"clean-ru.xlsx", "clean-ru-1251.csv", "messy.xls"}) {
            assertThatThrownBy(() -> limited.read(Fixtures.file(name)))
                    .as(name)
                    .isInstanceOfSatisfying(
                            StaffImportException.class,
                            e -> assertThat(e.problem()).isEqualTo(Problem.TOO_LARGE))
                    .hasMessageStartingWith(name + ": ")
                    .hasMessageContaining("5 rows");
        }
    }

    @Test
    void aFileLargerThanTheLimitIsRefusedBeforeItIsRead() {
        var limited = new StaffTableReader(ImportLimits.defaults().withMaxFileBytes(1_000));
        assertThatThrownBy(() -> limited.read(Fixtures.file("clean-ru.xlsx")))
                .isInstanceOfSatisfying(
                        StaffImportException.class, e -> assertThat(e.problem()).isEqualTo(Problem.TOO_LARGE))
                .hasMessage("clean-ru.xlsx: is larger than the limit of 1000 bytes");
        assertThatThrownBy(() -> limited.read(new ByteArrayInputStream(new byte[5_000]), "upload.csv"))
                .isInstanceOfSatisfying(
                        StaffImportException.class, e -> assertThat(e.problem()).isEqualTo(Problem.TOO_LARGE));
    }

    @Test
    void aCellLongerThanTheLimitNamesItsRowAndColumn() throws IOException {
        var file = Files.writeString(
                dir.resolve("long.csv"), "ФИО;Должность;Стаж\nИванов;Инженер;5\nПетров;" + "x".repeat(40_000) + ";5\n");
        assertThatThrownBy(() -> reader.read(file))
                .isInstanceOfSatisfying(
                        StaffImportException.class, e -> assertThat(e.problem()).isEqualTo(Problem.TOO_LARGE))
                .hasMessage("long.csv: row 3, column B: the cell is longer than 32767 characters");
    }

    @Test
    void filesThatAreNotTablesAreNamedForWhatTheyAre() throws IOException {
        var pdf = Files.write(dir.resolve("staff.pdf.xlsx"), "%PDF-1.4\n...".getBytes(StandardCharsets.US_ASCII));
        var html = Files.writeString(dir.resolve("export.xls"), "<html><body><table><tr><td>ФИО</td></tr></table>");
        var binary = Files.write(dir.resolve("photo.csv"), new byte[] {(byte) 0xFF, (byte) 0xD8, 0, 1, 2, 3, 0, 0});
        var empty = Files.write(dir.resolve("empty.csv"), new byte[0]);
        var ods = new LinkedHashMap<String, byte[]>();
        ods.put("mimetype", Packages.utf8("application/vnd.oasis.opendocument.spreadsheet"));
        ods.put("content.xml", Packages.utf8("<office:document-content/>"));
        var odsFile = Packages.zip(dir.resolve("staff.ods"), ods);
        var docx = new LinkedHashMap<String, byte[]>();
        docx.put("word/document.xml", Packages.utf8("<w:document/>"));
        var docxFile = Packages.zip(dir.resolve("staff.docx"), docx);
        var doc = dir.resolve("staff.doc");
        try (var fs = new POIFSFileSystem();
                var out = Files.newOutputStream(doc)) {
            fs.createDocument(new ByteArrayInputStream(new byte[600]), "WordDocument");
            fs.writeFilesystem(out);
        }
        assertNotATable(pdf, "PDF");
        assertNotATable(html, "web page");
        assertNotATable(binary, "binary");
        assertNotATable(empty, "is empty");
        assertNotATable(odsFile, ".ods");
        assertNotATable(docxFile, "Word document");
        assertNotATable(doc, "not an Excel workbook");
    }

    private void assertNotATable(Path file, String says) {
        assertThatThrownBy(() -> reader.read(file))
                .isInstanceOfSatisfying(
                        StaffImportException.class, e -> assertThat(e.problem()).isEqualTo(Problem.NOT_A_TABLE))
                .hasMessageStartingWith(file.getFileName() + ": ")
                .hasMessageContaining(says);
    }

    @Test
    void aTableWithoutAStaffHeaderSaysWhatItLookedForAndWhatItFound() throws IOException {
        var file = Files.writeString(dir.resolve("other.csv"), "Наименование;Количество\nТрансформатор;3\n");
        var partial = Files.writeString(dir.resolve("partial.csv"), "ФИО;Телефон\nИванов;123\n");
        assertThatThrownBy(() -> reader.read(file))
                .isInstanceOfSatisfying(
                        StaffImportException.class, e -> assertThat(e.problem()).isEqualTo(Problem.NO_HEADER))
                .hasMessageContaining("other.csv: no staff table header found in the first 50 rows")
                .hasMessageContaining("no row names any of these columns");
        assertThatThrownBy(() -> reader.read(partial))
                .isInstanceOfSatisfying(
                        StaffImportException.class, e -> assertThat(e.problem()).isEqualTo(Problem.NO_HEADER))
                .hasMessageContaining("the closest is row 1, which names only FULL_NAME (A)");
    }

    @Test
    void aMissingFileIsUnreadable() {
        assertThatThrownBy(() -> reader.read(dir.resolve("nowhere.xlsx")))
                .isInstanceOfSatisfying(
                        StaffImportException.class, e -> assertThat(e.problem()).isEqualTo(Problem.UNREADABLE))
                .hasMessage("nowhere.xlsx: no such file");
    }

    @Test
    void anUploadIsReadFromAStreamAndItsTemporaryCopyIsRemoved() throws Exception {
        var before = temporaryCopies();
        try (var in = Files.newInputStream(Fixtures.file("messy.xlsx"))) {
            var result = reader.read(in, "заявка-42.xlsx");
            assertThat(result.fileName()).isEqualTo("заявка-42.xlsx");
            assertThat(result.staff()).hasSize(10);
        }
        assertThat(temporaryCopies()).isEqualTo(before);
    }

    private static long temporaryCopies() throws IOException {
        try (var files = Files.list(Path.of(System.getProperty("java.io.tmpdir")))) {
            return files.filter(p -> p.getFileName().toString().startsWith("qualify-staff-"))
                    .count();
        }
    }
}
