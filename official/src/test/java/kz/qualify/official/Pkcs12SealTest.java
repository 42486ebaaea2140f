package kz.qualify.official;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.OutputStream;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.KeyStore;
import java.security.cert.Certificate;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Date;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x509.BasicConstraints;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The seal reads the authority's PKCS#12 keystore, or makes a development key once and keeps it. */
class Pkcs12SealTest {

    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-12-01T00:00:00Z"), ZoneOffset.UTC);

    @TempDir
    Path folder;

    @Test
    void developmentKeyIsMadeOnceAndReadAgainAfterARestart() throws Exception {
        Pkcs12Seal first = Pkcs12Seal.development(folder, CLOCK);
        Pkcs12Seal second = Pkcs12Seal.development(folder, CLOCK);

        assertThat(first.development()).isTrue();
        assertThat(first.chain().getFirst()).isEqualTo(second.chain().getFirst());
        assertThat(Files.list(folder)).containsExactly(folder.resolve(Pkcs12Seal.DEVELOPMENT_KEYSTORE));
        assertThat(first.signerName()).isEqualTo("Qualify development seal - not valid for legal use");
    }

    @Test
    void authorityKeystoreSignsWithItsChainAndWithoutTheDevelopmentWarning() throws Exception {
        Path keystore = authorityKeystore(folder.resolve("authority.p12"), "secret".toCharArray());
        Pkcs12Seal seal = Pkcs12Seal.open(keystore, "secret".toCharArray(), "seal");
        OfficialDocuments documents = new OfficialDocuments(seal, CLOCK);

        SignedDocument licence = documents.issue(Samples.licence(Language.RU));

        assertThat(seal.development()).isFalse();
        assertThat(seal.chain()).hasSize(2);
        assertThat(IssuedTextTest.text(licence))
                .doesNotContain("ТЕСТОВАЯ ПОДПИСЬ")
                .doesNotContain("тестовой");
        try (PDDocument document = Loader.loadPDF(licence.pdf())) {
            assertThat(document.getLastSignatureDictionary().getName())
                    .isEqualTo("Комитет промышленной безопасности (тест)");
            assertThat(document.getLastSignatureDictionary().getReason())
                    .isEqualTo("Документ выдан и подписан лицензиаром");
        }
        assertThat(SignatureTest.cmsVerifies(licence.pdf())).isTrue();
        assertThat(PdfAConformanceTest.violations(licence.pdf())).isEmpty();
    }

    @Test
    void aWrongPasswordIsAnErrorNamingTheKeystore() throws Exception {
        Path keystore = authorityKeystore(folder.resolve("authority.p12"), "secret".toCharArray());

        assertThatThrownBy(() -> Pkcs12Seal.open(keystore, "wrong".toCharArray(), "seal"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("seal keystore " + keystore + ": not a PKCS#12 keystore or a wrong password");
    }

    @Test
    void aWrongAliasIsAnErrorNamingTheAliasesThere() throws Exception {
        Path keystore = authorityKeystore(folder.resolve("authority.p12"), "secret".toCharArray());

        assertThatThrownBy(() -> Pkcs12Seal.open(keystore, "secret".toCharArray(), "stamp"))
                .hasMessage("seal keystore " + keystore + ": no private key under alias 'stamp' (aliases: seal)");
    }

    @Test
    void aMissingKeystoreIsAnErrorNamingIt() {
        Path missing = folder.resolve("none.p12");

        assertThatThrownBy(() -> Pkcs12Seal.open(missing, "x".toCharArray(), "seal"))
                .hasMessage("seal keystore " + missing + ": no such readable file");
    }

    /** A keystore as an authority would hold it: an RSA key whose certificate a (test) CA issued. */
    static Path authorityKeystore(Path path, char[] password) throws Exception {
        KeyPairGenerator rsa = KeyPairGenerator.getInstance("RSA");
        rsa.initialize(2048);
        KeyPair ca = rsa.generateKeyPair();
        KeyPair signer = rsa.generateKeyPair();
        Instant now = CLOCK.instant();
        X500Name caName = new X500Name("CN=Test CA,O=Qualify tests,C=KZ");
        X509Certificate caCertificate = certificate(caName, caName, ca, ca, true, now);
        X509Certificate signerCertificate = certificate(
                caName,
                new X500Name("CN=Комитет промышленной безопасности (тест),O=Qualify tests,C=KZ"),
                signer,
                ca,
                false,
                now);
        KeyStore store = KeyStore.getInstance("PKCS12");
        store.load(null, null);
        store.setKeyEntry("seal", signer.getPrivate(), password, new Certificate[] {signerCertificate, caCertificate});
        try (OutputStream out = Files.newOutputStream(path)) {
            store.store(out, password);
        }
        return path;
    }

    private static X509Certificate certificate(
            X500Name issuer, X500Name subject, KeyPair subjectKeys, KeyPair issuerKeys, boolean ca, Instant now)
            throws Exception {
        return new JcaX509CertificateConverter()
                .getCertificate(new JcaX509v3CertificateBuilder(
                                issuer,
                                BigInteger.valueOf(now.toEpochMilli()).add(BigInteger.valueOf(ca ? 1 : 2)),
                                Date.from(now.minus(Duration.ofDays(1))),
                                Date.from(now.plus(Duration.ofDays(365))),
                                subject,
                                subjectKeys.getPublic())
                        .addExtension(Extension.basicConstraints, true, new BasicConstraints(ca))
                        .build(new JcaContentSignerBuilder("SHA256withRSA").build(issuerKeys.getPrivate())));
    }
}
