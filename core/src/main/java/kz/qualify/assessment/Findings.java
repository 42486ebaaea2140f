package kz.qualify.assessment;

import java.util.List;
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

    /** A finding whose sentences are still worded in both languages (see {@link Text#message()}). */
    static Finding of(
            Requirement r,
            Status status,
            Text summary,
            List<Text> figures,
            List<Finding.Issue> issues,
            List<Text> remedies) {
        return of(r, status, summary.message(), messages(figures), issues, messages(remedies));
    }

    static List<Message> messages(List<Text> texts) {
        var out = new java.util.ArrayList<Message>(texts.size());
        for (var t : texts) out.add(t.message());
        return out;
    }

    static Finding notApplicable(Requirement r, Text why) {
        return of(r, Status.NOT_APPLICABLE, why, List.of(), List.of(), List.of());
    }

    static Text whyNotApplicable(Requirement r, Evaluator.Context context) {
        return switch (r.applicability()) {
            case Applicability.Always a -> Text.of("applies to every applicant", "применяется ко всем заявителям");
            case Applicability.AnySubActivityOf a ->
                Text.of("applies only to sub-activities ", "применяется только к подвидам деятельности ")
                        .plus(codes(a.subActivities(), context))
                        .plus(Text.of(", none of which is declared", ", ни один из которых не заявлен"));
            case Applicability.AnySubActivityExcept a ->
                Text.of("does not apply to sub-activities ", "не применяется к подвидам деятельности ")
                        .plus(codes(a.subActivities(), context))
                        .plus(Text.of(", and no other sub-activity is declared", ", а других подвидов не заявлено"));
            case Applicability.AnyWorkOf a ->
                Text.of("required only where the applicant does ", "требуется, только если заявитель выполняет ")
                        .plus(codes(a.works(), context))
                        .plus(Text.of("; the declared works ", "; заявленные виды работ "))
                        .plus(context.dossier().works().stream()
                                .sorted()
                                .toList()
                                .toString())
                        .plus(Text.of(" include none of them", " не включают ни одного из них"));
        };
    }

    private static Text codes(java.util.Set<String> codes, Evaluator.Context context) {
        return Text.join(
                Text.same(", "),
                codes.stream()
                        .sorted()
                        .map(c -> Text.of(c + " (" + context.label(c) + ")", c + " (" + context.quotedRu(c) + ")"))
                        .toList());
    }
}
