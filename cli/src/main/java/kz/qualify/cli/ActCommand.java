package kz.qualify.cli;

import kz.qualify.catalog.Catalog;
import kz.qualify.law.ActItem;
import kz.qualify.law.ClauseRef;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code qualify act [CLAUSE]}: the structured text of the act or of one clause. */
@Command(
        name = "act",
        mixinStandardHelpOptions = true,
        description = "The structured text of Decree № 967, or of one clause (3, 3.2, 3.a16, 3.2.a16).")
final class ActCommand implements java.util.concurrent.Callable<Integer> {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Parameters(
            arity = "0..1",
            paramLabel = "CLAUSE",
            description = "a clause id: item, item.subitem or item[.subitem].aN")
    String clause;

    @Override
    public Integer call() {
        var out = spec.commandLine().getOut();
        var act = Catalog.standard().act();
        if (clause == null) {
            out.println(act.title());
            out.println();
            act.preamble().forEach(out::println);
            for (var item : act.decreeItems()) item.paragraphs().forEach(p -> out.println(p.text()));
            out.println(act.signature());
            out.println();
            out.println(act.annexTitle());
            for (var item : act.annexItems()) print(out, item, null);
            return 0;
        }
        ClauseRef ref;
        try {
            ref = ClauseRef.parse(clause);
        } catch (IllegalArgumentException e) {
            spec.commandLine().getErr().println("qualify: " + e.getMessage());
            return ExitCodes.USAGE;
        }
        var item = act.annexItem(ref.item());
        if (item.isEmpty() || act.text(ref).isEmpty()) {
            spec.commandLine()
                    .getErr()
                    .println("qualify: the act has no clause " + ref.id() + " (items 1–"
                            + act.annexItems().size() + ")");
            return ExitCodes.USAGE;
        }
        print(out, item.get(), ref);
        return 0;
    }

    private static void print(java.io.PrintWriter out, ActItem item, ClauseRef ref) {
        for (var p : item.paragraphs()) {
            if (ref != null) {
                if (ref.hasParagraph() && p.number() != ref.paragraph()) continue;
                if (!ref.hasParagraph() && ref.hasSubitem() && p.subitem() != ref.subitem()) continue;
            }
            var id = ClauseRef.paragraph(item.number(), p.number());
            var label = (p.subitem() > 0 ? item.number() + "." + p.subitem() : Integer.toString(item.number()))
                    + " абз. " + p.number();
            out.println(String.format("[%-11s %-8s] %s", label, id.id(), p.text()));
        }
    }
}
