package kz.qualify.assessment;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import kz.qualify.dossier.Education;
import kz.qualify.dossier.EducationField;
import kz.qualify.dossier.EducationLevel;
import kz.qualify.dossier.Experience;
import kz.qualify.dossier.Role;
import kz.qualify.dossier.StaffMember;
import kz.qualify.rules.QualificationStandard;
import kz.qualify.rules.QualificationStandard.FieldRequirement;
import kz.qualify.rules.Requirement;
import kz.qualify.rules.Rule;
import org.jspecify.annotations.Nullable;

/**
 * The qualified staff. Each production manager and specialist is judged against the item's
 * standard; workers count in production staff but never among the qualified; non-production staff
 * (accountants, lawyers) are outside both the numerator and the denominator.
 */
final class StaffPolicy {

    private static final Text EXPERIENCE_NOT_STATED =
            Text.of("experience in the specialty not stated", "стаж работы по специальности не указан");

    private StaffPolicy() {}

    /** Where one person stands against a standard. Order matters: the first that applies wins. */
    enum Standing {
        NOT_QUALIFIED,
        MISSING,
        REVIEW,
        QUALIFIED
    }

    /** The standing, the reasons in words for the finding's issues, and the same reasons as data for {@link PersonVerdict}. */
    record Judgement(Standing standing, Text reasons, List<PersonVerdict.Reason> why) {}

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
                    Text.of("the summary staff table lists nobody", "в сводной таблице персонала никто не указан"),
                    List.of(),
                    List.of(Finding.Issue.of("staff", Text.of("no staff rows", "нет ни одной строки о персонале"))),
                    List.of(Text.of(
                            "present the staffing schedule (штатное расписание) and the summary table (сводная таблица) "
                                    + "with full name, specialty by education, position and experience of each person",
                            "представить штатное расписание и сводную таблицу с указанием ФИО, специальности по "
                                    + "образованию, должности и стажа работы каждого работника")));
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
                    t.issues.add(Finding.Issue.of(
                            m.ref(),
                            Text.same(m.fullName() + " (" + m.position() + "): ")
                                    .plus(Text.of(
                                            "category not stated and not recognised from the position; the officer decides",
                                            "категория не указана и не распознана по должности; решает должностное "
                                                    + "лицо лицензиара"))));
                }
                case MANAGER, SPECIALIST -> {
                    var standard = m.role() == Role.MANAGER ? rule.managers() : rule.specialists();
                    var j = judge(m, standard);
                    (m.role() == Role.MANAGER ? t.managers : t.specialists)
                            [j.standing().ordinal()]++;
                    if (j.standing() != Standing.QUALIFIED) {
                        t.issues.add(Finding.Issue.of(
                                m.ref(),
                                Text.same(m.fullName() + " (" + m.position() + "): ")
                                        .plus(describe(j.standing()))
                                        .plus(" — ")
                                        .plus(j.reasons())));
                    }
                }
            }
        }
        return t;
    }

    private static Text describe(Standing s) {
        return switch (s) {
            case NOT_QUALIFIED -> Text.of("not qualified", "не соответствует требованиям");
            case MISSING -> Text.of("evidence missing", "не хватает подтверждения");
            case REVIEW -> Text.of("for the officer's review", "на рассмотрение должностного лица лицензиара");
            case QUALIFIED -> Text.of("qualified", "соответствует требованиям");
        };
    }

    /** Why a person falls short of a standard in one respect, and how far. */
    record Shortfall(Standing standing, Text reason, PersonVerdict.Reason why) {}

    /**
     * Judges one manager or specialist against a standard: the education level, the field, the
     * experience, each its own rule; the person stands as the worst of them, the reasons in that order.
     */
    static Judgement judge(StaffMember m, QualificationStandard std) {
        Standing standing = Standing.QUALIFIED;
        var reasons = new ArrayList<Text>();
        var why = new ArrayList<PersonVerdict.Reason>();
        for (var shortfall : new Shortfall[] {
            educationLevel(m.education(), std.minLevel()),
            educationField(m.education(), std.field()),
            experience(m.experience(), std)
        }) {
            if (shortfall == null) continue;
            standing = worse(standing, shortfall.standing());
            reasons.add(shortfall.reason());
            why.add(shortfall.why());
        }
        return new Judgement(standing, Text.join(Text.same("; "), reasons), List.copyOf(why));
    }

    /** The minimum level of education, if the standard sets one; a level not understood goes to the officer. */
    static @Nullable Shortfall educationLevel(Education education, @Nullable EducationLevel min) {
        if (min == null) return null;
        if (!education.level().isKnown()) {
            return new Shortfall(
                    Standing.REVIEW,
                    Text.of("education level not understood", "уровень образования не распознан"),
                    new PersonVerdict.Reason.LevelNotUnderstood());
        }
        if (!education.level().atLeast(min)) {
            return new Shortfall(
                    Standing.NOT_QUALIFIED,
                    Text.of(
                            "education " + education.level() + ", needs at least " + min,
                            "образование «" + education.level().ru() + "», требуется не ниже «" + min.ru() + "»"),
                    new PersonVerdict.Reason.LevelBelow(education.level(), min));
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
            return new Shortfall(
                    Standing.REVIEW,
                    Text.of("specialty", "специальность")
                            .plus(specialty(education))
                            .plus(Text.of(
                                    " not recognised: is it technical?",
                                    " не распознана: является ли она технической?")),
                    new PersonVerdict.Reason.FieldNotRecognised(education.specialty()));
        }
        if (!field.isTechnical()) {
            return new Shortfall(
                    Standing.NOT_QUALIFIED,
                    Text.of("non-technical education", "нетехническое образование")
                            .plus(specialty(education))
                            .plus(Text.of(", needs technical", ", требуется техническое")),
                    new PersonVerdict.Reason.FieldNotTechnical(education.specialty()));
        }
        return null;
    }

    /** Education in the item's sphere: the accepted fields count, the fields for review go to the officer. */
    static @Nullable Shortfall sphere(Education education, FieldRequirement.Sphere s) {
        var field = education.field();
        if (s.accepted().contains(field)) return null;
        if (!field.isKnown()) {
            return new Shortfall(
                    Standing.REVIEW,
                    Text.of("specialty", "специальность")
                            .plus(specialty(education))
                            .plus(Text.of(
                                    " not recognised: is it in the required sphere?",
                                    " не распознана: относится ли она к требуемой сфере?")),
                    new PersonVerdict.Reason.FieldNotRecognised(education.specialty()));
        }
        if (s.forReview().contains(field)) {
            return new Shortfall(
                    Standing.REVIEW,
                    fieldEducation(education)
                            .plus(Text.of(
                                    ": whether it is in the required sphere is the officer's judgment",
                                    ": относится ли оно к требуемой сфере, оценивает должностное лицо лицензиара")),
                    new PersonVerdict.Reason.FieldInSphereForJudgment(field));
        }
        return new Shortfall(
                Standing.NOT_QUALIFIED,
                fieldEducation(education)
                        .plus(Text.of(
                                " is not in the required sphere " + s.accepted(),
                                " не относится к требуемой сфере (" + fieldsRu(s.accepted()) + ")")),
                new PersonVerdict.Reason.FieldOutsideSphere(field, s.accepted()));
    }

    /**
     * Experience in the specialty of at least the standard's length, or, where it names no length
     * but asks for experience, some practical experience; experience not stated is evidence missing.
     */
    static @Nullable Shortfall experience(@Nullable Experience experience, QualificationStandard std) {
        if (std.minExperience() != null) {
            if (experience == null)
                return new Shortfall(
                        Standing.MISSING, EXPERIENCE_NOT_STATED, new PersonVerdict.Reason.ExperienceNotStated());
            if (!experience.atLeast(std.minExperience())) {
                return new Shortfall(
                        Standing.NOT_QUALIFIED,
                        Text.of(
                                "experience " + experience.describe() + ", needs at least "
                                        + std.minExperience().describe(),
                                "стаж " + experienceRu(experience) + ", требуется не менее "
                                        + experienceRu(std.minExperience())),
                        new PersonVerdict.Reason.ExperienceBelow(experience, std.minExperience()));
            }
        } else if (std.experienceRequired()) {
            if (experience == null)
                return new Shortfall(
                        Standing.MISSING, EXPERIENCE_NOT_STATED, new PersonVerdict.Reason.ExperienceNotStated());
            if (experience.months() == 0) {
                return new Shortfall(
                        Standing.NOT_QUALIFIED,
                        Text.of(
                                "no practical experience in the specialty",
                                "нет практического стажа работы по специальности"),
                        new PersonVerdict.Reason.NoExperience());
            }
        }
        return null;
    }

    /** " 'Электроснабжение'" for messages, or nothing; built only when a reason needs it. */
    private static Text specialty(Education education) {
        return education.specialty() == null
                ? Text.same("")
                : Text.of(" '" + education.specialty() + "'", " «" + education.specialty() + "»");
    }

    /**
     * "ELECTRIC_POWER education 'Электроснабжение'": the English names the constant, the Russian the
     * field and then the specialty, so the two quoted names do not run together.
     */
    private static Text fieldEducation(Education education) {
        var specialty = education.specialty();
        return Text.of(
                education.field() + " education" + specialty(education).en(),
                "образование в области «" + education.field().ru() + "»"
                        + (specialty == null ? "" : " по специальности «" + specialty + "»"));
    }

    /** The fields in the set's own order, the one its English {@code toString} shows. */
    private static String fieldsRu(java.util.Set<EducationField> fields) {
        return String.join(", ", fields.stream().map(f -> "«" + f.ru() + "»").toList());
    }

    /** The Russian of {@link Experience#describe()}: "3 г. 0 мес.". */
    private static String experienceRu(Experience x) {
        return x.months() / 12 + " г. " + x.months() % 12 + " мес.";
    }

    private static Standing worse(Standing a, Standing b) {
        return b.ordinal() < a.ordinal() ? b : a;
    }

    /** What a staff rule decided: the status, the sentence that says it, and what would fix it. */
    record Decision(Status status, Text summary, List<Text> remedies) {}

    /** Items 1 and 5: at least p % of all production staff are qualified managers and specialists. */
    private static Finding share(Requirement r, Rule.StaffRule rule, Tally t, int p) {
        var figures = figures(rule, t);
        int n = t.production;
        int q = t.qualified();
        if (n == 0) {
            return Findings.of(
                    r,
                    Status.NOT_MET,
                    Text.of(
                            "no production staff is listed, so no share can be met",
                            "производственный персонал не указан, поэтому требуемая доля не может быть достигнута"),
                    figures,
                    t.issues,
                    List.of(Text.of(
                            "list the production staff and mark which are production personnel",
                            "указать персонал и отметить, кто относится к производственному персоналу")));
        }
        figures.addFirst(shareFigure(q, n, p));
        var decision = technicalManager(
                shareMet(q, t.undetermined(Standing.REVIEW), t.undetermined(Standing.MISSING), n, p),
                t.managers[Standing.QUALIFIED.ordinal()]);
        return Findings.of(r, decision.status(), decision.summary(), figures, t.issues, decision.remedies());
    }

    /** "qualified 69 of 100 production staff = 69.0 %, needs ≥ 70 %". */
    static Text shareFigure(int q, int n, int p) {
        return Text.of(
                "qualified " + q + " of " + n + " production staff = " + percent(q, n) + " %, needs ≥ " + p + " %",
                "квалифицированных " + q + " из " + n + " " + Text.plural(n, "человека", "человек", "человек")
                        + " производственного персонала = " + percent(q, n).replace('.', ',') + " %, требуется ≥ "
                        + p + " %");
    }

    /**
     * Whether q qualified of n production staff reach p %: met; met only if the rows still undetermined
     * (for review, missing evidence) count; or not met, with the least change that would meet it.
     */
    static Decision shareMet(int q, int review, int missing, int n, int p) {
        if (meets(q, n, p)) {
            return new Decision(
                    Status.MET,
                    Text.of("the qualified share is met", "доля квалифицированного персонала достигнута"),
                    List.of());
        }
        if (meets(q + review + missing, n, p)) {
            var remedies = new ArrayList<Text>();
            if (missing > 0) {
                remedies.add(Text.of(
                        "state the missing experience or education of the rows listed",
                        "указать недостающие сведения о стаже или образовании по перечисленным строкам"));
            }
            remedies.add(Text.of("otherwise: ", "в противном случае: ").plus(shortfallText(q, n, p)));
            return new Decision(
                    missing > 0 ? Status.MISSING_EVIDENCE : Status.NEEDS_REVIEW,
                    Text.of(
                            "the share is met only if rows still undetermined count: " + review + " for review, "
                                    + missing + " missing evidence",
                            "доля достигается, только если засчитать ещё не определённые строки: на рассмотрении "
                                    + "должностного лица лицензиара — " + review + ", не хватает подтверждения — "
                                    + missing),
                    remedies);
        }
        return new Decision(
                Status.NOT_MET,
                Text.of(
                        "the qualified share is below " + p + " %",
                        "доля квалифицированного персонала ниже " + p + " %"),
                List.of(shortfallText(q, n, p)));
    }

    /**
     * A share met without a qualified technical manager goes to the officer: the item asks for
     * qualified technical managers and specialists, and a share of specialists alone may not satisfy it.
     */
    static Decision technicalManager(Decision share, int qualifiedManagers) {
        if (share.status() != Status.MET || qualifiedManagers > 0) return share;
        return new Decision(
                Status.NEEDS_REVIEW,
                Text.of(
                        "the share is met, but no qualified technical manager is listed among the production staff; "
                                + "the officer judges whether the composition satisfies the item",
                        "доля достигнута, но среди производственного персонала не указан квалифицированный технический "
                                + "руководитель; соответствие состава персонала пункту оценивает должностное лицо "
                                + "лицензиара"),
                share.remedies());
    }

    static boolean meets(int qualified, int total, int percent) {
        return (long) qualified * 100 >= (long) percent * total;
    }

    /** The least change: qualify more of the present staff, or hire more qualified people. */
    static String shortfall(int q, int n, int p) {
        return shortfallText(q, n, p).en();
    }

    /** {@link #shortfall} in both languages, with the Russian noun forms each count takes. */
    static Text shortfallText(int q, int n, int p) {
        long needed = ceilDiv((long) p * n, 100) - q;
        long hires = ceilDiv((long) p * n - 100L * q, 100 - p);
        return Text.of(
                needed + " more qualified manager(s) or specialist(s) among the current " + n + " production staff"
                        + " (qualify or replace " + needed + " of those not counted), or hire " + hires
                        + " additional qualified one(s)",
                "ещё " + needed + " "
                        + Text.plural(
                                needed,
                                "квалифицированный руководитель или специалист",
                                "квалифицированных руководителя или специалиста",
                                "квалифицированных руководителей или специалистов")
                        + " среди " + Text.plural(n, "нынешнего", "нынешних", "нынешних") + " " + n + " "
                        + Text.plural(n, "человека", "человек", "человек") + " производственного персонала"
                        + " (повысить квалификацию или заменить " + needed + " из неучтённых) либо принять " + hires
                        + " "
                        + Text.plural(
                                hires,
                                "дополнительного квалифицированного",
                                "дополнительных квалифицированных",
                                "дополнительных квалифицированных"));
    }

    private static long ceilDiv(long a, long b) {
        return Math.floorDiv(a + b - 1, b);
    }

    static String percent(int q, int n) {
        return BigDecimal.valueOf(q * 100L)
                .divide(BigDecimal.valueOf(n), 1, RoundingMode.DOWN)
                .toPlainString();
    }

    /** A staff category as the messages name it, with the Russian case forms they need. */
    private enum Who {
        MANAGER("manager", "руководителя", "руководителей", "руководителям"),
        SPECIALIST("specialist", "специалиста", "специалистов", "специалистам");

        final String en;
        final String genitive;
        final String genitivePlural;
        final String dativePlural;

        Who(String en, String genitive, String genitivePlural, String dativePlural) {
            this.en = en;
            this.genitive = genitive;
            this.genitivePlural = genitivePlural;
            this.dativePlural = dativePlural;
        }
    }

    /** Items 2 and 3: qualified managers and specialists must be there; the law sets no number. */
    private static Finding presence(Requirement r, Rule.StaffRule rule, Tally t) {
        var figures = figures(rule, t);
        var remedies = new ArrayList<Text>();
        Status status = Status.MET;
        status = status.worst(category(Who.MANAGER, t.managers, rule.managers(), remedies));
        status = status.worst(category(Who.SPECIALIST, t.specialists, rule.specialists(), remedies));
        Text summary = switch (status) {
            case MET ->
                Text.of(
                        "qualified technical managers and specialists are present",
                        "квалифицированные технические руководители и специалисты имеются");
            case NOT_MET ->
                Text.of(
                        "a qualified technical manager or specialist is missing",
                        "нет квалифицированного технического руководителя или специалиста");
            case MISSING_EVIDENCE ->
                Text.of(
                        "whether they are qualified depends on evidence not yet given",
                        "соответствие их квалификации зависит от ещё не представленных подтверждений");
            case NEEDS_REVIEW ->
                Text.of(
                        "whether they are qualified depends on the officer's judgment",
                        "соответствие их квалификации оценивает должностное лицо лицензиара");
            case NOT_ELIGIBLE, NOT_APPLICABLE -> Text.same(status.name());
        };
        return Findings.of(r, status, summary, figures, t.issues, remedies);
    }

    private static Status category(Who who, int[] counts, QualificationStandard std, List<Text> remedies) {
        if (counts[Standing.QUALIFIED.ordinal()] > 0) return Status.MET;
        if (counts[Standing.MISSING.ordinal()] > 0) {
            remedies.add(Text.of(
                    "state the missing evidence for the " + who.en + "s listed",
                    "представить недостающие подтверждения по указанным " + who.dativePlural));
            return Status.MISSING_EVIDENCE;
        }
        if (counts[Standing.REVIEW.ordinal()] > 0) return Status.NEEDS_REVIEW;
        remedies.add(Text.of(
                "at least 1 qualified technical " + who.en + " (" + std.wording() + ")",
                "не менее 1 квалифицированного технического " + who.genitive + " (" + std.wording() + ")"));
        return Status.NOT_MET;
    }

    /**
     * Items 4, 6 and 7: "соответствующему образовательному уровню" names no level or field. We check
     * that managers and specialists are there and what can be measured; the officer judges the rest.
     */
    private static Finding corresponding(Requirement r, Rule.StaffRule rule, Tally t) {
        var figures = figures(rule, t);
        var remedies = new ArrayList<Text>();
        var status = Status.NEEDS_REVIEW
                .worst(candidates(Who.MANAGER, t.managers, remedies))
                .worst(candidates(Who.SPECIALIST, t.specialists, remedies));
        int managers = t.managers[Standing.QUALIFIED.ordinal()] + t.managers[Standing.REVIEW.ordinal()];
        int specialists = t.specialists[Standing.QUALIFIED.ordinal()] + t.specialists[Standing.REVIEW.ordinal()];
        var summary = switch (status) {
            case NOT_MET ->
                Text.of(
                        "the item requires managers and specialists, and a category has none that can count",
                        "пункт требует руководителей и специалистов, а в одной из категорий нет никого, кто может "
                                + "быть учтён");
            case MISSING_EVIDENCE ->
                Text.of(
                        "the managers or specialists listed lack the experience the item asks for",
                        "у указанных руководителей или специалистов не подтверждён стаж, которого требует пункт");
            default ->
                Text.of(
                        "the law names no level or field (\"соответствующему образовательному уровню\"): the officer "
                                + "judges whether the " + managers + " manager(s) and " + specialists
                                + " specialist(s) correspond to the activity",
                        "закон не называет уровень и область образования («соответствующему образовательному "
                                + "уровню»): соответствие деятельности " + managers + " "
                                + Text.plural(managers, "руководителя", "руководителей", "руководителей") + " и "
                                + specialists + " "
                                + Text.plural(specialists, "специалиста", "специалистов", "специалистов")
                                + " оценивает должностное лицо лицензиара");
        };
        return Findings.of(r, status, summary, figures, t.issues, remedies);
    }

    /** Whether a category has someone the officer can judge: complete rows first, rows missing evidence next. */
    private static Status candidates(Who who, int[] counts, List<Text> remedies) {
        if (counts[Standing.QUALIFIED.ordinal()] + counts[Standing.REVIEW.ordinal()] > 0) return Status.NEEDS_REVIEW;
        if (counts[Standing.MISSING.ordinal()] > 0) {
            remedies.add(Text.of(
                    "state the experience in the specialty of the " + who.en + "s listed",
                    "указать стаж работы по специальности указанных " + who.genitivePlural));
            return Status.MISSING_EVIDENCE;
        }
        boolean manager = who == Who.MANAGER;
        remedies.add(Text.of(
                "list at least 1 " + who.en + " with education" + (manager ? " and experience" : "")
                        + " corresponding to the activity",
                "указать не менее 1 " + who.genitive + " с образованием"
                        + (manager ? " и стажем, соответствующими" : ", соответствующим") + " деятельности"));
        return Status.NOT_MET;
    }

    private static ArrayList<Text> figures(Rule.StaffRule rule, Tally t) {
        var f = new ArrayList<Text>();
        f.add(listed(Text.of("managers", "руководители"), t, t.managers, rule.managers()));
        f.add(listed(Text.of("specialists", "специалисты"), t, t.specialists, rule.specialists()));
        f.add(Text.of(
                "workers: " + t.workers + "; category unknown: " + t.unknownRole
                        + "; non-production staff not counted: " + t.nonProduction,
                "рабочие: " + t.workers + "; категория не определена: " + t.unknownRole
                        + "; непроизводственный персонал (не учитывается): " + t.nonProduction));
        return f;
    }

    /** "managers: 3 listed, 2 meet the standard (…)". */
    private static Text listed(Text who, Tally t, int[] counts, QualificationStandard std) {
        int listed = t.listed(counts);
        int qualified = counts[Standing.QUALIFIED.ordinal()];
        return who.plus(Text.of(
                ": " + listed + " listed, " + qualified + " meet the standard (" + std.wording() + ")",
                ": указано " + listed + ", соответствуют требованию " + qualified + " (" + std.wording() + ")"));
    }
}
