package kz.qualify.assessment;

import java.util.List;
import java.util.Set;
import kz.qualify.message.Arg;
import kz.qualify.message.Message;
import kz.qualify.rules.Applicability;
import kz.qualify.rules.Requirement;

/** Building findings from a requirement, so every policy states the clause and quote the same way. */
final class Findings {

    private Findings() {}

    static Finding of(
            Requirement r,
            Status status,
            Message summary,
            List<Message> figures,
            List<Finding.Issue> issues,
            List<Message> remedies) {
        return new Finding(r.id(), r.clause(), r.quote(), status, summary, figures, issues, remedies);
    }

    static Finding notApplicable(Requirement r, Message why) {
        return of(r, Status.NOT_APPLICABLE, why, List.of(), List.of(), List.of());
    }

    /** Why a requirement does not apply to what was declared: the sub-activities or works it is limited to. */
    static Message whyNotApplicable(Requirement r, Evaluator.Context context) {
        return switch (r.applicability()) {
            case Applicability.Always a -> Message.of("finding.applicability.always");
            case Applicability.AnySubActivityOf a ->
                Message.of("finding.applicability.onlySubActivities", codes(a.subActivities()));
            case Applicability.AnySubActivityExcept a ->
                Message.of("finding.applicability.exceptSubActivities", codes(a.subActivities()));
            case Applicability.AnyWorkOf a ->
                Message.of(
                        "finding.applicability.onlyWorks",
                        codes(a.works()),
                        Arg.items(
                                "declared",
                                "list.comma",
                                context.dossier().works().stream()
                                        .sorted()
                                        .map(w -> (Arg) Arg.text("work", w))
                                        .toList()));
        };
    }

    /** "3.a5 (its name), 3.a16 (its name)": each code as written, then named. */
    private static Arg codes(Set<String> codes) {
        return Arg.items(
                "codes",
                "list.comma",
                codes.stream()
                        .sorted()
                        .map(c -> (Arg) Arg.message(
                                "c",
                                Message.of("finding.applicability.code", Arg.text("code", c), Arg.code("name", c))))
                        .toList());
    }
}
