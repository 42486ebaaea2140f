package kz.qualify.official;

import java.text.NumberFormat;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * What a template can print: the document's facts as a tree of maps, lists and strings, with dates
 * and numbers already written the way the language writes them. A template names these keys and
 * nothing else; a misspelt key fails the rendering (the compiler is strict), and a test renders
 * every template.
 */
final class TemplateFacts {

    private final Words words;
    private final Language language;
    private final Seal seal;

    private TemplateFacts(Language language, Words words, Seal seal) {
        this.language = language;
        this.words = words;
        this.seal = seal;
    }

    static Map<String, Object> of(OfficialDocument document, Words words, Seal seal) {
        TemplateFacts facts = new TemplateFacts(document.language(), words, seal);
        Map<String, Object> map = facts.common(document);
        switch (document) {
            case Licence licence -> facts.licence(licence, map);
            case Refusal refusal -> facts.refusal(refusal, map);
            case ReturnForCompletion notice -> facts.returnNotice(notice, map);
            case FilingReceipt receipt -> facts.receipt(receipt, map);
        }
        return map;
    }

    private Map<String, Object> common(OfficialDocument document) {
        Map<String, Object> map = new HashMap<>();
        map.put("lang", language.tag());
        map.put("number", document.number());
        map.put(
                "authority",
                Map.of(
                        "name", document.authority().name(),
                        "address", document.authority().address()));
        map.put("verification", Map.of("url", document.verification().url().toString()));
        map.put("development", seal.development());
        map.put("sealedBy", seal.signerName());
        return map;
    }

    private void licence(Licence licence, Map<String, Object> map) {
        map.put("issuedOn", date(licence.issuedOn()));
        map.put("signatory", signatory(licence.signatory()));
        map.put("holder", party(licence.holder()));
        map.put("activity", licence.activity());
        map.put("legalBasis", licence.legalBasis());
        Licence.Annex annex = licence.annex();
        map.put(
                "annex",
                Map.of(
                        "number", annex.number(),
                        "subActivities", list(annex.subActivities()),
                        "kindsOfWork", list(annex.kindsOfWork()),
                        "equipmentScope", list(annex.equipmentScope())));
        map.put("acceptedAbsences", absences(licence.acceptedAbsences()));
    }

    private void refusal(Refusal refusal, Map<String, Object> map) {
        map.put("decidedOn", date(refusal.decidedOn()));
        map.put("signatory", signatory(refusal.signatory()));
        map.put("applicant", party(refusal.applicant()));
        map.put("application", application(refusal.application()));
        map.put("activity", refusal.activity());
        map.put("legalBasis", refusal.legalBasis());
        map.put(
                "grounds",
                refusal.grounds().stream()
                        .map(ground -> Map.of(
                                "clause", ground.clause(),
                                "reason", ground.reason(),
                                "figures", list(ground.figures()),
                                "lawQuote", ground.lawQuote()))
                        .toList());
        map.put(
                "appeal",
                Map.of(
                        "higherAuthority", optional(refusal.appeal().higherAuthority()),
                        "term", optional(refusal.appeal().term())));
        map.put("acceptedAbsences", absences(refusal.acceptedAbsences()));
    }

    /** The needs accepted as absent, with a flag so that the section is printed only when there are some. */
    private Map<String, Object> absences(List<AcceptedAbsence> absences) {
        return Map.of(
                "any",
                !absences.isEmpty(),
                "items",
                absences.stream()
                        .map(a -> Map.of(
                                "need", a.need(),
                                "clause", a.clause(),
                                "reason", a.reason(),
                                "acceptedBy", a.acceptedBy(),
                                "acceptedAt", words.dateTime().format(a.acceptedAt())))
                        .toList());
    }

    private void returnNotice(ReturnForCompletion notice, Map<String, Object> map) {
        map.put("decidedOn", date(notice.decidedOn()));
        map.put("signatory", signatory(notice.signatory()));
        map.put("applicant", party(notice.applicant()));
        map.put("application", application(notice.application()));
        map.put("activity", notice.activity());
        map.put(
                "reasons",
                notice.reasons().stream()
                        .map(reason -> Map.of("text", reason.text(), "clause", optional(reason.clause())))
                        .toList());
    }

    private void receipt(FilingReceipt receipt, Map<String, Object> map) {
        map.put("filedAt", words.dateTime().format(receipt.filedAt()));
        map.put("filedOn", date(receipt.filedAt().toLocalDate()));
        map.put("applicant", party(receipt.applicant()));
        map.put("applicationNumber", receipt.applicationNumber());
        map.put("activity", receipt.activity());
        map.put("scope", list(receipt.scope()));
        NumberFormat grouped = NumberFormat.getIntegerInstance(language.locale());
        map.put(
                "documents",
                receipt.documents().stream()
                        .map(document -> Map.of(
                                "title", document.title(),
                                "fileName", document.fileName(),
                                "size", grouped.format(document.size()),
                                // Two lines of 32 digits: a hash is read and compared in halves.
                                "sha256First", document.sha256().substring(0, 32),
                                "sha256Second", document.sha256().substring(32)))
                        .toList());
        map.put("documentCount", grouped.format(receipt.documents().size()));
    }

    private String date(LocalDate date) {
        return words.date().format(date);
    }

    private static Map<String, Object> signatory(Signatory signatory) {
        return Map.of("fullName", signatory.fullName(), "position", signatory.position());
    }

    private static Map<String, Object> party(Party party) {
        return Map.of(
                "name", party.name(),
                "address", party.address(),
                "taxId",
                        Map.of(
                                "digits", party.taxId().digits(),
                                "bin", party.taxId().kind() == TaxId.Kind.BIN,
                                "iin", party.taxId().kind() == TaxId.Kind.IIN));
    }

    private Map<String, Object> application(ApplicationRef application) {
        return Map.of("number", application.number(), "filedOn", date(application.filedOn()));
    }

    /** A list with a flag, so that a template can print a heading only when there is something under it. */
    private static Map<String, Object> list(List<String> items) {
        return Map.of("items", items, "any", !items.isEmpty());
    }

    /** A value or {@code false}: a template prints {@code {{#term}}…{{.}}…{{/term}}} only when there is one. */
    private static Object optional(@Nullable String value) {
        return value == null ? Boolean.FALSE : value;
    }
}
