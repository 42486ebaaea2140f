package kz.qualify.staff;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/** Minimal .xlsx packages written by hand, for what an office suite would never write. */
final class Packages {

    private Packages() {}

    static final String CONTENT_TYPES = """
            <?xml version="1.0" encoding="UTF-8"?>
            <Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">
            <Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>
            <Default Extension="xml" ContentType="application/xml"/>
            </Types>""";
    static final String RELS = """
            <?xml version="1.0" encoding="UTF-8"?>
            <Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
            <Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/>
            </Relationships>""";
    static final String WORKBOOK = """
            <?xml version="1.0" encoding="UTF-8"?>
            <workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">
            <sheets><sheet name="Staff" sheetId="1" r:id="rId1"/></sheets>
            </workbook>""";
    static final String WORKBOOK_RELS = """
            <?xml version="1.0" encoding="UTF-8"?>
            <Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
            <Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/>
            <Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings" Target="sharedStrings.xml"/>
            </Relationships>""";

    /** A workbook with the given sheet XML and shared strings XML. */
    static Path xlsx(Path file, String sheet, String sharedStrings) throws IOException {
        var parts = new LinkedHashMap<String, byte[]>();
        parts.put("[Content_Types].xml", utf8(CONTENT_TYPES));
        parts.put("_rels/.rels", utf8(RELS));
        parts.put("xl/workbook.xml", utf8(WORKBOOK));
        parts.put("xl/_rels/workbook.xml.rels", utf8(WORKBOOK_RELS));
        parts.put("xl/worksheets/sheet1.xml", utf8(sheet));
        parts.put("xl/sharedStrings.xml", utf8(sharedStrings));
        return zip(file, parts);
    }

    static Path zip(Path file, Map<String, byte[]> parts) throws IOException {
        try (OutputStream out = Files.newOutputStream(file);
                var zip = new ZipOutputStream(out)) {
            zip.setLevel(9);
            for (var e : parts.entrySet()) {
                zip.putNextEntry(new ZipEntry(e.getKey()));
                zip.write(e.getValue());
                zip.closeEntry();
            }
        }
        return file;
    }

    static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    static String sheet(String rows) {
        return """
                <?xml version="1.0" encoding="UTF-8"?>
                <worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>""" + rows + "</sheetData></worksheet>";
    }

    static String strings(String... items) {
        var out = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
                + "<sst xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\">");
        for (var s : items) out.append("<si><t>").append(s).append("</t></si>");
        return out.append("</sst>").toString();
    }

    /** The header row of a staff table, as inline strings. */
    static final String HEADER_ROW = """
            <row r="1"><c r="A1" t="inlineStr"><is><t>ФИО</t></is></c><c r="B1" t="inlineStr"><is><t>Должность</t></is></c>\
            <c r="C1" t="inlineStr"><is><t>Специальность</t></is></c><c r="D1" t="inlineStr"><is><t>Стаж</t></is></c></row>""";
}
