package kz.qualify.official;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.interactive.digitalsignature.PDSignature;
import org.bouncycastle.asn1.ASN1InputStream;
import org.bouncycastle.asn1.cms.AttributeTable;
import org.bouncycastle.asn1.cms.CMSAttributes;
import org.bouncycastle.asn1.cms.ContentInfo;
import org.bouncycastle.asn1.ess.SigningCertificateV2;
import org.bouncycastle.asn1.pkcs.PKCSObjectIdentifiers;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cms.CMSProcessableByteArray;
import org.bouncycastle.cms.CMSSignedData;
import org.bouncycastle.cms.SignerInformation;
import org.bouncycastle.cms.jcajce.JcaSimpleSignerInfoVerifierBuilder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The signature is checked by two verifiers that share no code with the signing side: poppler's
 * {@code pdfsig} and a Bouncy Castle CMS verification over the byte range, read from the file by
 * this test. One changed byte inside the signed range fails both.
 */
class SignatureTest {

    @TempDir
    Path folder;

    /** The signature as the file holds it: where the signed ranges are and the CMS between them. */
    record Embedded(int[] byteRange, byte[] signedContent, byte[] cms) {

        static Embedded of(byte[] pdf) {
            String raw = new String(pdf, StandardCharsets.ISO_8859_1);
            Matcher matcher = Pattern.compile("/ByteRange\\s*\\[\\s*(\\d+)\\s+(\\d+)\\s+(\\d+)\\s+(\\d+)\\s*]")
                    .matcher(raw);
            int[] range = null;
            while (matcher.find()) {
                range = new int[] {
                    Integer.parseInt(matcher.group(1)),
                    Integer.parseInt(matcher.group(2)),
                    Integer.parseInt(matcher.group(3)),
                    Integer.parseInt(matcher.group(4))
                };
            }
            assertThat(range).as("a /ByteRange in the file").isNotNull();
            byte[] content = new byte[range[1] + range[3]];
            System.arraycopy(pdf, range[0], content, 0, range[1]);
            System.arraycopy(pdf, range[2], content, range[1], range[3]);
            // Between the ranges: <hex of the CMS, padded with zeros>.
            String hex = raw.substring(range[1] + 1, range[2] - 1);
            return new Embedded(range, content, HexFormat.of().parseHex(hex));
        }
    }

    /** Bouncy Castle's verdict on the CMS over the signed bytes: the signature and the message digest. */
    static boolean cmsVerifies(byte[] pdf) throws Exception {
        Embedded embedded = Embedded.of(pdf);
        CMSSignedData signed = signedData(embedded);
        SignerInformation signer =
                signed.getSignerInfos().getSigners().iterator().next();
        @SuppressWarnings("unchecked")
        X509CertificateHolder certificate = (X509CertificateHolder)
                signed.getCertificates().getMatches(signer.getSID()).iterator().next();
        try {
            return signer.verify(new JcaSimpleSignerInfoVerifierBuilder().build(certificate));
        } catch (org.bouncycastle.cms.CMSSignerDigestMismatchException e) {
            return false;
        }
    }

    private static CMSSignedData signedData(Embedded embedded) throws Exception {
        try (ASN1InputStream in = new ASN1InputStream(embedded.cms())) {
            // The reserved place is padded with zeros after the CMS: read the first object only.
            return new CMSSignedData(
                    new CMSProcessableByteArray(embedded.signedContent()), ContentInfo.getInstance(in.readObject()));
        }
    }

    /** What poppler's pdfsig says of the file. */
    String pdfsig(byte[] pdf) throws Exception {
        Path file = Files.write(folder.resolve("document.pdf"), pdf);
        Process process = new ProcessBuilder("pdfsig", file.toString())
                .redirectErrorStream(true)
                .start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(30, TimeUnit.SECONDS)).as("pdfsig finished").isTrue();
        return output;
    }

    @Test
    void popplerAndBouncyCastleBothVerifyTheSignature() throws Exception {
        byte[] pdf = Engines.issued(OfficialDocument.Kind.LICENCE, Language.KK).pdf();

        assertThat(pdfsig(pdf))
                .contains("Signature Type: ETSI.CAdES.detached")
                .contains("Signature Validation: Signature is Valid.")
                .contains("Total document signed");
        assertThat(cmsVerifies(pdf)).isTrue();
    }

    @Test
    void theSignatureCoversTheWholeFileButItsOwnPlace() {
        byte[] pdf = Engines.issued(OfficialDocument.Kind.REFUSAL, Language.RU).pdf();
        int[] range = Embedded.of(pdf).byteRange();

        assertThat(range[0]).isZero();
        assertThat(range[2] + range[3]).isEqualTo(pdf.length);
        assertThat(pdf[range[1]]).isEqualTo((byte) '<');
        assertThat(pdf[range[2] - 1]).isEqualTo((byte) '>');
    }

    @Test
    void oneChangedByteInsideTheSignedRangeFailsBothVerifiers() throws Exception {
        byte[] pdf = Engines.issued(OfficialDocument.Kind.LICENCE, Language.RU).pdf();
        int[] range = Embedded.of(pdf).byteRange();
        byte[] tampered = pdf.clone();
        int inside = range[1] / 2;
        tampered[inside] ^= 0x01;

        assertThat(pdfsig(tampered))
                .doesNotContain("Signature is Valid")
                .contains("Signature Validation: Digest Mismatch.");
        assertThat(cmsVerifies(tampered)).isFalse();
        assertThat(cmsVerifies(pdf)).isTrue();
    }

    @Test
    void signedAttributesAreThoseOfPadesBaselineB() throws Exception {
        byte[] pdf = Engines.issued(OfficialDocument.Kind.FILING_RECEIPT, Language.EN)
                .pdf();
        CMSSignedData signed = signedData(Embedded.of(pdf));
        SignerInformation signer =
                signed.getSignerInfos().getSigners().iterator().next();
        AttributeTable attributes = signer.getSignedAttributes();
        @SuppressWarnings("unchecked")
        X509CertificateHolder certificate = (X509CertificateHolder)
                signed.getCertificates().getMatches(signer.getSID()).iterator().next();

        assertThat(signed.isDetachedSignature()).isTrue();
        assertThat(attributes.get(CMSAttributes.contentType)).isNotNull();
        assertThat(attributes.get(CMSAttributes.messageDigest)).isNotNull();
        assertThat(attributes.get(CMSAttributes.signingTime))
                .as("no signing-time in PAdES B-B")
                .isNull();
        SigningCertificateV2 essCertificate = SigningCertificateV2.getInstance(attributes
                .get(PKCSObjectIdentifiers.id_aa_signingCertificateV2)
                .getAttrValues()
                .getObjectAt(0));
        assertThat(essCertificate.getCerts()[0].getCertHash())
                .isEqualTo(MessageDigest.getInstance("SHA-256").digest(certificate.getEncoded()));
        assertThat(signer.getDigestAlgOID()).isEqualTo("2.16.840.1.101.3.4.2.1");
    }

    @Test
    void signatureDictionaryNamesTheSignerTheTimeAndADevelopmentReason() throws IOException {
        byte[] pdf = Engines.issued(OfficialDocument.Kind.LICENCE, Language.EN).pdf();
        try (PDDocument document = Loader.loadPDF(pdf)) {
            PDSignature signature = document.getLastSignatureDictionary();

            assertThat(signature.getSubFilter()).isEqualTo("ETSI.CAdES.detached");
            assertThat(signature.getFilter()).isEqualTo("Adobe.PPKLite");
            assertThat(signature.getName()).contains("not valid for legal use");
            assertThat(signature.getReason()).isEqualTo("Development signature - not valid for legal use");
            assertThat(signature.getSignDate().toInstant()).isEqualTo(Engines.NOW);
        }
    }

    @Test
    void issuedShaIsTheShaOfTheBytes() throws Exception {
        SignedDocument document = Engines.issued(OfficialDocument.Kind.RETURN_FOR_COMPLETION, Language.KK);

        assertThat(document.sha256())
                .isEqualTo(HexFormat.of()
                        .formatHex(MessageDigest.getInstance("SHA-256").digest(document.pdf())));
        assertThat(Arrays.equals(document.pdf(), document.pdf())).isTrue();
        assertThat(document.fileName()).isEqualTo("return-notice-V-2012-0211-kk.pdf");
        assertThat(new ByteArrayInputStream(document.pdf()).readNBytes(5))
                .isEqualTo("%PDF-".getBytes(StandardCharsets.US_ASCII));
    }
}
