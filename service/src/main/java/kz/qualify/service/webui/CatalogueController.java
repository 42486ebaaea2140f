package kz.qualify.service.webui;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirements;
import jakarta.servlet.http.HttpServletRequest;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import kz.qualify.assessment.Checklist;
import kz.qualify.catalog.Catalog;
import kz.qualify.law.Activity;
import kz.qualify.law.Edition;
import kz.qualify.law.Editions;
import kz.qualify.law.Term;
import kz.qualify.message.Arg;
import kz.qualify.message.Message;
import kz.qualify.service.QualifyProperties;
import kz.qualify.service.web.ApiException;
import kz.qualify.service.web.Bilingual;
import kz.qualify.service.web.Refuses;
import kz.qualify.service.web.RequestLanguage;
import kz.qualify.service.web.Speech;
import kz.qualify.wording.Language;
import kz.qualify.wording.Words;
import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The public, read-only catalogue the UI's checklist page needs: the licensed activities with their
 * sub-activities and kinds of work, and the checklist of requirements for one activity — the
 * rules core's {@link Checklist}, clause by clause, with the law quoted and the documents named in
 * Russian and English.
 *
 * <p>The edition is the one in force on {@code asOf}; without it, the one in force on the
 * deployment's legal date, and otherwise the latest.
 */
@RestController
@SecurityRequirements // public: no login
class CatalogueController {

    static final String ACTIVITIES = "/api/activities";
    static final String REQUIREMENTS = "/api/requirements";
    static final String FORM = "/api/form";
    static final String DOSSIER_SCHEMA = "/api/dossier-schema";

    private final QualifyProperties properties;
    private final Speech speech;

    CatalogueController(QualifyProperties properties, Speech speech) {
        this.properties = properties;
        this.speech = speech;
    }

    /**
     * The application form for an activity and what is declared for it, in the request's language
     * ({@code ?lang=} or Accept-Language): generated from the edition's requirements, so that each
     * need, standard and document slot is the rules' own.
     */
    @GetMapping(FORM)
    @Operation(
            operationId = "getApplicationForm",
            summary = "The application form for an activity: its sections in the law's order, each need with "
                    + "its alternatives and the slot its document is uploaded to, the staff standards, item 4's "
                    + "equipment and item 7's working capital, named in the request's language (public)")
    ApplicationForm form(
            @RequestParam int activity,
            @RequestParam(name = "subactivity", required = false) @Nullable List<String> subActivities,
            @RequestParam(name = "work", required = false) @Nullable List<String> works,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate asOf,
            HttpServletRequest request) {
        var edition = edition(asOf);
        var subs = split(subActivities);
        var kinds = split(works);
        var act = declared(edition, activity, subs, kinds);
        return ApplicationForm.of(edition, act, subs, kinds, speech.in(RequestLanguage.of(request)));
    }

    /** The JSON Schema of a dossier, for integrations and the form's advanced import (public). */
    @GetMapping(path = DOSSIER_SCHEMA, produces = "application/schema+json")
    @Operation(
            operationId = "getDossierSchema",
            summary = "The JSON Schema (2020-12) of the dossier an application holds (public)")
    ResponseEntity<byte[]> dossierSchema() throws java.io.IOException {
        try (var in = CatalogueController.class.getResourceAsStream("/kz/qualify/service/dossier.schema.json")) {
            if (in == null) throw new IllegalStateException("dossier.schema.json is not on the class path");
            return ResponseEntity.ok()
                    .contentType(MediaType.parseMediaType("application/schema+json"))
                    .body(in.readAllBytes());
        }
    }

    record EditionView(
            String id,
            String title,
            LocalDate inForceFrom,
            @Nullable LocalDate inForceUntil,
            String rulesVersion) {
        static EditionView of(Edition e) {
            return new EditionView(e.id(), e.title(), e.inForceFrom(), e.inForceUntil(), e.rulesVersion());
        }
    }

    record TermView(String code, String ru, String en) {
        static TermView of(Term t) {
            return new TermView(t.code(), t.ru(), t.en());
        }
    }

    record SubActivityView(String code, int paragraph, String ru, String en) {}

    record ActivityView(int item, String ru, String en, List<SubActivityView> subActivities, List<TermView> works) {
        static ActivityView of(Activity a) {
            return new ActivityView(
                    a.item(),
                    a.ru(),
                    a.en(),
                    a.subActivities().stream()
                            .map(s -> new SubActivityView(s.code(), s.paragraph(), s.ru(), s.en()))
                            .toList(),
                    a.works().stream().map(TermView::of).toList());
        }
    }

    record Activities(EditionView edition, List<ActivityView> activities) {}

    /**
     * One line of the checklist.
     *
     * @param ru the requirement's name and reading, and what to have, in Russian
     * @param provide what to have, one line per need, as the rules core words it
     * @param documents the documents to present, each with its Russian and English name
     */
    record Line(
            String requirement,
            String clause,
            @Nullable Integer paragraph,
            String citation,
            String title,
            String quote,
            @Nullable String interpretation,
            @Nullable RussianLine ru,
            List<String> provide,
            List<TermView> documents) {}

    /** A checklist line's name, reading and what to have, in Russian. */
    record RussianLine(String title, @Nullable String interpretation, List<String> provide) {}

    record Requirements(
            EditionView edition,
            ActivityView activity,
            List<String> subActivities,
            List<String> works,
            List<Line> lines) {}

    @GetMapping(ACTIVITIES)
    @Operation(
            operationId = "listActivities",
            summary = "The licensed activities with their sub-activities and kinds of work (public)")
    Activities activities(
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate asOf) {
        var edition = edition(asOf);
        return new Activities(
                EditionView.of(edition),
                edition.activities().stream().map(ActivityView::of).toList());
    }

    @GetMapping(REQUIREMENTS)
    @Refuses(422)
    @Operation(
            operationId = "listRequirements",
            summary = "The checklist for an activity: each requirement with its clause, the law's words, what to "
                    + "provide and the documents to present (public)")
    Requirements requirements(
            @RequestParam int activity,
            @RequestParam(name = "subactivity", required = false) @Nullable List<String> subActivities,
            @RequestParam(name = "work", required = false) @Nullable List<String> works,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate asOf) {
        var edition = edition(asOf);
        var subs = split(subActivities);
        var kinds = split(works);
        var act = declared(edition, activity, subs, kinds);
        var en = speech.in(Language.of("en"), edition.id());
        var ru = speech.in(Language.of("ru"), edition.id());
        var lines = Checklist.of(edition, activity, subs, kinds).stream()
                .map(l -> line(edition, l, en, ru))
                .toList();
        return new Requirements(
                EditionView.of(edition), ActivityView.of(act), List.copyOf(subs), List.copyOf(kinds), lines);
    }

    /** The activity, after checking that the sub-activities and works declared are its own (400 naming the field otherwise). */
    private static Activity declared(Edition edition, int activity, Set<String> subs, Set<String> kinds) {
        var act = edition.activity(activity)
                .orElseThrow(() -> ApiException.invalid(
                        "activity",
                        Message.of(
                                "api.catalogue.noSuchActivity",
                                Arg.text("edition", edition.id()),
                                Arg.text(
                                        "known",
                                        String.valueOf(edition.activities().stream()
                                                .map(Activity::item)
                                                .toList())))));
        for (var s : subs) {
            if (act.subActivity(s).isEmpty()) {
                throw ApiException.invalid(
                        "subactivity",
                        Message.of(
                                "api.catalogue.noSuchSubActivity",
                                Arg.text("code", s),
                                Arg.count("item", activity),
                                Arg.text(
                                        "known",
                                        String.valueOf(act.subActivities().stream()
                                                .map(Activity.SubActivity::code)
                                                .toList()))));
            }
        }
        for (var w : kinds) {
            if (!act.hasWork(w)) {
                throw ApiException.invalid(
                        "work",
                        Message.of(
                                "api.catalogue.noSuchWork",
                                Arg.text("code", w),
                                Arg.count("item", activity),
                                Arg.text(
                                        "known",
                                        String.valueOf(act.works().stream()
                                                .map(Term::code)
                                                .toList()))));
            }
        }
        return act;
    }

    /** A checklist line in English with its Russian twin, worded from the bundles and the edition's glossary. */
    private static Line line(Edition edition, Checklist.Line line, Words en, Words ru) {
        var r = line.requirement();
        var documents = new LinkedHashSet<>(line.documents())
                .stream()
                        .map(code -> {
                            var t = edition.vocabulary().get(code);
                            return t == null ? new TermView(code, code, code) : TermView.of(t);
                        })
                        .toList();
        var interpretation = en.interpretation(r.id());
        var interpretationRu = ru.interpretation(r.id());
        return new Line(
                r.id(),
                r.clause().clause(),
                r.clause().hasParagraph() ? r.clause().paragraph() : null,
                r.clause().citation(),
                en.title(r.id()),
                r.quote(),
                interpretation.isEmpty() ? null : interpretation,
                new RussianLine(
                        ru.title(r.id()),
                        interpretationRu.isEmpty() ? null : interpretationRu,
                        ru.render(line.provide())),
                en.render(line.provide()),
                documents);
    }

    /** Accepts both {@code ?work=a&work=b} and {@code ?work=a,b}. */
    private static Set<String> split(@Nullable List<String> values) {
        var out = new LinkedHashSet<String>();
        if (values == null) return out;
        for (var v : values) {
            for (var part : v.split(",")) {
                if (!part.isBlank()) out.add(part.strip());
            }
        }
        return out;
    }

    private Edition edition(@Nullable LocalDate asOf) {
        var editions = Catalog.standard().editions();
        if (asOf != null) {
            return switch (editions.on(asOf)) {
                case Editions.Lookup.InForce(var e) -> e;
                case Editions.Lookup.NoneInForce none ->
                    throw new ApiException(
                            HttpStatus.UNPROCESSABLE_CONTENT,
                            "no-edition-in-force",
                            Bilingual.of(none.message(), none.messageRu()),
                            List.of(ApiException.FieldProblem.of(
                                    "asOf", Bilingual.of(none.message(), none.messageRu()))));
            };
        }
        var legalDate = properties.legalDate();
        if (legalDate != null && editions.on(legalDate) instanceof Editions.Lookup.InForce(var e)) return e;
        return editions.all().getLast();
    }
}
