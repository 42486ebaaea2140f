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
import kz.qualify.service.web.Refuses;
import kz.qualify.service.web.RequestLanguage;
import kz.qualify.service.web.Speech;
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
 * rules core's {@link Checklist}, clause by clause, with the law quoted (in the decree's official
 * Russian) and everything else worded in the request's language ({@code ?lang=} or Accept-Language)
 * from the bundles and the edition's glossary.
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
        return ApplicationForm.of(edition, act, subs, kinds, speech.in(RequestLanguage.of(request), edition.id()));
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

    /** A code with its name in the asked language. */
    record TermView(String code, String name) {
        static TermView of(String code, Words words) {
            return new TermView(code, words.term(code));
        }
    }

    record SubActivityView(String code, int paragraph, String name) {}

    /** An activity with its sub-activities and kinds of work, named in the asked language. */
    record ActivityView(int item, String name, List<SubActivityView> subActivities, List<TermView> works) {
        static ActivityView of(Activity a, Words words) {
            return new ActivityView(
                    a.item(),
                    words.activity(a.item()),
                    a.subActivities().stream()
                            .map(s -> new SubActivityView(s.code(), s.paragraph(), words.term(s.code())))
                            .toList(),
                    a.works().stream().map(t -> TermView.of(t.code(), words)).toList());
        }
    }

    record Activities(EditionView edition, List<ActivityView> activities) {}

    /**
     * One line of the checklist, its words in the asked language; the law's {@code quote} is the
     * decree's official Russian in every language.
     *
     * @param title the requirement's short name
     * @param interpretation the reading chosen where the law leaves room, or null
     * @param provide what to have, one line per need, as the rules core words it
     * @param documents the documents to present, each with its name
     */
    record Line(
            String requirement,
            String clause,
            @Nullable Integer paragraph,
            String citation,
            String title,
            String quote,
            @Nullable String interpretation,
            List<String> provide,
            List<TermView> documents) {}

    record Requirements(
            EditionView edition,
            ActivityView activity,
            List<String> subActivities,
            List<String> works,
            List<Line> lines) {}

    @GetMapping(ACTIVITIES)
    @Operation(
            operationId = "listActivities",
            summary = "The licensed activities with their sub-activities and kinds of work, named in the request's "
                    + "language (public)")
    Activities activities(
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate asOf,
            HttpServletRequest request) {
        var edition = edition(asOf);
        var words = speech.in(RequestLanguage.of(request), edition.id());
        return new Activities(
                EditionView.of(edition),
                edition.activities().stream()
                        .map(a -> ActivityView.of(a, words))
                        .toList());
    }

    @GetMapping(REQUIREMENTS)
    @Refuses(422)
    @Operation(
            operationId = "listRequirements",
            summary = "The checklist for an activity: each requirement with its clause, the law's words, what to "
                    + "provide and the documents to present, in the request's language (public)")
    Requirements requirements(
            @RequestParam int activity,
            @RequestParam(name = "subactivity", required = false) @Nullable List<String> subActivities,
            @RequestParam(name = "work", required = false) @Nullable List<String> works,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate asOf,
            HttpServletRequest request) {
        var edition = edition(asOf);
        var subs = split(subActivities);
        var kinds = split(works);
        var act = declared(edition, activity, subs, kinds);
        var words = speech.in(RequestLanguage.of(request), edition.id());
        var lines = Checklist.of(edition, activity, subs, kinds).stream()
                .map(l -> line(l, words))
                .toList();
        return new Requirements(
                EditionView.of(edition), ActivityView.of(act, words), List.copyOf(subs), List.copyOf(kinds), lines);
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

    /** A checklist line worded from the bundles and the edition's glossary in one language. */
    private static Line line(Checklist.Line line, Words words) {
        var r = line.requirement();
        var documents = new LinkedHashSet<>(line.documents())
                .stream().map(code -> TermView.of(code, words)).toList();
        var interpretation = words.interpretation(r.id());
        return new Line(
                r.id(),
                r.clause().clause(),
                r.clause().hasParagraph() ? r.clause().paragraph() : null,
                r.clause().citation(),
                words.title(r.id()),
                r.quote(),
                interpretation.isEmpty() ? null : interpretation,
                words.render(line.provide()),
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
                case Editions.Lookup.NoneInForce none -> {
                    var message = noneInForce(none);
                    throw new ApiException(
                            HttpStatus.UNPROCESSABLE_CONTENT,
                            "no-edition-in-force",
                            message,
                            List.of(ApiException.FieldProblem.of("asOf", message)));
                }
            };
        }
        var legalDate = properties.legalDate();
        if (legalDate != null && editions.on(legalDate) instanceof Editions.Lookup.InForce(var e)) return e;
        return editions.all().getLast();
    }

    /** No edition on the date asked: which is nearest, and when it starts or ended. */
    static Message noneInForce(Editions.Lookup.NoneInForce none) {
        var nearest = none.nearest();
        var from = nearest.inForceFrom();
        var until = nearest.inForceUntil();
        return Message.of(
                "api.catalogue.noEditionInForce",
                Arg.date("date", none.date()),
                Arg.text("nearest", nearest.id()),
                Arg.choice("side", none.date().isBefore(from) ? "later" : "earlier"),
                Arg.date("from", from),
                // the nearest edition is earlier only when it has ended
                Arg.date("until", until == null ? from : until.minusDays(1)));
    }
}
