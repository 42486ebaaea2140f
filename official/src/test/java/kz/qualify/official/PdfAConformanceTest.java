package kz.qualify.official;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.util.List;
import java.util.stream.Stream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.verapdf.gf.foundry.VeraGreenfieldFoundryProvider;
import org.verapdf.pdfa.Foundries;
import org.verapdf.pdfa.PDFAParser;
import org.verapdf.pdfa.PDFAValidator;
import org.verapdf.pdfa.flavours.PDFAFlavour;
import org.verapdf.pdfa.results.TestAssertion;
import org.verapdf.pdfa.results.ValidationResult;

/** veraPDF, the reference validator, passes every signed document as PDF/A-2b. */
class PdfAConformanceTest {

    private static boolean initialised;

    private static synchronized void initialise() {
        if (!initialised) {
            VeraGreenfieldFoundryProvider.initialise();
            initialised = true;
        }
    }

    /** The rules a document breaks, each with veraPDF's clause and message; empty when it conforms. */
    static List<String> violations(byte[] pdf) throws Exception {
        initialise();
        try (PDFAParser parser =
                        Foundries.defaultInstance().createParser(new ByteArrayInputStream(pdf), PDFAFlavour.PDFA_2_B);
                PDFAValidator validator = Foundries.defaultInstance().createValidator(PDFAFlavour.PDFA_2_B, false)) {
            ValidationResult result = validator.validate(parser);
            List<String> failed = result.getTestAssertions().stream()
                    .filter(assertion -> assertion.getStatus() == TestAssertion.Status.FAILED)
                    .map(assertion -> assertion.getRuleId().getClause() + "-"
                            + assertion.getRuleId().getTestNumber() + ": " + assertion.getMessage() + " at "
                            + assertion.getLocation().getContext())
                    .distinct()
                    .toList();
            return result.isCompliant() && failed.isEmpty() && result.getPDFAFlavour() == PDFAFlavour.PDFA_2_B
                    ? List.of()
                    : failed.isEmpty() ? List.of("not compliant, flavour " + result.getPDFAFlavour()) : failed;
        }
    }

    static Stream<Arguments> documents() {
        return Stream.of(OfficialDocument.Kind.values())
                .flatMap(kind -> Stream.of(Language.values()).map(language -> Arguments.of(kind, language)));
    }

    @ParameterizedTest(name = "{0} in {1}")
    @MethodSource("documents")
    void signedDocumentIsPdfA2b(OfficialDocument.Kind kind, Language language) throws Exception {
        assertThat(violations(Engines.issued(kind, language).pdf())).isEmpty();
    }

    @Test
    void validatorRejectsAPdfThatIsNotPdfA() throws Exception {
        // The same licence without its output intent: the check that proves the validator can fail.
        byte[] licence =
                Engines.issued(OfficialDocument.Kind.LICENCE, Language.RU).pdf();
        byte[] stripped;
        try (PDDocument document = Loader.loadPDF(licence)) {
            document.getDocumentCatalog().getCOSObject().removeItem(org.apache.pdfbox.cos.COSName.OUTPUT_INTENTS);
            var out = new java.io.ByteArrayOutputStream();
            document.save(out);
            stripped = out.toByteArray();
        }

        assertThat(violations(stripped)).isNotEmpty();
    }
}
