package kz.qualify.official;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.BinaryBitmap;
import com.google.zxing.DecodeHintType;
import com.google.zxing.MultiFormatReader;
import com.google.zxing.NotFoundException;
import com.google.zxing.client.j2se.BufferedImageLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The QR code printed on the document decodes, as a phone would read it, to the verification address. */
class QrCodeTest {

    /** The text of the QR code on each page, or null for a page without one. */
    static List<String> decodePages(byte[] pdf, float dpi) throws IOException {
        List<String> texts = new ArrayList<>();
        try (PDDocument document = Loader.loadPDF(pdf)) {
            PDFRenderer renderer = new PDFRenderer(document);
            for (int page = 0; page < document.getNumberOfPages(); page++) {
                try {
                    texts.add(decode(renderer.renderImageWithDPI(page, dpi, ImageType.GRAY)));
                } catch (NotFoundException e) {
                    texts.add(null);
                }
            }
        }
        return texts;
    }

    static String decode(BufferedImage page) throws NotFoundException {
        return new MultiFormatReader()
                .decode(
                        new BinaryBitmap(new HybridBinarizer(new BufferedImageLuminanceSource(page))),
                        Map.of(
                                DecodeHintType.POSSIBLE_FORMATS,
                                List.of(BarcodeFormat.QR_CODE),
                                DecodeHintType.TRY_HARDER,
                                Boolean.TRUE))
                .getText();
    }

    @ParameterizedTest
    @EnumSource(OfficialDocument.Kind.class)
    void qrCodeDecodesToTheVerificationAddress(OfficialDocument.Kind kind) throws Exception {
        for (Language language : Language.values()) {
            String expected = Samples.of(kind, language).verification().url().toString();

            assertThat(decodePages(Engines.issued(kind, language).pdf(), 150))
                    .as("%s in %s", kind, language)
                    .contains(expected)
                    .allMatch(text -> text == null || text.equals(expected));
        }
    }

    @Test
    void theLicenceAndItsAnnexEachCarryTheCodeOnTheirOwnPage() throws Exception {
        for (Language language : Language.values()) {
            String expected = Samples.licence(language).verification().url().toString();

            var pages = decodePages(
                    Engines.issued(OfficialDocument.Kind.LICENCE, language).pdf(), 150);

            // the licence's page, then the annex, whose code stands at its end: a long annex (with the
            // absences the officer accepted) runs over a page with no code of its own
            assertThat(pages.getFirst()).as("licence in %s", language).isEqualTo(expected);
            assertThat(pages.getLast()).as("annex in %s", language).isEqualTo(expected);
            assertThat(pages.stream().filter(java.util.Objects::nonNull))
                    .as("licence in %s", language)
                    .containsExactly(expected, expected);
        }
    }
}
