package kz.qualify.official;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Calendar;
import java.util.GregorianCalendar;
import java.util.TimeZone;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.interactive.digitalsignature.ExternalSigningSupport;
import org.apache.pdfbox.pdmodel.interactive.digitalsignature.PDSignature;
import org.apache.pdfbox.pdmodel.interactive.digitalsignature.SignatureOptions;

/**
 * Adds a PAdES baseline B signature to a PDF as an incremental update, so the typeset PDF/A stays
 * byte for byte what it was and the signature covers all of it: the signature dictionary
 * (SubFilter {@code ETSI.CAdES.detached}, the signer's name, the reason, the claimed signing time
 * as {@code /M}) with a place reserved for the CMS, which the {@link Seal} makes over every byte
 * outside that place. The field is invisible: the document's own text shows who signed and how to
 * check it.
 */
final class PdfSigner {

    static final COSName CADES_DETACHED = COSName.getPDFName("ETSI.CAdES.detached");

    private final Seal seal;

    PdfSigner(Seal seal) {
        this.seal = seal;
    }

    byte[] sign(byte[] pdf, String reason, Instant time) {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            PDSignature signature = new PDSignature();
            signature.setFilter(PDSignature.FILTER_ADOBE_PPKLITE);
            signature.setSubFilter(CADES_DETACHED);
            signature.setName(seal.signerName());
            signature.setReason(reason);
            signature.setSignDate(calendar(time));
            ByteArrayOutputStream out = new ByteArrayOutputStream(pdf.length + 2 * seal.signatureSizeLimit() + 4096);
            try (SignatureOptions options = new SignatureOptions()) {
                options.setPreferredSignatureSize(seal.signatureSizeLimit());
                document.addSignature(signature, options);
                ExternalSigningSupport external = document.saveIncrementalForExternalSigning(out);
                byte[] cms = seal.sign(external.getContent());
                if (cms.length > seal.signatureSizeLimit()) {
                    throw new IllegalStateException("the seal's signature has " + cms.length + " bytes, more than the "
                            + seal.signatureSizeLimit() + " it reserves");
                }
                external.setSignature(cms);
            }
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("the document cannot be signed: " + e.getMessage(), e);
        }
    }

    private static Calendar calendar(Instant time) {
        GregorianCalendar calendar = new GregorianCalendar(TimeZone.getTimeZone(ZoneOffset.UTC));
        calendar.setTimeInMillis(time.toEpochMilli());
        return calendar;
    }
}
