package kz.qualify.official;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.Calendar;
import java.util.GregorianCalendar;
import java.util.TimeZone;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.common.PDMetadata;
import org.apache.pdfbox.pdmodel.graphics.color.PDOutputIntent;

/**
 * What makes a PDF a PDF/A-2b besides embedded fonts: the sRGB output intent and the XMP metadata
 * declaring the conformance, kept equal to the document information dictionary. Written here rather
 * than by openhtmltopdf's PDF/A mode, which builds the same XMP through xmpbox and two XML factories
 * per document and cost a tenth of the rendering time (docs/BENCHMARKS.md).
 */
final class PdfAMetadata {

    static final String PRODUCER = "Qualify";
    private static final String SRGB = "sRGB IEC61966-2.1";
    private static final DateTimeFormatter XMP_DATE = DateTimeFormatter.ISO_OFFSET_DATE_TIME.withZone(ZoneOffset.UTC);

    private PdfAMetadata() {}

    /** Declares the document PDF/A-2b, titled and dated as given. */
    static void declare(PDDocument document, byte[] iccProfile, Description description, Instant created)
            throws IOException {
        Instant time = created.truncatedTo(ChronoUnit.SECONDS);
        PDOutputIntent intent = new PDOutputIntent(document, new ByteArrayInputStream(iccProfile));
        intent.setInfo(SRGB);
        intent.setOutputCondition(SRGB);
        intent.setOutputConditionIdentifier(SRGB);
        intent.setRegistryName("http://www.color.org");
        document.getDocumentCatalog().addOutputIntent(intent);

        PDDocumentInformation info = new PDDocumentInformation();
        info.setTitle(description.title());
        info.setAuthor(description.author());
        info.setSubject(description.subject());
        info.setProducer(PRODUCER);
        info.setCreationDate(calendar(time));
        info.setModificationDate(calendar(time));
        document.setDocumentInformation(info);

        PDMetadata metadata = new PDMetadata(document);
        metadata.importXMPMetadata(xmp(description, time).getBytes(StandardCharsets.UTF_8));
        document.getDocumentCatalog().setMetadata(metadata);
        document.getDocumentCatalog().setLanguage(description.language());
    }

    /** The document's title, author (the authority), subject and language, as its template names them. */
    record Description(String title, String author, String subject, String language) {}

    private static String xmp(Description description, Instant time) {
        String date = XMP_DATE.format(time);
        return """
                <?xpacket begin="\uFEFF" id="W5M0MpCehiHzreSzNTczkc9d"?>
                <x:xmpmeta xmlns:x="adobe:ns:meta/">
                <rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">
                <rdf:Description rdf:about="" xmlns:pdfaid="http://www.aiim.org/pdfa/ns/id/">
                <pdfaid:part>2</pdfaid:part>
                <pdfaid:conformance>B</pdfaid:conformance>
                </rdf:Description>
                <rdf:Description rdf:about="" xmlns:dc="http://purl.org/dc/elements/1.1/">
                <dc:format>application/pdf</dc:format>
                <dc:title><rdf:Alt><rdf:li xml:lang="x-default">%s</rdf:li></rdf:Alt></dc:title>
                <dc:creator><rdf:Seq><rdf:li>%s</rdf:li></rdf:Seq></dc:creator>
                <dc:description><rdf:Alt><rdf:li xml:lang="x-default">%s</rdf:li></rdf:Alt></dc:description>
                <dc:language><rdf:Bag><rdf:li>%s</rdf:li></rdf:Bag></dc:language>
                </rdf:Description>
                <rdf:Description rdf:about="" xmlns:xmp="http://ns.adobe.com/xap/1.0/">
                <xmp:CreateDate>%s</xmp:CreateDate>
                <xmp:ModifyDate>%s</xmp:ModifyDate>
                <xmp:MetadataDate>%s</xmp:MetadataDate>
                </rdf:Description>
                <rdf:Description rdf:about="" xmlns:pdf="http://ns.adobe.com/pdf/1.3/">
                <pdf:Producer>%s</pdf:Producer>
                </rdf:Description>
                </rdf:RDF>
                </x:xmpmeta>
                <?xpacket end="w"?>""".formatted(
                        escape(description.title()),
                        escape(description.author()),
                        escape(description.subject()),
                        escape(description.language()),
                        date,
                        date,
                        date,
                        PRODUCER);
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;")
                .replace("<", "&lt;")
                .replace(">", "&gt;")
                .replace("\"", "&quot;");
    }

    private static Calendar calendar(Instant time) {
        GregorianCalendar calendar = new GregorianCalendar(TimeZone.getTimeZone(ZoneOffset.UTC));
        calendar.setTimeInMillis(time.toEpochMilli());
        return calendar;
    }
}
