package kz.qualify.official;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;

/**
 * The documents the tests issue: one of each kind in each language, with the facts a licensing
 * authority of 2012 would have put in them (an item 4 licence with kinds of work and equipment, a
 * refusal on item 1's 70 % staff rule with its figures, a return for two missing documents, a
 * receipt for three files). What the service would word from its bundles is worded here by hand.
 */
final class Samples {

    static final LocalDate DECIDED = LocalDate.of(2012, 11, 26);
    static final LocalDate FILED = LocalDate.of(2012, 11, 12);
    static final String BIN = "120540012345";
    static final String QUOTE_1_3 = "наличие квалифицированного состава руководителей и специалистов с соответствующим"
            + " образованием в сфере электроэнергетики и опытом работы не менее трех лет; при этом"
            + " квалифицированные работники должны составлять не менее 70 % от общего количества"
            + " производственного персонала";

    private Samples() {}

    static Verification verification(String code) {
        return Verification.of("https://qualify.example.kz/v/" + code);
    }

    static Authority authority(Language language) {
        return switch (language) {
            case KK ->
                new Authority(
                        "Қазақстан Республикасы Индустрия және жаңа технологиялар министрлігінің Өнеркәсіптік қауіпсіздік комитеті",
                        "010000, Астана қаласы, Кабанбай батыр даңғылы, 32/1");
            case RU ->
                new Authority(
                        "Комитет промышленной безопасности Министерства индустрии и новых технологий Республики Казахстан",
                        "010000, город Астана, проспект Кабанбай батыра, 32/1");
            case EN ->
                new Authority(
                        "Industrial Safety Committee of the Ministry of Industry and New Technologies of the Republic of Kazakhstan",
                        "32/1 Kabanbay Batyr Avenue, Astana 010000");
        };
    }

    static Signatory signatory(Language language) {
        return switch (language) {
            case KK -> new Signatory("Әбдірахманов Нұрлан Ғабитұлы", "Лицензиялау басқармасының басшысы");
            case RU -> new Signatory("Абдрахманов Нурлан Габитович", "Руководитель управления лицензирования");
            case EN -> new Signatory("Nurlan Abdrakhmanov", "Head of the Licensing Department");
        };
    }

    static Party company(Language language) {
        return switch (language) {
            case KK ->
                new Party(
                        "«Қазөнеркәсіпмонтаж» жауапкершілігі шектеулі серіктестігі",
                        TaxId.bin(BIN),
                        "Қарағанды облысы, Теміртау қаласы, Республика даңғылы, 101");
            case RU ->
                new Party(
                        "Товарищество с ограниченной ответственностью «Казпроммонтаж»",
                        TaxId.bin(BIN),
                        "Карагандинская область, город Темиртау, проспект Республики, 101");
            case EN ->
                new Party(
                        "Kazprommontazh Limited Liability Partnership",
                        TaxId.bin(BIN),
                        "101 Respubliki Avenue, Temirtau, Karaganda Region");
        };
    }

    static String legalBasis(Language language) {
        return switch (language) {
            case KK ->
                "Қазақстан Республикасы Үкіметінің 2007 жылғы 26 желтоқсандағы № 1311 қаулысымен бекітілген"
                        + " өнеркәсіп саласындағы қызметтің жекелеген түрлеріне қойылатын біліктілік талаптары"
                        + " (2012 жылғы 24 шілдедегі № 967 қаулының редакциясында)";
            case RU ->
                "Квалификационные требования, предъявляемые к отдельным видам деятельности в сфере"
                        + " промышленности, утверждённые постановлением Правительства Республики Казахстан от 26 декабря"
                        + " 2007 года № 1311 (в редакции постановления от 24 июля 2012 года № 967)";
            case EN ->
                "Qualification requirements for certain activities in industry approved by Decree of the"
                        + " Government of the Republic of Kazakhstan No. 1311 of 26 December 2007 (as worded by Decree"
                        + " No. 967 of 24 July 2012)";
        };
    }

    private static Licence licenceAlone(Language language) {
        return switch (language) {
            case KK ->
                new Licence(
                        "12018765",
                        DECIDED,
                        language,
                        authority(language),
                        signatory(language),
                        company(language),
                        "Жабдықты жобалау, дайындау, монтаждау, жөндеу",
                        new Licence.Annex(
                                "001",
                                List.of(),
                                List.of("жобалау", "дайындау", "монтаждау", "жөндеу"),
                                List.of(
                                        "жұмыс қысымы 0,7 кгс/см²-ден және жылу тасығыштың температурасы 115 °С-тан жоғары бу және су жылыту қазандықтары",
                                        "0,7 кгс/см²-ден жоғары қысыммен жұмыс істейтін ыдыстар мен құбырлар",
                                        "жүк көтергіш құрылыстар")),
                        legalBasis(language),
                        verification("L12018765"),
                        List.of());
            case RU ->
                new Licence(
                        "12018765",
                        DECIDED,
                        language,
                        authority(language),
                        signatory(language),
                        company(language),
                        "Проектирование, изготовление, монтаж, ремонт оборудования",
                        new Licence.Annex(
                                "001",
                                List.of(),
                                List.of("проектирование", "изготовление", "монтаж", "ремонт"),
                                List.of(
                                        "паровые и водогрейные котлы с рабочим давлением свыше 0,7 кгс/см² и температурой теплоносителя свыше 115 °С",
                                        "сосуды и трубопроводы, работающие под давлением свыше 0,7 кгс/см²",
                                        "грузоподъёмные сооружения")),
                        legalBasis(language),
                        verification("L12018765"),
                        List.of());
            case EN ->
                new Licence(
                        "12018765",
                        DECIDED,
                        language,
                        authority(language),
                        signatory(language),
                        company(language),
                        "Design, manufacture, installation and repair of equipment",
                        new Licence.Annex(
                                "001",
                                List.of(),
                                List.of("design", "manufacture", "installation", "repair"),
                                List.of(
                                        "steam and hot-water boilers working above 0.7 kgf/cm² with coolant above 115 °C",
                                        "vessels and pipelines working under pressure above 0.7 kgf/cm²",
                                        "lifting structures")),
                        legalBasis(language),
                        verification("L12018765"),
                        List.of());
        };
    }

    static ApplicationRef application() {
        return new ApplicationRef("A-2012-00417", FILED);
    }

    private static Refusal refusalAlone(Language language) {
        return switch (language) {
            case KK ->
                new Refusal(
                        "R-2012-0093",
                        DECIDED,
                        language,
                        authority(language),
                        signatory(language),
                        company(language),
                        application(),
                        "Электр энергиясын беру және тарату",
                        legalBasis(language),
                        List.of(
                                new Refusal.Ground(
                                        "қосымшаның 1-тармағы, 3) тармақшасы",
                                        "Білікті басшылар мен мамандар өндірістік персоналдың 70 %-ынан кем",
                                        List.of(
                                                "білікті басшылар мен мамандар: 91, өндірістік персонал: 140",
                                                "үлесі 65,0 %, талап етілетіні — кемінде 70 %"),
                                        QUOTE_1_3),
                                new Refusal.Ground(
                                        "қосымшаның 7-тармағы, 3) тармақшасы",
                                        "Айналым қаражатының мөлшерін растайтын банк анықтамасы ұсынылмаған",
                                        List.of("талап етілетіні — кемінде 10 000 АЕК, яғни 17 310 000,00 ₸"),
                                        "наличие оборотных средств в размере не менее 10 000 месячных расчетных показателей,"
                                                + " подтвержденных справкой банка")),
                        Refusal.Appeal.rightOnly(),
                        verification("R2012-0093"),
                        List.of());
            case RU ->
                new Refusal(
                        "R-2012-0093",
                        DECIDED,
                        language,
                        authority(language),
                        signatory(language),
                        company(language),
                        application(),
                        "Передача и распределение электрической энергии",
                        legalBasis(language),
                        List.of(
                                new Refusal.Ground(
                                        "пункт 1 приложения, подпункт 3)",
                                        "Квалифицированные руководители и специалисты составляют менее 70 % производственного персонала",
                                        List.of(
                                                "квалифицированных руководителей и специалистов: 91, производственного персонала: 140",
                                                "доля 65,0 % при требуемых не менее 70 %"),
                                        QUOTE_1_3),
                                new Refusal.Ground(
                                        "пункт 7 приложения, подпункт 3)",
                                        "Не представлена справка банка о размере оборотных средств",
                                        List.of("требуется не менее 10 000 МРП, то есть 17 310 000,00 ₸"),
                                        "наличие оборотных средств в размере не менее 10 000 месячных расчетных показателей,"
                                                + " подтвержденных справкой банка")),
                        Refusal.Appeal.rightOnly(),
                        verification("R2012-0093"),
                        List.of());
            case EN ->
                new Refusal(
                        "R-2012-0093",
                        DECIDED,
                        language,
                        authority(language),
                        signatory(language),
                        company(language),
                        application(),
                        "Transmission and distribution of electricity",
                        legalBasis(language),
                        List.of(
                                new Refusal.Ground(
                                        "item 1 of the annex, subitem 3)",
                                        "Qualified managers and specialists are fewer than 70 % of the production staff",
                                        List.of(
                                                "qualified managers and specialists: 91, production staff: 140",
                                                "a share of 65.0 % against at least 70 % required"),
                                        QUOTE_1_3),
                                new Refusal.Ground(
                                        "item 7 of the annex, subitem 3)",
                                        "No bank certificate of the working capital was filed",
                                        List.of("at least 10,000 MCI required, that is 17,310,000.00 ₸"),
                                        "наличие оборотных средств в размере не менее 10 000 месячных расчетных показателей,"
                                                + " подтвержденных справкой банка")),
                        Refusal.Appeal.rightOnly(),
                        verification("R2012-0093"),
                        List.of());
        };
    }

    static ReturnForCompletion returnNotice(Language language) {
        List<ReturnForCompletion.Reason> reasons = switch (language) {
            case KK ->
                List.of(
                        new ReturnForCompletion.Reason(
                                "Өндірістік базаға құқық белгілейтін құжаттың көшірмесі қоса берілмеген",
                                "қосымшаның 4-тармағы, 1) тармақшасы"),
                        new ReturnForCompletion.Reason(
                                "Мамандардың жиынтық кестесінде бас инженердің еңбек өтілі көрсетілмеген", null));
            case RU ->
                List.of(
                        new ReturnForCompletion.Reason(
                                "Не приложена копия правоустанавливающего документа на производственную базу",
                                "пункт 4 приложения, подпункт 1)"),
                        new ReturnForCompletion.Reason(
                                "В сводной таблице специалистов не указан стаж главного инженера", null));
            case EN ->
                List.of(
                        new ReturnForCompletion.Reason(
                                "No copy of the title document for the production base is attached",
                                "item 4 of the annex, subitem 1)"),
                        new ReturnForCompletion.Reason(
                                "The summary table of specialists gives no experience for the chief engineer", null));
        };
        return new ReturnForCompletion(
                "V-2012-0211",
                DECIDED,
                language,
                authority(language),
                signatory(language),
                company(language),
                application(),
                licence(language).activity(),
                reasons,
                verification("V2012-0211"));
    }

    static FilingReceipt receipt(Language language) {
        List<FilingReceipt.ReceivedDocument> documents = switch (language) {
            case KK ->
                List.of(
                        new FilingReceipt.ReceivedDocument(
                                "Лицензия алуға өтініш",
                                "otinish.pdf",
                                184_320,
                                "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08"),
                        new FilingReceipt.ReceivedDocument(
                                "Мамандардың жиынтық кестесі",
                                "mamandar.xlsx",
                                48_211,
                                "2c26b46b68ffc68ff99b453c1d30413413422d706483bfa0f98a5e886266e7ae"),
                        new FilingReceipt.ReceivedDocument(
                                "Өндірістік базаны жалға алу шарты",
                                "zhalga-alu-sharty.pdf",
                                2_411_904,
                                "fcde2b2edba56bf408601fb721fe9b5c338d10ee429ea04fae5511b68fbf8fb9"));
            case RU ->
                List.of(
                        new FilingReceipt.ReceivedDocument(
                                "Заявление на получение лицензии",
                                "zayavlenie.pdf",
                                184_320,
                                "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08"),
                        new FilingReceipt.ReceivedDocument(
                                "Сводная таблица специалистов",
                                "specialisty.xlsx",
                                48_211,
                                "2c26b46b68ffc68ff99b453c1d30413413422d706483bfa0f98a5e886266e7ae"),
                        new FilingReceipt.ReceivedDocument(
                                "Договор аренды производственной базы",
                                "dogovor-arendy.pdf",
                                2_411_904,
                                "fcde2b2edba56bf408601fb721fe9b5c338d10ee429ea04fae5511b68fbf8fb9"));
            case EN ->
                List.of(
                        new FilingReceipt.ReceivedDocument(
                                "Application for a licence",
                                "application.pdf",
                                184_320,
                                "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08"),
                        new FilingReceipt.ReceivedDocument(
                                "Summary table of specialists",
                                "specialists.xlsx",
                                48_211,
                                "2c26b46b68ffc68ff99b453c1d30413413422d706483bfa0f98a5e886266e7ae"),
                        new FilingReceipt.ReceivedDocument(
                                "Lease of the production base",
                                "lease.pdf",
                                2_411_904,
                                "fcde2b2edba56bf408601fb721fe9b5c338d10ee429ea04fae5511b68fbf8fb9"));
        };
        return new FilingReceipt(
                "P-2012-00417",
                OffsetDateTime.of(2012, 11, 12, 15, 42, 0, 0, ZoneOffset.ofHours(6)),
                language,
                authority(language),
                company(language),
                "A-2012-00417",
                licence(language).activity(),
                licence(language).annex().kindsOfWork(),
                documents,
                verification("P2012-00417"));
    }

    /** The need the officer accepted as absent in the samples: item 3's reagent tanks, where no reagents are used. */
    static AcceptedAbsence absence(Language language) {
        return new AcceptedAbsence(
                switch (language) {
                    case KK -> "химиялық реагенттерді сақтауға арналған сыйымдылықтар";
                    case RU -> "емкости для хранения химических реагентов (при их использовании)";
                    case EN -> "tanks for storing chemical reagents (where reagents are used)";
                },
                switch (language) {
                    case KK -> "қосымшаның 3-тармағы, 2) тармақшасы, 6-абзац";
                    case RU -> "пункт 3 приложения, подпункт 2), абзац 6";
                    case EN -> "annex, item 3, subitem 2), paragraph 6";
                },
                "Химиялық реагенттер қолданылмайды / reagents are not used",
                signatory(language).fullName(),
                OffsetDateTime.of(2012, 11, 20, 10, 15, 0, 0, ZoneOffset.ofHours(6)));
    }

    /** The licence with the need accepted as absent stated in its annex. */
    static Licence licence(Language language) {
        var l = licenceAlone(language);
        return new Licence(
                l.number(),
                l.issuedOn(),
                l.language(),
                l.authority(),
                l.signatory(),
                l.holder(),
                l.activity(),
                l.annex(),
                l.legalBasis(),
                l.verification(),
                List.of(absence(language)));
    }

    /** The refusal, which states the need accepted as absent besides its grounds. */
    static Refusal refusal(Language language) {
        var r = refusalAlone(language);
        return new Refusal(
                r.number(),
                r.decidedOn(),
                r.language(),
                r.authority(),
                r.signatory(),
                r.applicant(),
                r.application(),
                r.activity(),
                r.legalBasis(),
                r.grounds(),
                r.appeal(),
                r.verification(),
                List.of(absence(language)));
    }

    static OfficialDocument of(OfficialDocument.Kind kind, Language language) {
        return switch (kind) {
            case LICENCE -> licence(language);
            case REFUSAL -> refusal(language);
            case RETURN_FOR_COMPLETION -> returnNotice(language);
            case FILING_RECEIPT -> receipt(language);
        };
    }
}
