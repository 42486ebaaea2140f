package kz.qualify.cli;

import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import kz.qualify.assessment.Checklist;
import kz.qualify.catalog.Catalog;
import kz.qualify.law.Edition;
import kz.qualify.law.Editions;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.JsonNodeFactory;

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
            description = "language of the text output: en or ru (JSON carries both); kk is not yet available here")
    Lang lang;

    @Override
    public Integer call() {
        var out = spec.commandLine().getOut();
        var err = spec.commandLine().getErr();
        if (lang == Lang.kk) {
            // the requirements' titles and the documents' names have no Kazakh words yet (they come
            // from the rules file in English and Russian): say so rather than print another language
            err.println("qualify: the checklist is not yet available in Kazakh (--lang kk); use --lang ru or en"
                    + " / талаптар тізбесі әзірге қазақ тілінде жоқ: --lang ru немесе en қолданыңыз");
            return ExitCodes.USAGE;
        }
        var catalog = Catalog.standard();
        Edition edition;
        if (asOf == null) {
            edition = catalog.editions().all().getLast();
        } else {
            switch (catalog.editions().on(asOf)) {
                case Editions.Lookup.InForce(var e) -> edition = e;
                case Editions.Lookup.NoneInForce none -> {
                    err.println("qualify: " + none.message());
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
        if (format == Format.json) {
            out.println(json(edition, lines));
        } else {
            boolean ru = lang == Lang.ru;
            out.println((ru ? "Требования к виду деятельности " : "Requirements for activity ") + activity + " — "
                    + act.get().ru());
            out.println(
                    ru
                            ? "Редакция " + edition.id() + ", действует " + edition.period() + ", правила "
                                    + edition.rulesVersion()
                            : "Edition " + edition.id() + ", in force " + edition.period() + ", rules "
                                    + edition.rulesVersion());
            if (!subActivities.isEmpty())
                out.println((ru ? "Подвиды деятельности: " : "Sub-activities: ") + subActivities);
            if (!works.isEmpty()) out.println((ru ? "Виды работ: " : "Works: ") + works);
            out.println();
            for (var line : lines) {
                var r = line.requirement();
                var title = ru && !r.titleRu().isEmpty() ? r.titleRu() : r.title();
                out.println(String.format("%-18s %s — %s", r.id(), r.clause().citation(), title));
                for (var p : ru ? line.provideRu() : line.provide()) out.println("    • " + p);
                if (!line.documents().isEmpty()) {
                    out.println((ru ? "    документы: " : "    documents: ")
                            + String.join(
                                    "; ",
                                    line.documents().stream()
                                            .map(ru ? edition::labelRu : edition::label)
                                            .toList()));
                }
            }
        }
        return 0;
    }

    private static String json(Edition edition, List<Checklist.Line> lines) {
        var f = JsonNodeFactory.instance;
        var array = f.arrayNode();
        for (var line : lines) {
            var r = line.requirement();
            var o = array.addObject();
            o.put("requirement", r.id());
            o.put("clause", r.clause().clause());
            if (r.clause().hasParagraph()) o.put("paragraph", r.clause().paragraph());
            o.put("citation", r.clause().citation());
            o.put("title", r.title());
            o.put("quote", r.quote());
            if (!r.interpretation().isEmpty()) o.put("interpretation", r.interpretation());
            if (!r.titleRu().isEmpty()) {
                var ru = o.putObject("ru");
                ru.put("title", r.titleRu());
                if (!r.interpretationRu().isEmpty()) ru.put("interpretation", r.interpretationRu());
                var provideRu = ru.putArray("provide");
                line.provideRu().forEach(provideRu::add);
            }
            var provide = o.putArray("provide");
            line.provide().forEach(provide::add);
            var docs = o.putArray("documents");
            for (var code : new LinkedHashSet<>(line.documents())) {
                var t = edition.vocabulary().get(code);
                var d = docs.addObject().put("code", code);
                if (t != null) d.put("ru", t.ru()).put("en", t.en());
            }
        }
        return JsonMapper.builder().build().writerWithDefaultPrettyPrinter().writeValueAsString(array);
    }
}
