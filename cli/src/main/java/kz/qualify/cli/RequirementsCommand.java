package kz.qualify.cli;

import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import kz.qualify.assessment.Checklist;
import kz.qualify.assessment.Evaluator;
import kz.qualify.catalog.Catalog;
import kz.qualify.law.Edition;
import kz.qualify.law.Editions;
import kz.qualify.message.Arg;
import kz.qualify.message.Message;
import kz.qualify.wording.Glossaries;
import kz.qualify.wording.Language;
import kz.qualify.wording.Phrasebook;
import kz.qualify.wording.Wording;
import kz.qualify.wording.Words;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/** {@code qualify requirements}: the checklist an applicant must prepare. */
@Command(
        name = "requirements",
        mixinStandardHelpOptions = true,
        description = "The checklist for an activity: each requirement with its clause and the documents to present.")
final class RequirementsCommand implements java.util.concurrent.Callable<Integer> {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Option(names = "--activity", required = true, description = "annex item of the licensed activity, 1–7")
    int activity;

    @Option(
            names = "--subactivity",
            split = ",",
            description = "declared sub-activities (item 3: 3.a5 … 3.a16, oil-gas-processing-design)")
    List<String> subActivities = List.of();

    @Option(
            names = "--work",
            split = ",",
            description = "declared kinds of work (item 4: design, manufacture, commissioning, installation, repair)")
    List<String> works = List.of();

    @Option(
            names = "--as-of",
            converter = Dates.class,
            description = "the date whose rules apply (default: the first day of the latest edition)")
    LocalDate asOf;

    @Option(names = "--format", defaultValue = "text", description = "text or json")
    Format format;

    @Option(
            names = "--lang",
            defaultValue = "en",
            description = "language of the text output: en, ru or kk (JSON carries English and Russian, and"
                    + " Kazakh too with --lang kk)")
    Lang lang;

    @Override
    public Integer call() {
        var out = spec.commandLine().getOut();
        var err = spec.commandLine().getErr();
        var catalog = Catalog.standard();
        Edition edition;
        if (asOf == null) {
            edition = catalog.editions().all().getLast();
        } else {
            switch (catalog.editions().on(asOf)) {
                case Editions.Lookup.InForce(var e) -> edition = e;
                case Editions.Lookup.NoneInForce none -> {
                    // said in the asked language, with the nearest edition's words
                    var words = new Wording(Phrasebook.load(Phrasebook.FINDINGS), catalog.glossaries())
                            .in(Language.of(lang.name()), none.nearest().id());
                    err.println("qualify: " + words.render(Evaluator.noEditionInForce(none)));
                    return ExitCodes.NOT_ELIGIBLE_OR_NO_EDITION;
                }
            }
        }
        var act = edition.activity(activity);
        if (act.isEmpty()) {
            err.println("qualify: --activity " + activity + ": edition " + edition.id() + " has activities "
                    + edition.activities().stream().map(a -> a.item()).toList());
            return ExitCodes.USAGE;
        }
        for (var s : subActivities) {
            if (act.get().subActivity(s).isEmpty()) {
                err.println("qualify: --subactivity " + s + ": not a sub-activity of item " + activity + "; known: "
                        + act.get().subActivities().stream().map(x -> x.code()).toList());
                return ExitCodes.USAGE;
            }
        }
        for (var w : works) {
            if (!act.get().hasWork(w)) {
                err.println("qualify: --work " + w + ": not a kind of work of item " + activity + "; known: "
                        + act.get().works().stream().map(t -> t.code()).toList());
                return ExitCodes.USAGE;
            }
        }
        var lines = Checklist.of(edition, activity, Set.copyOf(subActivities), Set.copyOf(works));
        var wording = new Wording(Phrasebook.load(Phrasebook.FINDINGS), catalog.glossaries());
        if (format == Format.json) {
            out.println(json(edition, lines, wording, catalog.glossaries().get(edition.id()), lang == Lang.kk));
            return 0;
        }
        var words = wording.in(Language.of(lang.name()), edition.id());
        // the English and Russian headings have always named the activity in the law's words: its
        // name in the glossary of the act's official language
        var law = wording.in(catalog.glossaries().get(edition.id()).law(), edition.id());
        out.println(words.render(Message.of(
                "checklist.heading",
                Arg.count("activity", activity),
                Arg.text("law", law.activity(activity)),
                Arg.text("name", words.activity(activity)))));
        out.println(words.render(Message.of(
                "checklist.edition",
                Arg.text("edition", edition.id()),
                Arg.text("period", edition.period()),
                Arg.text("version", edition.rulesVersion()))));
        if (!subActivities.isEmpty())
            out.println(words.render(declared("checklist.subActivities", subActivities, words)));
        if (!works.isEmpty()) out.println(words.render(declared("checklist.works", works, words)));
        out.println();
        for (var line : lines) {
            var r = line.requirement();
            out.println(String.format("%-18s %s — %s", r.id(), r.clause().citation(), words.title(r.id())));
            for (var p : words.render(line.provide())) out.println("    • " + p);
            if (!line.documents().isEmpty()) {
                var documents = line.documents().stream()
                        .map(code -> Arg.code("document", code))
                        .toList();
                out.println("    "
                        + words.render(Message.of(
                                "checklist.documents", Arg.items("documents", "list.semicolon", documents))));
            }
        }
        return 0;
    }

    /** What was declared: the codes as given (English and Russian have always echoed them) and their names. */
    private static Message declared(String key, List<String> codes, Words words) {
        var names = String.join(
                words.say("list.comma"), codes.stream().map(words::term).toList());
        return Message.of(key, Arg.text("codes", codes.toString()), Arg.text("names", names));
    }

    /**
     * Each line in English with a Russian twin ({@code ru}), as the JSON has always been; with {@code
     * kazakh}, a Kazakh twin ({@code kk}) too, and the documents' Kazakh names.
     */
    private static String json(
            Edition edition, List<Checklist.Line> lines, Wording wording, Glossaries glossaries, boolean kazakh) {
        var en = wording.in(Language.of("en"), edition.id());
        var ru = wording.in(Language.of("ru"), edition.id());
        var kk = wording.in(Language.of("kk"), edition.id());
        var f = JsonNodeFactory.instance;
        var array = f.arrayNode();
        for (var line : lines) {
            var r = line.requirement();
            var o = array.addObject();
            o.put("requirement", r.id());
            o.put("clause", r.clause().clause());
            if (r.clause().hasParagraph()) o.put("paragraph", r.clause().paragraph());
            o.put("citation", r.clause().citation());
            o.put("title", en.title(r.id()));
            o.put("quote", r.quote());
            if (!en.interpretation(r.id()).isEmpty()) o.put("interpretation", en.interpretation(r.id()));
            twin(o.putObject("ru"), ru, line);
            if (kazakh) twin(o.putObject("kk"), kk, line);
            var provide = o.putArray("provide");
            en.render(line.provide()).forEach(provide::add);
            var docs = o.putArray("documents");
            for (var code : new LinkedHashSet<>(line.documents())) {
                var d = docs.addObject().put("code", code);
                var ruName = glossaries.in(Language.of("ru")).vocabulary().get(code);
                if (ruName == null) continue;
                d.put("ru", ruName)
                        .put("en", glossaries.in(Language.of("en")).vocabulary().get(code));
                if (kazakh)
                    d.put("kk", glossaries.in(Language.of("kk")).vocabulary().get(code));
            }
        }
        return JsonMapper.builder().build().writerWithDefaultPrettyPrinter().writeValueAsString(array);
    }

    /** A line's title, reading and what to have, in one language other than English. */
    private static void twin(ObjectNode o, Words words, Checklist.Line line) {
        var id = line.requirement().id();
        o.put("title", words.title(id));
        if (!words.interpretation(id).isEmpty()) o.put("interpretation", words.interpretation(id));
        var provide = o.putArray("provide");
        words.render(line.provide()).forEach(provide::add);
    }
}
