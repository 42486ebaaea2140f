package kz.qualify.bench;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.KeyStore;
import java.security.cert.Certificate;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Date;
import java.util.List;
import java.util.concurrent.TimeUnit;
import kz.qualify.official.Authority;
import kz.qualify.official.Language;
import kz.qualify.official.Licence;
import kz.qualify.official.OfficialDocuments;
import kz.qualify.official.Party;
import kz.qualify.official.Pkcs12Seal;
import kz.qualify.official.Seal;
import kz.qualify.official.Signatory;
import kz.qualify.official.SignedDocument;
import kz.qualify.official.TaxId;
import kz.qualify.official.Verification;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Issuing a licence (two pages: the licence and its annex): the template filled, the PDF/A typeset
 * with its fonts and QR code, signed, hashed. Run with {@code -bm avgt -t 1} for the time per
 * document on one thread and {@code -bm thrpt -t 2} for documents per second on both cores. Target:
 * ≤ 50 ms per document and ≥ 50 documents/s, with signing.
 *
 * <p>{@code key}: the development seal's EC P-256 key, or an RSA-3072 key as an authority's
 * keystore might hold, to show what the key costs.
 */
@BenchmarkMode({Mode.AverageTime, Mode.Throughput})
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 4, time = 5)
@Measurement(iterations = 5, time = 5)
@Fork(value = 1, jvmArgsAppend = "-Xmx2g")
@State(Scope.Benchmark)
public class OfficialDocumentBenchmark {

    @Param({"ec-p256", "rsa-3072"})
    String key;

    private OfficialDocuments documents;
    private Licence licence;

    @Setup
    public void setUp() throws Exception {
        Path folder = Files.createTempDirectory("official-bench");
        Seal seal = key.equals("ec-p256")
                ? Pkcs12Seal.development(folder, Clock.systemUTC())
                : Pkcs12Seal.open(rsaKeystore(folder.resolve("rsa.p12")), PASSWORD, "seal");
        documents = new OfficialDocuments(seal, Clock.systemUTC());
        licence = licence();
    }

    @Benchmark
    public SignedDocument issueLicence() {
        return documents.issue(licence);
    }

    static final char[] PASSWORD = "bench".toCharArray();

    static Path rsaKeystore(Path path) throws Exception {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(3072);
        KeyPair pair = generator.generateKeyPair();
        X500Name name = new X500Name("CN=Benchmark seal RSA-3072,C=KZ");
        Instant now = Instant.now();
        var certificate = new JcaX509CertificateConverter()
                .getCertificate(new JcaX509v3CertificateBuilder(
                                name,
                                BigInteger.ONE,
                                Date.from(now.minus(Duration.ofDays(1))),
                                Date.from(now.plus(Duration.ofDays(30))),
                                name,
                                pair.getPublic())
                        .build(new JcaContentSignerBuilder("SHA256withRSA").build(pair.getPrivate())));
        KeyStore store = KeyStore.getInstance("PKCS12");
        store.load(null, null);
        store.setKeyEntry("seal", pair.getPrivate(), PASSWORD, new Certificate[] {certificate});
        try (OutputStream out = Files.newOutputStream(path)) {
            store.store(out, PASSWORD);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        return path;
    }

    /** A licence for item 4 with its annex, as the service would word it in Russian. */
    static Licence licence() {
        return new Licence(
                "12018765",
                LocalDate.of(2012, 11, 26),
                Language.RU,
                new Authority(
                        "Комитет промышленной безопасности Министерства индустрии и новых технологий Республики Казахстан",
                        "010000, город Астана, проспект Кабанбай батыра, 32/1"),
                new Signatory("Абдрахманов Нурлан Габитович", "Руководитель управления лицензирования"),
                new Party(
                        "Товарищество с ограниченной ответственностью «Казпроммонтаж»",
                        TaxId.bin("120540012345"),
                        "Карагандинская область, город Темиртау, проспект Республики, 101"),
                "Проектирование, изготовление, монтаж, ремонт оборудования",
                new Licence.Annex(
                        "001",
                        List.of(),
                        List.of("проектирование", "изготовление", "монтаж", "ремонт"),
                        List.of(
                                "паровые и водогрейные котлы с рабочим давлением свыше 0,7 кгс/см² и температурой"
                                        + " теплоносителя свыше 115 °С",
                                "сосуды и трубопроводы, работающие под давлением свыше 0,7 кгс/см²",
                                "грузоподъёмные сооружения")),
                "Квалификационные требования, предъявляемые к отдельным видам деятельности в сфере промышленности,"
                        + " утверждённые постановлением Правительства Республики Казахстан от 26 декабря 2007 года"
                        + " № 1311 (в редакции постановления от 24 июля 2012 года № 967)",
                Verification.of("https://qualify.example.kz/v/L12018765"),
                List.of());
    }
}
