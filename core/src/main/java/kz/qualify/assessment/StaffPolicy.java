package kz.qualify.assessment;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import kz.qualify.dossier.Education;
import kz.qualify.dossier.EducationLevel;
import kz.qualify.dossier.Experience;
import kz.qualify.dossier.Role;
import kz.qualify.dossier.StaffMember;
import kz.qualify.message.Arg;
import kz.qualify.message.Message;
import kz.qualify.rules.QualificationStandard;
import kz.qualify.rules.QualificationStandard.FieldRequirement;
import kz.qualify.rules.Requirement;
import kz.qualify.rules.Rule;
import org.jspecify.annotations.Nullable;

/**
 * The qualified staff. Each production manager and specialist is judged against the item's
 * standard; workers count in production staff but never among the qualified; non-production staff
 * (accountants, lawyers) are outside both the numerator and the denominator.
 *
 * <p>What it finds is said as messages ({@code finding.staff.*}, {@code issue.staff.*},
 * {@code remedy.staff.*}, a person's reasons {@code reason.*}); no word is written here.
 */
final class StaffPolicy {

    private StaffPolicy() {}

    /** Where one person stands against a standard. Order matters: the first that applies wins. */
    enum Standing {
        NOT_QUALIFIED,
        MISSING,
        REVIEW,
        QUALIFIED
    }

    /** The standing and why, as data: the finding's issues and {@link PersonVerdict} word the reasons. */
    record Judgement(Standing standing, List<PersonVerdict.Reason> why) {
        Judgement {
            why = List.copyOf(why);
        }
    }

    /** Most people on a staff table are qualified: their judgement is one shared value, nothing is built for them. */
    private static final Judgement QUALIFIED = new Judgement(Standing.QUALIFIED, List.of());

    /** Counts over the production staff. */
    static final class Tally {
        int production;
        int workers;
        int nonProduction;
        final int[] managers = new int[Standing.values().length];
        final int[] specialists = new int[Standing.values().length];
        int unknownRole;
        final List<Finding.Issue> issues = new ArrayList<>();

        int qualified() {
            return managers[Standing.QUALIFIED.ordinal()] + specialists[Standing.QUALIFIED.ordinal()];
        }

        int undetermined(Standing s) {
            return managers[s.ordinal()] + specialists[s.ordinal()] + (s == Standing.REVIEW ? unknownRole : 0);
        }

        int listed(int[] byStanding) {
            int n = 0;
            for (int c : byStanding) n += c;
            return n;
        }
    }

    static Finding evaluate(Requirement r, Rule.StaffRule rule, Evaluator.Context context) {
        var staff = context.dossier().staff();
        if (staff.isEmpty()) {
            return Findings.of(
                    r,
                    Status.MISSING_EVIDENCE,
                    Message.of("finding.staff.empty"),
                    List.of(),
                    List.of(new Finding.Issue("staff", Message.of("issue.staff.noRows"))),
                    List.of(Message.of("remedy.staff.presentTables")));
        }
        var tally = tally(staff, rule);
        boolean corresponding = rule.managers().field() instanceof FieldRequirement.Corresponding
                || rule.specialists().field() instanceof FieldRequirement.Corresponding;
        if (rule.minSharePercent() != null) return share(r, rule, tally, rule.minSharePercent());
        if (corresponding) return corresponding(r, rule, tally);
        return presence(r, rule, tally);
    }

    static Tally tally(List<StaffMember> staff, Rule.StaffRule rule) {
        var t = new Tally();
        for (var m : staff) {
            if (!m.production()) {
                t.nonProduction++;
                continue;
            }
            t.production++;
            switch (m.role()) {
                case WORKER -> t.workers++;
                case UNKNOWN -> {
                    t.unknownRole++;
                    t.issues.add(new Finding.Issue(
                            m.ref(),
                            Message.of(
                                    "issue.staff.roleUnknown",
                                    Arg.text("name", m.fullName()),
                                    Arg.text("position", m.position()))));
                }
                case MANAGER, SPECIALIST -> {
                    var standard = m.role() == Role.MANAGER ? rule.managers() : rule.specialists();
                    var j = judge(m, standard);
                    (m.role() == Role.MANAGER ? t.managers : t.specialists)
                            [j.standing().ordinal()]++;
                    if (j.standing() != Standing.QUALIFIED) t.issues.add(issue(m, j, standard.field()));
                }
            }
        }
        return t;
    }

    /** "Иванов И. И. (инженер): not qualified — reason; reason". */
    static Finding.Issue issue(StaffMember m, Judgement j, FieldRequirement asked) {
        var reasons = new ArrayList<Arg>(j.why().size());
        var specialty = m.education().specialty();
        for (var why : j.why()) reasons.add(Arg.message("reason", reason(why, asked, specialty)));
        return new Finding.Issue(
                m.ref(),
                Message.of(
                        "issue.staff.person",
                        Arg.text("name", m.fullName()),
                        Arg.text("position", m.position()),
                        Arg.choice("standing", j.standing().name()),
                        Arg.items("reasons", "list.semicolon", reasons)));
    }

    /**
     * One reason as a message; {@code asked} tells a specialty not recognised whether the question is
     * "is it technical?" or "is it in the sphere?", and the specialty as the table wrote it is named
     * beside the field it was read as.
     */
    static Message reason(PersonVerdict.Reason why, FieldRequirement asked, @Nullable String specialty) {
        return switch (why) {
            case PersonVerdict.Reason.LevelNotUnderstood x -> Message.of("reason.levelNotUnderstood");
            case PersonVerdict.Reason.LevelBelow x ->
                Message.of("reason.levelBelow", Arg.label("held", x.held()), Arg.label("required", x.required()));
            case PersonVerdict.Reason.FieldNotRecognised x ->
                Message.of(
                        "reason.fieldNotRecognised",
                        named(specialty),
                        specialty(specialty),
                        Arg.choice("asked", asked instanceof FieldRequirement.Technical ? "technical" : "sphere"));
            case PersonVerdict.Reason.FieldNotTechnical x ->
                Message.of("reason.fieldNotTechnical", named(specialty), specialty(specialty));
            case PersonVerdict.Reason.FieldOutsideSphere x -> {
                var accepted = asked instanceof FieldRequirement.Sphere s ? s.accepted() : x.accepted();
                var fields = new ArrayList<Arg>(accepted.size());
                // the sphere's own order, the one the findings have always listed it in
                for (var f : accepted) fields.add(Arg.message("f", Message.of("reason.field", Arg.label("field", f))));
                yield Message.of(
                        "reason.fieldOutsideSphere",
                        Arg.label("field", x.held()),
                        named(specialty),
                        specialty(specialty),
                        Arg.items("accepted", "list.comma", fields));
            }
            case PersonVerdict.Reason.FieldInSphereForJudgment x ->
                Message.of(
                        "reason.fieldInSphereForJudgment",
                        Arg.label("field", x.held()),
                        named(specialty),
                        specialty(specialty));
            case PersonVerdict.Reason.CorrespondenceForJudgment x -> Message.of("reason.correspondenceForJudgment");
            case PersonVerdict.Reason.ExperienceNotStated x -> Message.of("reason.experienceNotStated");
            case PersonVerdict.Reason.ExperienceBelow x ->
                Message.of(
                        "reason.experienceBelow",
                        Arg.count("heldYears", x.held().months() / 12),
                        Arg.count("heldMonths", x.held().months() % 12),
                        Arg.count("requiredYears", x.required().months() / 12),
                        Arg.count("requiredMonths", x.required().months() % 12));
            case PersonVerdict.Reason.NoExperience x -> Message.of("reason.noExperience");
            case PersonVerdict.Reason.RoleNotUnderstood x -> Message.of("reason.roleNotUnderstood");
            case PersonVerdict.Reason.Worker x -> Message.of("reason.worker");
            case PersonVerdict.Reason.NotProduction x -> Message.of("reason.notProduction");
        };
    }

    /** Whether the table names the specialty: a sentence names it only then. */
    private static Arg named(@Nullable String specialty) {
        return Arg.choice("named", specialty != null);
    }

    private static Arg specialty(@Nullable String specialty) {
        return Arg.text("specialty", specialty == null ? "" : specialty);
    }

    /** Why a person falls short of a standard in one respect, and how far. */
    record Shortfall(Standing standing, PersonVerdict.Reason why) {}

    private static final Shortfall LEVEL_NOT_UNDERSTOOD =
            new Shortfall(Standing.REVIEW, new PersonVerdict.Reason.LevelNotUnderstood());
    private static final Shortfall EXPERIENCE_NOT_STATED =
            new Shortfall(Standing.MISSING, new PersonVerdict.Reason.ExperienceNotStated());
    private static final Shortfall NO_EXPERIENCE =
            new Shortfall(Standing.NOT_QUALIFIED, new PersonVerdict.Reason.NoExperience());

    /**
     * Judges one manager or specialist against a standard: the education level, the field, the
     * experience, each its own rule; the person stands as the worst of them, the reasons in that order.
     */
    static Judgement judge(StaffMember m, QualificationStandard std) {
        var level = educationLevel(m.education(), std.minLevel());
        var field = educationField(m.education(), std.field());
        var experience = experience(m.experience(), std);
        if (level == null && field == null && experience == null) return QUALIFIED;
        Standing standing = Standing.QUALIFIED;
        var why = new ArrayList<PersonVerdict.Reason>(3);
        for (var shortfall : new Shortfall[] {level, field, experience}) {
            if (shortfall == null) continue;
            standing = worse(standing, shortfall.standing());
            why.add(shortfall.why());
        }
        return new Judgement(standing, why);
    }

    /** The minimum level of education, if the standard sets one; a level not understood goes to the officer. */
    static @Nullable Shortfall educationLevel(Education education, @Nullable EducationLevel min) {
        if (min == null) return null;
        if (!education.level().isKnown()) return LEVEL_NOT_UNDERSTOOD;
        if (!education.level().atLeast(min)) {
            return new Shortfall(Standing.NOT_QUALIFIED, new PersonVerdict.Reason.LevelBelow(education.level(), min));
        }
        return null;
    }

    /** The field the standard asks for: any, technical, or within a sphere (some fields the officer judges). */
    static @Nullable Shortfall educationField(Education education, FieldRequirement required) {
        return switch (required) {
            case FieldRequirement.AnyField a -> null;
            case FieldRequirement.Corresponding c -> null;
            case FieldRequirement.Technical t -> technical(education);
            case FieldRequirement.Sphere s -> sphere(education, s);
        };
    }

    /** Technical education; a specialty not recognised goes to the officer. */
    static @Nullable Shortfall technical(Education education) {
        var field = education.field();
        if (!field.isKnown()) {
            return new Shortfall(Standing.REVIEW, new PersonVerdict.Reason.FieldNotRecognised(education.specialty()));
        }
        if (!field.isTechnical()) {
            return new Shortfall(
                    Standing.NOT_QUALIFIED, new PersonVerdict.Reason.FieldNotTechnical(education.specialty()));
        }
        return null;
    }

    /** Education in the item's sphere: the accepted fields count, the fields for review go to the officer. */
    static @Nullable Shortfall sphere(Education education, FieldRequirement.Sphere s) {
        var field = education.field();
        if (s.accepted().contains(field)) return null;
        if (!field.isKnown()) {
            return new Shortfall(Standing.REVIEW, new PersonVerdict.Reason.FieldNotRecognised(education.specialty()));
        }
        if (s.forReview().contains(field)) {
            return new Shortfall(Standing.REVIEW, new PersonVerdict.Reason.FieldInSphereForJudgment(field));
        }
        return new Shortfall(Standing.NOT_QUALIFIED, new PersonVerdict.Reason.FieldOutsideSphere(field, s.accepted()));
    }

    /**
     * Experience in the specialty of at least the standard's length, or, where it names no length
     * but asks for experience, some practical experience; experience not stated is evidence missing.
     */
    static @Nullable Shortfall experience(@Nullable Experience experience, QualificationStandard std) {
        if (std.minExperience() != null) {
            if (experience == null) return EXPERIENCE_NOT_STATED;
            if (!experience.atLeast(std.minExperience())) {
                return new Shortfall(
                        Standing.NOT_QUALIFIED,
                        new PersonVerdict.Reason.ExperienceBelow(experience, std.minExperience()));
            }
        } else if (std.experienceRequired()) {
            if (experience == null) return EXPERIENCE_NOT_STATED;
            if (experience.months() == 0) return NO_EXPERIENCE;
        }
        return null;
    }

    private static Standing worse(Standing a, Standing b) {
        return b.ordinal() < a.ordinal() ? b : a;
    }

    /** What a staff rule decided: the status, the sentence that says it, and what would fix it. */
    record Decision(Status status, Message summary, List<Message> remedies) {}

    /** Items 1 and 5: at least p % of all production staff are qualified managers and specialists. */
    private static Finding share(Requirement r, Rule.StaffRule rule, Tally t, int p) {
        var figures = figures(rule, t);
        int n = t.production;
        int q = t.qualified();
        if (n == 0) {
            return Findings.of(
                    r,
                    Status.NOT_MET,
                    Message.of("finding.staff.share.noProduction"),
                    figures,
                    t.issues,
                    List.of(Message.of("remedy.staff.listProduction")));
        }
        figures.addFirst(shareFigure(q, n, p));
        var decision = technicalManager(
                shareMet(q, t.undetermined(Standing.REVIEW), t.undetermined(Standing.MISSING), n, p),
                t.managers[Standing.QUALIFIED.ordinal()]);
        return Findings.of(r, decision.status(), decision.summary(), figures, t.issues, decision.remedies());
    }

    /** "qualified 69 of 100 production staff = 69.0 %, needs ≥ 70 %". */
    static Message shareFigure(int q, int n, int p) {
        return Message.of(
                "finding.staff.share.figure",
                Arg.count("qualified", q),
                Arg.count("staff", n),
                Arg.decimal("share", percent(q, n)),
                Arg.count("required", p));
    }

    /**
     * Whether q qualified of n production staff reach p %: met; met only if the rows still undetermined
     * (for review, missing evidence) count; or not met, with the least change that would meet it.
     */
    static Decision shareMet(int q, int review, int missing, int n, int p) {
        if (meets(q, n, p)) {
            return new Decision(Status.MET, Message.of("finding.staff.share.met"), List.of());
        }
        if (meets(q + review + missing, n, p)) {
            var remedies = new ArrayList<Message>(2);
            if (missing > 0) remedies.add(Message.of("remedy.staff.share.stateMissing"));
            remedies.add(Message.of("remedy.staff.share.otherwise", Arg.message("shortfall", shortfall(q, n, p))));
            return new Decision(
                    missing > 0 ? Status.MISSING_EVIDENCE : Status.NEEDS_REVIEW,
                    Message.of(
                            "finding.staff.share.undetermined",
                            Arg.count("review", review),
                            Arg.count("missing", missing)),
                    remedies);
        }
        return new Decision(
                Status.NOT_MET,
                Message.of("finding.staff.share.below", Arg.count("required", p)),
                List.of(shortfall(q, n, p)));
    }

    /**
     * A share met without a qualified technical manager goes to the officer: the item asks for
     * qualified technical managers and specialists, and a share of specialists alone may not satisfy it.
     */
    static Decision technicalManager(Decision share, int qualifiedManagers) {
        if (share.status() != Status.MET || qualifiedManagers > 0) return share;
        return new Decision(
                Status.NEEDS_REVIEW, Message.of("finding.staff.share.noTechnicalManager"), share.remedies());
    }

    static boolean meets(int qualified, int total, int percent) {
        return (long) qualified * 100 >= (long) percent * total;
    }

    /**
     * The least change: qualify {@code needed} more of the present n staff, or hire {@code hires}
     * more qualified people (each hire raises the denominator too).
     */
    static Message shortfall(int q, int n, int p) {
        long needed = ceilDiv((long) p * n, 100) - q;
        long hires = ceilDiv((long) p * n - 100L * q, 100 - p);
        return Message.of(
                "remedy.staff.share.shortfall",
                Arg.count("needed", needed),
                Arg.count("staff", n),
                Arg.count("hires", hires));
    }

    private static long ceilDiv(long a, long b) {
        return Math.floorDiv(a + b - 1, b);
    }

    /** The share in per cent with one decimal, rounded down so a share short of the threshold never reads as met. */
    static BigDecimal percent(int q, int n) {
        return BigDecimal.valueOf(q * 100L).divide(BigDecimal.valueOf(n), 1, RoundingMode.DOWN);
    }

    /** A staff category as the messages select on it. */
    private static Arg who(Role role) {
        return Arg.label("who", role);
    }

    /** Items 2 and 3: qualified managers and specialists must be there; the law sets no number. */
    private static Finding presence(Requirement r, Rule.StaffRule rule, Tally t) {
        var figures = figures(rule, t);
        var remedies = new ArrayList<Message>();
        Status status = Status.MET;
        status = status.worst(category(Role.MANAGER, t.managers, rule.managers(), remedies));
        status = status.worst(category(Role.SPECIALIST, t.specialists, rule.specialists(), remedies));
        var summary = switch (status) {
            case MET, NOT_MET, MISSING_EVIDENCE, NEEDS_REVIEW -> Message.of("finding.staff.presence." + status.name());
            case NOT_ELIGIBLE, NOT_APPLICABLE ->
                throw new IllegalStateException("a category is never judged " + status);
        };
        return Findings.of(r, status, summary, figures, t.issues, remedies);
    }

    private static Status category(Role who, int[] counts, QualificationStandard std, List<Message> remedies) {
        if (counts[Standing.QUALIFIED.ordinal()] > 0) return Status.MET;
        if (counts[Standing.MISSING.ordinal()] > 0) {
            remedies.add(Message.of("remedy.staff.stateEvidence", who(who)));
            return Status.MISSING_EVIDENCE;
        }
        if (counts[Standing.REVIEW.ordinal()] > 0) return Status.NEEDS_REVIEW;
        remedies.add(Message.of("remedy.staff.qualifiedMissing", who(who), Arg.text("standard", std.wording())));
        return Status.NOT_MET;
    }

    /**
     * Items 4, 6 and 7: "соответствующему образовательному уровню" names no level or field. We check
     * that managers and specialists are there and what can be measured; the officer judges the rest.
     */
    private static Finding corresponding(Requirement r, Rule.StaffRule rule, Tally t) {
        var figures = figures(rule, t);
        var remedies = new ArrayList<Message>();
        var status = Status.NEEDS_REVIEW
                .worst(candidates(Role.MANAGER, t.managers, remedies))
                .worst(candidates(Role.SPECIALIST, t.specialists, remedies));
        int managers = t.managers[Standing.QUALIFIED.ordinal()] + t.managers[Standing.REVIEW.ordinal()];
        int specialists = t.specialists[Standing.QUALIFIED.ordinal()] + t.specialists[Standing.REVIEW.ordinal()];
        var summary = switch (status) {
            case NOT_MET -> Message.of("finding.staff.corresponding.NOT_MET");
            case MISSING_EVIDENCE -> Message.of("finding.staff.corresponding.MISSING_EVIDENCE");
            default ->
                Message.of(
                        "finding.staff.corresponding.NEEDS_REVIEW",
                        Arg.count("managers", managers),
                        Arg.count("specialists", specialists));
        };
        return Findings.of(r, status, summary, figures, t.issues, remedies);
    }

    /** Whether a category has someone the officer can judge: complete rows first, rows missing evidence next. */
    private static Status candidates(Role who, int[] counts, List<Message> remedies) {
        if (counts[Standing.QUALIFIED.ordinal()] + counts[Standing.REVIEW.ordinal()] > 0) return Status.NEEDS_REVIEW;
        if (counts[Standing.MISSING.ordinal()] > 0) {
            remedies.add(Message.of("remedy.staff.stateExperience", who(who)));
            return Status.MISSING_EVIDENCE;
        }
        remedies.add(Message.of("remedy.staff.listCorresponding", who(who)));
        return Status.NOT_MET;
    }

    private static ArrayList<Message> figures(Rule.StaffRule rule, Tally t) {
        var f = new ArrayList<Message>(4);
        f.add(listed(Role.MANAGER, t, t.managers, rule.managers()));
        f.add(listed(Role.SPECIALIST, t, t.specialists, rule.specialists()));
        f.add(Message.of(
                "finding.staff.others",
                Arg.count("workers", t.workers),
                Arg.count("unknown", t.unknownRole),
                Arg.count("nonProduction", t.nonProduction)));
        return f;
    }

    /** "managers: 3 listed, 2 meet the standard (…)". */
    private static Message listed(Role who, Tally t, int[] counts, QualificationStandard std) {
        return Message.of(
                "finding.staff.listed",
                who(who),
                Arg.count("listed", t.listed(counts)),
                Arg.count("qualified", counts[Standing.QUALIFIED.ordinal()]),
                Arg.text("standard", std.wording()));
    }
}
