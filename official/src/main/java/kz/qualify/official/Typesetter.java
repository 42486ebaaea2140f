package kz.qualify.official;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.outputdevice.helper.ExternalResourceControlPriority;
import com.openhtmltopdf.pdfboxout.PDFontSupplier;
import com.openhtmltopdf.pdfboxout.PdfBoxRenderer;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.render.DefaultObjectDrawerFactory;
import com.openhtmltopdf.util.Diagnostic;
import java.awt.color.ColorSpace;
import java.awt.color.ICC_Profile;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.logging.Level;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.jspecify.annotations.Nullable;
import org.w3c.dom.Document;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;

/**
 * Lays out a document's XHTML as PDF/A-2b with openhtmltopdf (PDFBox 3 underneath): A4 pages as the
 * shared stylesheet sets them, the module's own fonts embedded as subsets, an sRGB output intent
 * and the XMP metadata PDF/A asks for. Fonts, the colour profile and the font metrics are read
 * once and shared by every rendering; a rendering itself uses nothing shared that it changes, so
 * documents are typeset on several threads at once.
 *
 * <p>Nothing outside the document is ever loaded: the templates link no stylesheet, image or font
 * by address, and any address that a fact might smuggle in is refused.
 */
final class Typesetter {

    /** The font families the stylesheet names; each face is a file under {@code fonts/}. */
    enum Face {
        SERIF_REGULAR("PT Serif", 400, FontStyle.NORMAL, "PTSerif-Regular.ttf"),
        SERIF_BOLD("PT Serif", 700, FontStyle.NORMAL, "PTSerif-Bold.ttf"),
        SERIF_ITALIC("PT Serif", 400, FontStyle.ITALIC, "PTSerif-Italic.ttf"),
        MONO("PT Mono", 400, FontStyle.NORMAL, "PTMono-Regular.ttf"),
        /** Only for what PT Serif lacks: the tenge sign. */
        FALLBACK("DejaVu Serif", 400, FontStyle.NORMAL, "DejaVuSerif.ttf");

        final String family;
        final int weight;
        final FontStyle style;
        final String file;

        Face(String family, int weight, FontStyle style, String file) {
            this.family = family;
            this.weight = weight;
            this.style = style;
            this.file = file;
        }

        byte[] read() {
            try (InputStream in = Typesetter.class.getResourceAsStream("fonts/" + file)) {
                if (in == null) {
                    throw new IllegalStateException("font fonts/" + file + " is missing from the module's resources");
                }
                return in.readAllBytes();
            } catch (IOException e) {
                throw new UncheckedIOException("font fonts/" + file + " cannot be read", e);
            }
        }
    }

    private static final byte[] SRGB =
            ICC_Profile.getInstance(ColorSpace.CS_sRGB).getData();

    private final Map<Face, byte[]> fontFiles = new EnumMap<>(Face.class);
    private final DocumentBuilderFactory xml = DocumentBuilderFactory.newInstance();
    /** Typecases not in use; a rendering takes one (or makes one when all are busy) and puts it back. */
    private final Queue<Typecase> idle = new ConcurrentLinkedQueue<>();

    private final DefaultObjectDrawerFactory drawers = QrCodeDrawer.factory();

    Typesetter() {
        for (Face face : Face.values()) {
            fontFiles.put(face, face.read());
        }
        xml.setNamespaceAware(true);
        try {
            // The templates declare no DTD; refusing one also refuses every external entity.
            xml.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        } catch (ParserConfigurationException e) {
            throw new IllegalStateException("the JDK's XML parser cannot refuse DTDs", e);
        }
        idle.add(new Typecase());
    }

    /**
     * What one rendering needs that is costly to make and cannot be shared by two renderings at a
     * time: the fonts parsed (PDFBox reads a parsed font's tables lazily, so it is not thread-safe)
     * and an XML parser. Parsing the five fonts costs more than typesetting a page, so a typecase
     * is kept for the next rendering.
     */
    private final class Typecase {
        final Map<Face, TrueTypeFont> fonts = new EnumMap<>(Face.class);
        final DocumentBuilder parser;

        Typecase() {
            try {
                for (Face face : Face.values()) {
                    TrueTypeFont font = new TTFParser().parse(new RandomAccessReadBuffer(fontFiles.get(face)));
                    // Cyrillic and Latin text needs no glyph substitution; PDFBox's (for ligatures) took a
                    // tenth of the rendering time, and without it extracted text is exactly the text written.
                    font.setEnableGsub(false);
                    fonts.put(face, font);
                }
                parser = xml.newDocumentBuilder();
            } catch (IOException e) {
                throw new UncheckedIOException("the module's fonts cannot be read", e);
            } catch (ParserConfigurationException e) {
                throw new IllegalStateException("the JDK's XML parser cannot be made", e);
            }
        }
    }

    /** The PDF/A-2b bytes of the XHTML; a rendering problem (a broken template) is an error naming it. */
    byte[] typeset(String xhtml, Instant created) {
        Typecase typecase = Objects.requireNonNullElseGet(idle.poll(), Typecase::new);
        try (PDDocument document = new PDDocument()) {
            return typeset(xhtml, created, typecase, document);
        } catch (IOException e) {
            throw new UncheckedIOException("the document cannot be typeset: " + e.getMessage(), e);
        } finally {
            idle.add(typecase);
        }
    }

    private byte[] typeset(String xhtml, Instant created, Typecase typecase, PDDocument document) throws IOException {
        Document dom;
        try {
            typecase.parser.reset();
            dom = typecase.parser.parse(new InputSource(new StringReader(xhtml)));
        } catch (SAXException e) {
            throw new IllegalStateException(
                    "the document's template does not make well-formed XHTML: " + e.getMessage(), e);
        }
        requirePrintable(dom.getDocumentElement().getTextContent(), typecase);
        ByteArrayOutputStream out = new ByteArrayOutputStream(96 * 1024);
        List<String> problems = new ArrayList<>();
        PdfRendererBuilder builder = new PdfRendererBuilder()
                .useFastMode()
                .usePDDocument(document)
                .withProducer(PdfAMetadata.PRODUCER)
                .useObjectDrawerFactory(drawers)
                .useExternalResourceAccessControl(
                        (uri, type) -> false, ExternalResourceControlPriority.RUN_BEFORE_RESOLVING_URI)
                .useExternalResourceAccessControl(
                        (uri, type) -> false, ExternalResourceControlPriority.RUN_AFTER_RESOLVING_URI)
                .withDiagnosticConsumer(diagnostic -> collect(diagnostic, problems))
                .withW3cDocument(dom, null);
        for (Face face : Face.values()) {
            TrueTypeFont font = typecase.fonts.get(face);
            // Loaded into the document only when the layout first needs the face: a document without a
            // tenge sign never embeds the fallback font.
            PDFontSupplier supplier = new PDFontSupplier(null) {
                private @Nullable PDFont loaded;

                @Override
                public PDFont supply() {
                    if (loaded == null) {
                        try {
                            loaded = PDType0Font.load(document, font, true);
                        } catch (IOException e) {
                            throw new UncheckedIOException("font " + face.file + " cannot be embedded", e);
                        }
                    }
                    return loaded;
                }
            };
            builder.useFont(supplier, face.family, face.weight, face.style, true);
        }
        try (PdfBoxRenderer renderer = builder.buildPdfRenderer()) {
            renderer.layout();
            renderer.createPDFWithoutClosing();
        }
        if (!problems.isEmpty()) {
            throw new IllegalStateException("the document's template is broken: " + String.join("; ", problems));
        }
        PdfAMetadata.declare(document, SRGB, description(dom), created);
        document.save(out);
        return out.toByteArray();
    }

    /**
     * Refuses text that the embedded fonts cannot show. openhtmltopdf would otherwise fall back to a
     * standard PDF font that is not embedded, and the document would no longer be PDF/A.
     */
    private static void requirePrintable(String text, Typecase typecase) throws IOException {
        var serif = typecase.fonts.get(Face.SERIF_REGULAR).getUnicodeCmapLookup();
        var fallback = typecase.fonts.get(Face.FALLBACK).getUnicodeCmapLookup();
        List<String> missing = new ArrayList<>();
        text.codePoints()
                .distinct()
                .filter(c -> !Character.isWhitespace(c) && c != 0xA0)
                .filter(c -> serif.getGlyphId(c) == 0 && fallback.getGlyphId(c) == 0)
                .limit(10)
                .forEach(c -> missing.add("U+%04X '%s'".formatted(c, Character.toString(c))));
        if (!missing.isEmpty()) {
            throw new IllegalArgumentException(
                    "the document's text has characters its fonts cannot print: " + String.join(", ", missing));
        }
    }

    /** The title, author and subject the template gives in its head. */
    private static PdfAMetadata.Description description(Document dom) {
        String title = dom.getElementsByTagName("title").item(0) instanceof org.w3c.dom.Element element
                ? element.getTextContent().strip()
                : "";
        String author = "";
        String subject = "";
        var metas = dom.getElementsByTagName("meta");
        for (int i = 0; i < metas.getLength(); i++) {
            var meta = (org.w3c.dom.Element) metas.item(i);
            switch (meta.getAttribute("name")) {
                case "author" -> author = meta.getAttribute("content").strip();
                case "subject" -> subject = meta.getAttribute("content").strip();
                default -> {}
            }
        }
        if (title.isEmpty() || author.isEmpty() || subject.isEmpty()) {
            throw new IllegalStateException(
                    "the document's template gives no <title>, <meta name=\"author\"> or <meta name=\"subject\">");
        }
        return new PdfAMetadata.Description(
                title, author, subject, dom.getDocumentElement().getAttribute("lang"));
    }

    private static void collect(Diagnostic diagnostic, List<String> problems) {
        if (diagnostic.getLevel().intValue() >= Level.WARNING.intValue()) {
            problems.add(diagnostic.getFormattedMessage());
        }
    }
}
