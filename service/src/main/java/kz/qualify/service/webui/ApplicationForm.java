package kz.qualify.service.webui;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import kz.qualify.assessment.Evidence;
import kz.qualify.catalog.Catalog;
import kz.qualify.dossier.EducationField;
import kz.qualify.dossier.EducationLevel;
import kz.qualify.dossier.LegalBasis;
import kz.qualify.dossier.LegalForm;
import kz.qualify.dossier.Role;
import kz.qualify.law.Activity;
import kz.qualify.law.Edition;
import kz.qualify.law.Term;
import kz.qualify.message.Arg;
import kz.qualify.message.Message;
import kz.qualify.rules.Applicability;
import kz.qualify.rules.Need;
import kz.qualify.rules.Provision;
import kz.qualify.rules.QualificationStandard;
import kz.qualify.rules.Requirement;
import kz.qualify.rules.Rule;
import kz.qualify.wording.Words;
import org.jspecify.annotations.Nullable;

/**
 * The application form for one activity, generated from the edition's requirements: nothing in it
 * is written per activity, so a new edition of the rules changes the form by itself. Sections come
 * in the law's order; every code is given with its name in the asked language, and every place a
 * file goes is a slot ({@link Evidence}) the upload names.
 *
 * @param language the language the names are in
 * @param applicant who may apply: each legal form, and whether the item allows it
 * @param sections one per requirement of the item, in the law's order
 * @param choices the words for the form's own lists (legal bases, roles, education levels and fields)
 */
record ApplicationForm(
        EditionRef edition,
        ActivityRef activity,
        String language,
        List<Named> subActivities,
        List<Named> works,
        List<Named> declaredSubActivities,
        List<Named> declaredWorks,
        ApplicantPart applicant,
        List<Section> sections,
        Choices choices) {

    record EditionRef(String id, String rulesVersion) {}

    record ActivityRef(int item, String name) {}

    /** A code with its name in the asked language. */
    record Named(String code, String name) {}

    record ApplicantPart(List<LegalFormChoice> legalForms, String taxIdRule) {}

    record LegalFormChoice(String code, String name, boolean allowed) {}

    /**
     * One requirement as a part of the form.
     *
     * @param kind legal-form, provision, staff, working-capital or equipment-scope
     * @param applies whether it applies to what is declared
     * @param appliesWhen when a conditional requirement applies, in words; null for every applicant
     */
    record Section(
            String requirement,
            String clause,
            String citation,
            String kind,
            String title,
            boolean applies,
            @Nullable String appliesWhen,
            List<NeedPart> needs,
            List<DocumentSlot> documents,
            @Nullable StaffPart staff,
            @Nullable CapitalPart workingCapital,
            @Nullable EquipmentPart equipment) {}

    /**
     * One need of a provision rule.
     *
     * @param key the slot's key: the upload binds the file to it
     * @param label the law's words for it
     * @param name what it is in the asked language
     * @param conditional whether the law asks for it only in a case the officer judges
     */
    record NeedPart(
            String key, String label, String name, boolean conditional, String proof, List<Alternative> alternatives) {}

    /**
     * One way to satisfy a need.
     *
     * @param kind asset, service, programme, contract, permit or document
     * @param how what is asked of it, in a sentence
     * @param document the code of the document that proves it
     * @param onSchedule a programme must be implemented on schedule
     * @param protocolOfIntent a protocol of intent is accepted instead of a contract
     * @param backupSupply the contract must provide backup supply in case of accidents
     * @param certifiedByHead the document must be signed by the head and sealed
     */
    record Alternative(
            String kind,
            String code,
            String name,
            String how,
            Named document,
            boolean onSchedule,
            boolean protocolOfIntent,
            boolean backupSupply,
            boolean certifiedByHead) {}

    /** A document the requirement lists, to upload into its slot. */
    record DocumentSlot(String key, String code, String name) {}

    /** Staff: the share asked for (if any) and each role's standard in words. */
    record StaffPart(@Nullable Integer minSharePercent, Standard managers, Standard specialists) {}

    /**
     * What a manager or specialist must have.
     *
     * @param minLevel the least level, or null where the item names none
     * @param fields the fields that count, empty when any or a corresponding one does
     * @param minExperienceMonths the least experience, or null where none is set
     * @param sentence the standard in one sentence of the asked language
     * @param law the law's words for it
     */
    record Standard(
            @Nullable String minLevel,
            List<String> fields,
            @Nullable Integer minExperienceMonths,
            String sentence,
            String law) {}

    record CapitalPart(long minMrp, DocumentSlot certificate, String sentence) {}

    /**
     * Item 4's equipment.
     *
     * @param kinds each kind with what must be stated for it
     */
    record EquipmentPart(List<EquipmentKind> kinds, BigDecimal pressureAboveKgfCm2, BigDecimal temperatureAboveC) {}

    record EquipmentKind(String code, String name, boolean pressure, boolean temperature) {}

    record Choices(
            List<Named> legalBases,
            List<Named> roles,
            List<Named> educationLevels,
            List<Named> educationFields,
            List<Named> signatories) {}

    /** Builds the form; {@code words} says the form's own sentences, the edition names its codes. */
    static ApplicationForm of(
            Edition edition, Activity activity, Set<String> subActivities, Set<String> works, Words words) {
        var names = new Names(edition, words);
        boolean declaredNothing = subActivities.isEmpty() && works.isEmpty();
        var sections = new ArrayList<Section>();
        List<LegalFormChoice> legalForms = List.of();
        for (var r : edition.requirementsOf(activity.item())) {
            boolean applies = r.applicability().appliesTo(subActivities, works)
                    || declaredNothing && !(r.applicability() instanceof Applicability.Always);
            var section = section(r, applies, names, edition);
            sections.add(section);
            if (r.rule() instanceof Rule.LegalFormRule rule) {
                legalForms = Arrays.stream(LegalForm.values())
                        .map(f -> new LegalFormChoice(
                                f.name(),
                                words.say("form.legalForm." + f.name()),
                                rule.allowed().contains(f)))
                        .toList();
            }
        }
        return new ApplicationForm(
                new EditionRef(edition.id(), edition.rulesVersion()),
                new ActivityRef(activity.item(), names.activity(activity)),
                words.language().tag(),
                activity.subActivities().stream()
                        .map(s -> new Named(s.code(), names.of(s)))
                        .toList(),
                activity.works().stream().map(names::of).toList(),
                activity.subActivities().stream()
                        .filter(s -> subActivities.contains(s.code()))
                        .map(s -> new Named(s.code(), names.of(s)))
                        .toList(),
                activity.works().stream()
                        .filter(w -> works.contains(w.code()))
                        .map(names::of)
                        .toList(),
                new ApplicantPart(legalForms, words.say("form.taxIdRule")),
                List.copyOf(sections),
                new Choices(
                        enumNames(LegalBasis.values(), "form.legalBasis.", words),
                        enumNames(
                                new Role[] {Role.MANAGER, Role.SPECIALIST, Role.WORKER, Role.UNKNOWN},
                                "form.role.",
                                words),
                        enumNames(EducationLevel.values(), "form.level.", words),
                        enumNames(EducationField.values(), "form.field.", words),
                        enumNames(kz.qualify.dossier.Document.Signatory.values(), "form.signatory.", words)));
    }

    private static List<Named> enumNames(Enum<?>[] values, String prefix, Words words) {
        return Arrays.stream(values)
                .map(v -> new Named(v.name(), words.say(prefix + v.name())))
                .toList();
    }

    private static Section section(Requirement r, boolean applies, Names names, Edition edition) {
        var needs = new ArrayList<NeedPart>();
        var documents = new ArrayList<DocumentSlot>();
        StaffPart staff = null;
        CapitalPart capital = null;
        EquipmentPart equipment = null;
        var slots = Evidence.slots(r);
        for (var slot : slots) {
            if (slot.need() != null) needs.add(need(r, slot.key(), slot.need(), names));
        }
        String kind;
        switch (r.rule()) {
            case Rule.LegalFormRule rule -> kind = "legal-form";
            case Rule.ProvisionRule rule -> kind = "provision";
            case Rule.StaffRule rule -> {
                kind = "staff";
                staff = new StaffPart(
                        rule.minSharePercent(),
                        standard(rule.managers(), "form.standard.manager", names),
                        standard(rule.specialists(), "form.standard.specialist", names));
            }
            case Rule.WorkingCapitalRule rule -> {
                kind = "working-capital";
                var certificate = new DocumentSlot(
                        Evidence.DOCUMENT + rule.certificateDocument(),
                        rule.certificateDocument(),
                        names.term(rule.certificateDocument()));
                capital = new CapitalPart(
                        rule.minMrp(),
                        certificate,
                        names.words.render(Message.of("form.capital.sentence", Arg.count("mrp", rule.minMrp()))));
            }
            case Rule.EquipmentScopeRule rule -> {
                kind = "equipment-scope";
                var activity = edition.activity(r.clause().item()).orElseThrow();
                equipment = new EquipmentPart(
                        activity.equipmentKinds().stream()
                                .map(t -> new EquipmentKind(
                                        t.code(),
                                        names.of(t).name(),
                                        rule.boilerKinds().contains(t.code())
                                                || rule.pressureKinds().contains(t.code()),
                                        rule.boilerKinds().contains(t.code())))
                                .toList(),
                        rule.pressureAboveKgfCm2(),
                        rule.boilerTemperatureAboveC());
            }
        }
        for (var slot : slots) {
            // the capital's certificate is asked for beside the amount, not twice
            if (slot.need() == null
                    && (capital == null
                            || !slot.key().equals(capital.certificate().key()))) {
                var code = slot.documentKinds().getFirst();
                documents.add(new DocumentSlot(slot.key(), code, names.term(code)));
            }
        }
        return new Section(
                r.id(),
                r.clause().id(),
                r.clause().citation(),
                kind,
                names.title(r),
                applies,
                appliesWhen(r.applicability(), names),
                List.copyOf(needs),
                List.copyOf(documents),
                staff,
                capital,
                equipment);
    }

    private static @Nullable String appliesWhen(Applicability a, Names names) {
        return switch (a) {
            case Applicability.Always x -> null;
            case Applicability.AnySubActivityOf x ->
                names.words.render(
                        Message.of("form.appliesWhen.subActivityOf", Arg.text("list", names.list(x.subActivities()))));
            case Applicability.AnySubActivityExcept x ->
                names.words.render(Message.of(
                        "form.appliesWhen.subActivityExcept", Arg.text("list", names.list(x.subActivities()))));
            case Applicability.AnyWorkOf x ->
                names.words.render(Message.of("form.appliesWhen.workOf", Arg.text("list", names.list(x.works()))));
        };
    }

    private static NeedPart need(Requirement requirement, String key, Need need, Names names) {
        var alternatives = need.anyOf().stream().map(p -> alternative(p, names)).toList();
        var named = names.words.need(needId(requirement, key));
        // a glossary that names the need by the law's own words (the English one does, as its findings
        // quote them) speaks another language than the reader's: there the alternatives' names say it
        var name = named.equals(need.label()) && !names.inTheLawsLanguage()
                ? String.join(
                        names.words.say("form.or"),
                        alternatives.stream().map(Alternative::name).toList())
                : named;
        var proof = String.join(
                names.words.say("form.or"),
                new LinkedHashSet<>(alternatives.stream()
                                .map(a -> a.document().name())
                                .toList())
                        .stream().toList());
        return new NeedPart(key, need.label(), name, need.absence() == Need.Absence.NEEDS_REVIEW, proof, alternatives);
    }

    private static Alternative alternative(Provision p, Names names) {
        var document = new Named(Evidence.documentKind(p), names.term(Evidence.documentKind(p)));
        var name = names.term(p.code());
        return switch (p) {
            case Provision.Asset a ->
                new Alternative(
                        "asset",
                        a.code(),
                        name,
                        names.words.say("form.how.asset"),
                        document,
                        false,
                        false,
                        false,
                        false);
            case Provision.Service s ->
                new Alternative(
                        "service",
                        s.code(),
                        name,
                        names.words.say("form.how.service"),
                        document,
                        false,
                        false,
                        false,
                        false);
            case Provision.Programme pr ->
                new Alternative(
                        "programme",
                        pr.code(),
                        name,
                        names.words.say(pr.onSchedule() ? "form.how.programmeOnSchedule" : "form.how.programme"),
                        document,
                        pr.onSchedule(),
                        false,
                        false,
                        false);
            case Provision.Contract c ->
                new Alternative(
                        "contract",
                        c.code(),
                        name,
                        names.words.say(
                                        c.protocolOfIntentAccepted()
                                                ? "form.how.contractOrProtocol"
                                                : "form.how.contract")
                                + (c.backupSupply() ? names.words.say("form.how.backupSupply") : ""),
                        document,
                        false,
                        c.protocolOfIntentAccepted(),
                        c.backupSupply(),
                        false);
            case Provision.Permit pe ->
                new Alternative(
                        "permit",
                        pe.code(),
                        name,
                        names.words.say("form.how.permit"),
                        document,
                        false,
                        false,
                        false,
                        false);
            case Provision.Document d ->
                new Alternative(
                        "document",
                        d.code(),
                        name,
                        names.words.say(d.certifiedByHead() ? "form.how.documentCertified" : "form.how.document"),
                        document,
                        false,
                        false,
                        false,
                        d.certifiedByHead());
        };
    }

    private static Standard standard(QualificationStandard s, String role, Names names) {
        var w = names.words;
        var parts = new ArrayList<String>();
        if (s.minLevel() != null) {
            parts.add(w.render(Message.of(
                    "form.standard.level",
                    Arg.text("level", w.say("form.level." + s.minLevel().name())))));
        }
        List<String> fields = List.of();
        switch (s.field()) {
            case QualificationStandard.FieldRequirement.AnyField f -> parts.add(w.say("form.standard.anyField"));
            case QualificationStandard.FieldRequirement.Technical f -> parts.add(w.say("form.standard.technical"));
            case QualificationStandard.FieldRequirement.Sphere f -> {
                fields = f.accepted().stream().map(Enum::name).sorted().toList();
                parts.add(w.render(Message.of(
                        "form.standard.sphere",
                        Arg.text(
                                "fields",
                                String.join(
                                        w.say("form.or"),
                                        fields.stream()
                                                .map(x -> w.say("form.field." + x))
                                                .toList())))));
                if (!f.forReview().isEmpty()) parts.add(w.say("form.standard.sphereReview"));
            }
            case QualificationStandard.FieldRequirement.Corresponding f ->
                parts.add(w.say("form.standard.corresponding"));
        }
        if (s.minExperience() != null) {
            int months = s.minExperience().months();
            parts.add(w.render(
                    months % 12 == 0
                            ? Message.of("form.standard.experienceYears", Arg.count("years", months / 12))
                            : Message.of("form.standard.experience", Arg.count("months", months))));
        } else if (s.experienceRequired()) {
            parts.add(w.say("form.standard.experienceJudged"));
        }
        var sentence = w.say(role) + ": " + String.join(", ", parts);
        return new Standard(
                s.minLevel() == null ? null : s.minLevel().name(),
                fields,
                s.minExperience() == null ? null : s.minExperience().months(),
                sentence,
                s.wording());
    }

    /** A need's id in the edition's glossary ("1.1/2") from its slot's key ("need-2"). */
    private static String needId(Requirement r, String slotKey) {
        return r.id() + "/" + slotKey.substring(Evidence.NEED.length());
    }

    /** Names of the edition's codes in the asked language, from the edition's glossary. */
    private record Names(Edition edition, Words words) {
        String term(String code) {
            return words.term(code);
        }

        Named of(Term t) {
            return new Named(t.code(), words.term(t.code()));
        }

        String of(Activity.SubActivity s) {
            var name = words.term(s.code());
            return s.paragraph() > 0
                    ? words.render(
                            Message.of("form.paragraph", Arg.count("paragraph", s.paragraph()), Arg.text("name", name)))
                    : name;
        }

        String activity(Activity a) {
            return words.activity(a.item());
        }

        /** Whether the form is in the language of the law's own text (its quotes need no other name). */
        boolean inTheLawsLanguage() {
            var glossaries = Catalog.standard().glossaries().get(edition.id());
            return glossaries != null && glossaries.law().equals(words.language());
        }

        String title(Requirement r) {
            return words.title(r.id());
        }

        String list(Set<String> codes) {
            return String.join(
                    "; ", codes.stream().sorted().map(this::termOrSubActivity).toList());
        }

        private String termOrSubActivity(String code) {
            for (var a : edition.activities()) {
                var s = a.subActivity(code);
                if (s.isPresent()) return of(s.get());
            }
            return term(code);
        }
    }
}
