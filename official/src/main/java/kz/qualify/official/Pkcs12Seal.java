package kz.qualify.official;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.KeyStore;
import java.security.MessageDigest;
import java.security.PrivateKey;
import java.security.SecureRandom;
import java.security.cert.Certificate;
import java.security.cert.X509Certificate;
import java.security.spec.ECGenParameterSpec;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Date;
import java.util.List;
import org.bouncycastle.asn1.ASN1Encoding;
import org.bouncycastle.asn1.DERSet;
import org.bouncycastle.asn1.cms.Attribute;
import org.bouncycastle.asn1.cms.AttributeTable;
import org.bouncycastle.asn1.cms.CMSAttributes;
import org.bouncycastle.asn1.ess.ESSCertIDv2;
import org.bouncycastle.asn1.ess.SigningCertificateV2;
import org.bouncycastle.asn1.nist.NISTObjectIdentifiers;
import org.bouncycastle.asn1.pkcs.PKCSObjectIdentifiers;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x500.style.BCStyle;
import org.bouncycastle.asn1.x500.style.IETFUtils;
import org.bouncycastle.asn1.x509.AlgorithmIdentifier;
import org.bouncycastle.asn1.x509.BasicConstraints;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.GeneralName;
import org.bouncycastle.asn1.x509.GeneralNames;
import org.bouncycastle.asn1.x509.IssuerSerial;
import org.bouncycastle.asn1.x509.KeyUsage;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cert.jcajce.JcaCertStore;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.cms.CMSException;
import org.bouncycastle.cms.CMSProcessableByteArray;
import org.bouncycastle.cms.CMSSignedDataGenerator;
import org.bouncycastle.cms.DefaultSignedAttributeTableGenerator;
import org.bouncycastle.cms.SignerInfoGenerator;
import org.bouncycastle.cms.jcajce.JcaSignerInfoGeneratorBuilder;
import org.bouncycastle.operator.ContentSigner;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.bouncycastle.operator.jcajce.JcaDigestCalculatorProviderBuilder;

/**
 * A seal whose key and certificate chain come from a PKCS#12 keystore: the authority's own
 * ({@link #open}), or a development key made on first use and kept in a folder ({@link
 * #development}). Signs with SHA-256 and the key's algorithm (RSA or EC), through the JDK's
 * providers; Bouncy Castle builds the CMS.
 */
public final class Pkcs12Seal implements Seal {

    /** The development keystore's file name inside the folder given to {@link #development}. */
    public static final String DEVELOPMENT_KEYSTORE = "development-seal.p12";

    /**
     * The development keystore's password. Not a secret: the key it protects certifies nothing and
     * every document signed with it says so.
     */
    static final char[] DEVELOPMENT_PASSWORD = "development".toCharArray();

    static final String DEVELOPMENT_ALIAS = "development-seal";
    static final String DEVELOPMENT_SUBJECT =
            "CN=Qualify development seal - not valid for legal use,O=Qualify (development),C=KZ";
    /**
     * The development key is an EC key on P-256: signing with it takes a fraction of a millisecond,
     * where RSA-3072 takes several (see docs/BENCHMARKS.md). A real keystore brings whatever key its
     * certification authority issued.
     */
    static final String DEVELOPMENT_CURVE = "secp256r1";

    private final PrivateKey key;
    private final List<X509Certificate> chain;
    private final boolean development;
    private final String signerName;
    private final String signatureAlgorithm;
    private final Attribute signingCertificate;
    private final JcaCertStore certificates;

    private Pkcs12Seal(PrivateKey key, List<X509Certificate> chain, boolean development) {
        this.key = key;
        this.chain = List.copyOf(chain);
        this.development = development;
        X509Certificate signer = chain.getFirst();
        this.signerName = commonName(signer);
        this.signatureAlgorithm = "SHA256with" + (key.getAlgorithm().equals("EC") ? "ECDSA" : key.getAlgorithm());
        try {
            this.signingCertificate = signingCertificateV2(signer);
            this.certificates = new JcaCertStore(this.chain);
        } catch (GeneralSecurityException | IOException e) {
            throw new IllegalArgumentException("seal: the certificate cannot be read: " + e.getMessage(), e);
        }
    }

    /**
     * The seal of the key under {@code alias} in the PKCS#12 keystore at {@code keystore}, with the
     * certificate chain stored with it (the signer's certificate first).
     *
     * @throws IllegalArgumentException naming the keystore and what is wrong with it
     */
    public static Pkcs12Seal open(Path keystore, char[] password, String alias) {
        KeyStore store = load(keystore, password);
        try {
            if (!store.isKeyEntry(alias)) {
                throw new IllegalArgumentException(
                        "seal keystore " + keystore + ": no private key under alias '" + alias + "' (aliases: "
                                + String.join(", ", java.util.Collections.list(store.aliases())) + ")");
            }
            PrivateKey key = (PrivateKey) store.getKey(alias, password);
            Certificate[] chain = store.getCertificateChain(alias);
            if (chain == null || chain.length == 0) {
                throw new IllegalArgumentException(
                        "seal keystore " + keystore + ": the key '" + alias + "' has no certificate chain");
            }
            List<X509Certificate> x509 =
                    Arrays.stream(chain).map(X509Certificate.class::cast).toList();
            return new Pkcs12Seal(key, x509, false);
        } catch (GeneralSecurityException e) {
            throw new IllegalArgumentException(
                    "seal keystore " + keystore + ": the key '" + alias + "' cannot be read: " + e.getMessage(), e);
        }
    }

    /**
     * The development seal kept in {@code folder}: made on first use (an EC key and a self-signed
     * certificate saying it is not valid for legal use) and read again afterwards, so documents
     * signed before a restart still verify against the same certificate.
     */
    public static Pkcs12Seal development(Path folder, Clock clock) {
        Path keystore = folder.resolve(DEVELOPMENT_KEYSTORE);
        if (!Files.exists(keystore)) {
            create(keystore, clock);
        }
        Pkcs12Seal seal = open(keystore, DEVELOPMENT_PASSWORD, DEVELOPMENT_ALIAS);
        return new Pkcs12Seal(seal.key, seal.chain, true);
    }

    @Override
    public String signerName() {
        return signerName;
    }

    @Override
    public boolean development() {
        return development;
    }

    /** The signer's certificate and the rest of its chain, as embedded in each signature. */
    public List<X509Certificate> chain() {
        return chain;
    }

    @Override
    public byte[] sign(InputStream content) throws IOException {
        try {
            ContentSigner signer = new JcaContentSignerBuilder(signatureAlgorithm).build(key);
            SignerInfoGenerator info = new JcaSignerInfoGeneratorBuilder(
                            new JcaDigestCalculatorProviderBuilder().build())
                    .setSignedAttributeGenerator(parameters -> new DefaultSignedAttributeTableGenerator(
                                    new AttributeTable(signingCertificate))
                            .getAttributes(parameters)
                            // PAdES baseline B: the claimed signing time is the dictionary's /M, never a CMS attribute.
                            .remove(CMSAttributes.signingTime))
                    .build(signer, chain.getFirst());
            CMSSignedDataGenerator generator = new CMSSignedDataGenerator();
            generator.addSignerInfoGenerator(info);
            generator.addCertificates(certificates);
            return generator
                    .generate(new CMSProcessableByteArray(content.readAllBytes()), false)
                    .getEncoded(ASN1Encoding.DER);
        } catch (OperatorCreationException | GeneralSecurityException | CMSException e) {
            throw new IOException("seal: signing failed: " + e.getMessage(), e);
        }
    }

    /** ESS signing-certificate-v2: the SHA-256 of the signer's certificate with its issuer and serial. */
    private static Attribute signingCertificateV2(X509Certificate certificate)
            throws GeneralSecurityException, IOException {
        X509CertificateHolder holder = new X509CertificateHolder(certificate.getEncoded());
        byte[] hash = MessageDigest.getInstance("SHA-256").digest(certificate.getEncoded());
        ESSCertIDv2 id = new ESSCertIDv2(
                new AlgorithmIdentifier(NISTObjectIdentifiers.id_sha256),
                hash,
                new IssuerSerial(new GeneralNames(new GeneralName(holder.getIssuer())), holder.getSerialNumber()));
        return new Attribute(
                PKCSObjectIdentifiers.id_aa_signingCertificateV2, new DERSet(new SigningCertificateV2(id)));
    }

    private static String commonName(X509Certificate certificate) {
        X500Name subject =
                X500Name.getInstance(certificate.getSubjectX500Principal().getEncoded());
        var names = subject.getRDNs(BCStyle.CN);
        return names.length == 0
                ? certificate.getSubjectX500Principal().getName()
                : IETFUtils.valueToString(names[0].getFirst().getValue());
    }

    private static KeyStore load(Path keystore, char[] password) {
        if (!Files.isReadable(keystore)) {
            throw new IllegalArgumentException("seal keystore " + keystore + ": no such readable file");
        }
        try (InputStream in = Files.newInputStream(keystore)) {
            KeyStore store = KeyStore.getInstance("PKCS12");
            store.load(in, password);
            return store;
        } catch (IOException | GeneralSecurityException e) {
            throw new IllegalArgumentException(
                    "seal keystore " + keystore + ": not a PKCS#12 keystore or a wrong password (" + e.getMessage()
                            + ")",
                    e);
        }
    }

    private static void create(Path keystore, Clock clock) {
        try {
            Files.createDirectories(keystore.toAbsolutePath().getParent());
            KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
            generator.initialize(new ECGenParameterSpec(DEVELOPMENT_CURVE), new SecureRandom());
            KeyPair pair = generator.generateKeyPair();
            Instant now = clock.instant();
            X500Name subject = new X500Name(DEVELOPMENT_SUBJECT);
            var builder = new JcaX509v3CertificateBuilder(
                            subject,
                            new BigInteger(64, new SecureRandom()).setBit(63),
                            Date.from(now.minus(Duration.ofDays(1))),
                            Date.from(now.plus(Duration.ofDays(3650))),
                            subject,
                            pair.getPublic())
                    .addExtension(Extension.basicConstraints, true, new BasicConstraints(false))
                    .addExtension(
                            Extension.keyUsage,
                            true,
                            new KeyUsage(KeyUsage.digitalSignature | KeyUsage.nonRepudiation));
            X509Certificate certificate = new JcaX509CertificateConverter()
                    .getCertificate(
                            builder.build(new JcaContentSignerBuilder("SHA256withECDSA").build(pair.getPrivate())));
            KeyStore store = KeyStore.getInstance("PKCS12");
            store.load(null, null);
            store.setKeyEntry(
                    DEVELOPMENT_ALIAS, pair.getPrivate(), DEVELOPMENT_PASSWORD, new Certificate[] {certificate});
            Path temporary = Files.createTempFile(keystore.toAbsolutePath().getParent(), "development-seal", ".tmp");
            try (OutputStream out = Files.newOutputStream(temporary)) {
                store.store(out, DEVELOPMENT_PASSWORD);
            }
            try {
                Files.move(temporary, keystore, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temporary, keystore, StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("seal: the development keystore " + keystore + " cannot be written", e);
        } catch (GeneralSecurityException | OperatorCreationException e) {
            throw new IllegalStateException("seal: the development key cannot be made: " + e.getMessage(), e);
        }
    }
}
