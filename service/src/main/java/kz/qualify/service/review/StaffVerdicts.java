package kz.qualify.service.review;

import java.util.ArrayList;
import java.util.List;
import kz.qualify.assessment.PersonVerdict;
import kz.qualify.assessment.PersonVerdict.Reason;
import kz.qualify.dossier.EducationField;
import kz.qualify.dossier.EducationLevel;
import kz.qualify.dossier.Experience;
import kz.qualify.dossier.StaffMember;
import kz.qualify.message.Arg;
import kz.qualify.message.Message;
import kz.qualify.rules.QualificationStandard;
import kz.qualify.rules.QualificationStandard.FieldRequirement;
import kz.qualify.wording.Words;
import org.jspecify.annotations.Nullable;

/**
 * A person's verdict against a qualification standard in the officer's words: required beside held
 * for the level, the field and the experience, the verdict and why — every value worded from the
 * {@code api.verdict.*} sentences, so no code reaches the page.
 */
final class StaffVerdicts {

    private StaffVerdicts() {}

    static DossierForOfficer.Verdict word(PersonVerdict v, Words words) {
        var person = v.person();
        var standard = v.standard();
        var why = new ArrayList<String>();
        for (var r : v.reasons()) why.add(words.render(reason(r)));
        return new DossierForOfficer.Verdict(
                words.render(Message.of(
                        "api.verdict.clause",
                        new Arg.Clause("clause", v.requirement().clause()))),
                title(v.requirement(), words),
                v.outcome(),
                words.render(Message.of(
                        "api.verdict.outcome",
                        new Arg.Choice("outcome", v.outcome().name()))),
                standard == null ? words.say("api.verdict.notAsked") : levelRequired(standard, words),
                words.render(level(person.education().level())),
                standard == null ? words.say("api.verdict.notAsked") : fieldRequired(standard.field(), words),
                fieldHeld(person, words),
                words.render(Message.of(
                        "api.verdict.fieldMatch",
                        new Arg.Choice("match", v.fieldMatch().name()))),
                standard == null ? words.say("api.verdict.notAsked") : experienceRequired(standard, words),
                person.experience() == null
                        ? words.say("api.verdict.experience.notStated")
                        : words.render(experience(person.experience(), "api.verdict.experience.held")),
                List.copyOf(why));
    }

    /** The requirement's short name in the words' language, from the edition's glossary. */
    private static String title(kz.qualify.rules.Requirement r, Words words) {
        return words.title(r.id());
    }

    private static String levelRequired(QualificationStandard s, Words words) {
        var min = s.minLevel();
        return min == null
                ? words.say("api.verdict.level.notNamed")
                : words.render(Message.of("api.verdict.level.atLeast", new Arg.Nested("level", level(min))));
    }

    /**
     * A level in words, from the service's own sentence: the common bundle's English names the
     * constant itself, which is for logs, not for an officer's page.
     */
    private static Message level(EducationLevel level) {
        return Message.of("api.verdict.level", new Arg.Choice("level", level.name()));
    }

    /** A field of education in words (see {@link #level}). */
    private static Message field(EducationField field) {
        return Message.of("api.verdict.field", new Arg.Choice("field", field.name()));
    }

    private static String fieldRequired(FieldRequirement f, Words words) {
        return switch (f) {
            case FieldRequirement.AnyField a -> words.say("api.verdict.field.any");
            case FieldRequirement.Technical t -> words.say("api.verdict.field.technical");
            case FieldRequirement.Corresponding c -> words.say("api.verdict.field.corresponding");
            case FieldRequirement.Sphere s ->
                words.render(Message.of(
                        "api.verdict.field.sphere",
                        fields("fields", s.accepted().stream().sorted().toList())));
        };
    }

    private static String fieldHeld(StaffMember person, Words words) {
        var field = person.education().field();
        var named = words.render(field(field));
        var specialty = person.education().specialty();
        return specialty == null
                ? named
                : words.render(Message.of(
                        "api.verdict.field.withSpecialty",
                        new Arg.Verbatim("field", named),
                        new Arg.Verbatim("specialty", specialty)));
    }

    private static String experienceRequired(QualificationStandard s, Words words) {
        var min = s.minExperience();
        if (min != null) return words.render(experience(min, "api.verdict.experience.atLeast"));
        return s.experienceRequired()
                ? words.say("api.verdict.experience.practical")
                : words.say("api.verdict.experience.notAsked");
    }

    /** "3 years 0 months" as the sentence says it (held, or at least). */
    private static Message experience(Experience x, String key) {
        return Message.of(key, new Arg.Count("years", x.months() / 12), new Arg.Count("months", x.months() % 12));
    }

    private static Arg.Items fields(String name, List<EducationField> fields) {
        return new Arg.Items(
                name,
                fields.stream().map(f -> (Arg) new Arg.Nested("f", field(f))).toList(),
                "list.comma");
    }

    /** One reason as a sentence. */
    static Message reason(Reason r) {
        return switch (r) {
            case Reason.LevelNotUnderstood x -> Message.of("api.verdict.why.levelNotUnderstood");
            case Reason.LevelBelow x ->
                Message.of(
                        "api.verdict.why.levelBelow",
                        new Arg.Nested("held", level(x.held())),
                        new Arg.Nested("required", level(x.required())));
            case Reason.FieldNotRecognised x -> withSpecialty("api.verdict.why.fieldNotRecognised", x.specialty());
            case Reason.FieldNotTechnical x -> withSpecialty("api.verdict.why.fieldNotTechnical", x.specialty());
            case Reason.FieldOutsideSphere x ->
                Message.of(
                        "api.verdict.why.fieldOutsideSphere",
                        new Arg.Nested("held", field(x.held())),
                        fields("accepted", x.accepted().stream().sorted().toList()));
            case Reason.FieldInSphereForJudgment x ->
                Message.of("api.verdict.why.fieldInSphereForJudgment", new Arg.Nested("held", field(x.held())));
            case Reason.CorrespondenceForJudgment x -> Message.of("api.verdict.why.correspondenceForJudgment");
            case Reason.ExperienceNotStated x -> Message.of("api.verdict.why.experienceNotStated");
            case Reason.ExperienceBelow x ->
                Message.of(
                        "api.verdict.why.experienceBelow",
                        new Arg.Nested("held", experience(x.held(), "api.verdict.experience.held")),
                        new Arg.Nested("required", experience(x.required(), "api.verdict.experience.atLeast")));
            case Reason.NoExperience x -> Message.of("api.verdict.why.noExperience");
            case Reason.RoleNotUnderstood x -> Message.of("api.verdict.why.roleNotUnderstood");
            case Reason.Worker x -> Message.of("api.verdict.why.worker");
            case Reason.NotProduction x -> Message.of("api.verdict.why.notProduction");
        };
    }

    /** The sentence naming the specialty as written, or its variant for a table that names none. */
    private static Message withSpecialty(String key, @Nullable String specialty) {
        return specialty == null
                ? Message.of(key + ".unnamed")
                : Message.of(key, new Arg.Verbatim("specialty", specialty));
    }
}
