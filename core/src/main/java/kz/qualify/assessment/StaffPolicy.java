package kz.qualify.assessment;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import kz.qualify.dossier.Role;
import kz.qualify.dossier.StaffMember;
import kz.qualify.rules.QualificationStandard;
import kz.qualify.rules.QualificationStandard.FieldRequirement;
import kz.qualify.rules.Requirement;
import kz.qualify.rules.Rule;

/**
 * The qualified staff. Each production manager and specialist is judged against the item's
 * standard; workers count in production staff but never among the qualified; non-production staff
 * (accountants, lawyers) are outside both the numerator and the denominator.
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

    record Judgement(Standing standing, String reasons) {}

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
                    "the summary staff table lists nobody",
                    List.of(),
                    List.of(new Finding.Issue("staff", "no staff rows")),
                    List.of(
                            "present the staffing schedule (штатное расписание) and the summary table (сводная таблица) "
                                    + "with full name, specialty by education, position and experience of each person"));
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
                    t.issues.add(
                            new Finding.Issue(
                                    m.ref(),
                                    m.fullName() + " (" + m.position()
                                            + "): category not stated and not recognised from the position; the officer decides"));
                }
                case MANAGER, SPECIALIST -> {
                    var standard = m.role() == Role.MANAGER ? rule.managers() : rule.specialists();
                    var j = judge(m, standard);
                    (m.role() == Role.MANAGER ? t.managers : t.specialists)
                            [j.standing().ordinal()]++;
                    if (j.standing() != Standing.QUALIFIED) {
                        t.issues.add(new Finding.Issue(
                                m.ref(),
                                m.fullName() + " (" + m.position() + "): " + describe(j.standing()) + " — "
                                        + j.reasons()));
                    }
                }
            }
        }
        return t;
    }

    private static String describe(Standing s) {
        return switch (s) {
            case NOT_QUALIFIED -> "not qualified";
            case MISSING -> "evidence missing";
            case REVIEW -> "for the officer's review";
            case QUALIFIED -> "qualified";
        };
    }

    /** Judges one manager or specialist against a standard. */
    static Judgement judge(StaffMember m, QualificationStandard std) {
        Standing standing = Standing.QUALIFIED;
        var reasons = new StringBuilder();
        var education = m.education();
        var min = std.minLevel();
        if (min != null) {
            if (!education.level().isKnown()) {
                standing = worse(standing, Standing.REVIEW);
                append(reasons, "education level not understood");
            } else if (!education.level().atLeast(min)) {
                standing = worse(standing, Standing.NOT_QUALIFIED);
                append(reasons, "education " + education.level() + ", needs at least " + min);
            }
        }
        var field = education.field();
        switch (std.field()) {
            case FieldRequirement.AnyField a -> {}
            case FieldRequirement.Corresponding c -> {}
            case FieldRequirement.Technical t -> {
                if (!field.isKnown()) {
                    standing = worse(standing, Standing.REVIEW);
                    append(reasons, "specialty" + specialty(education) + " not recognised: is it technical?");
                } else if (!field.isTechnical()) {
                    standing = worse(standing, Standing.NOT_QUALIFIED);
                    append(reasons, "non-technical education" + specialty(education) + ", needs technical");
                }
            }
            case FieldRequirement.Sphere s -> {
                if (s.accepted().contains(field)) {
                    // counts
                } else if (!field.isKnown()) {
                    standing = worse(standing, Standing.REVIEW);
                    append(
                            reasons,
                            "specialty" + specialty(education) + " not recognised: is it in the required sphere?");
                } else if (s.forReview().contains(field)) {
                    standing = worse(standing, Standing.REVIEW);
                    append(
                            reasons,
                            field + " education" + specialty(education)
                                    + ": whether it is in the required sphere is the officer's judgment");
                } else {
                    standing = worse(standing, Standing.NOT_QUALIFIED);
                    append(
                            reasons,
                            field + " education" + specialty(education) + " is not in the required sphere "
                                    + s.accepted());
                }
            }
        }
        var experience = m.experience();
        if (std.minExperience() != null) {
            if (experience == null) {
                standing = worse(standing, Standing.MISSING);
                append(reasons, "experience in the specialty not stated");
            } else if (!experience.atLeast(std.minExperience())) {
                standing = worse(standing, Standing.NOT_QUALIFIED);
                append(
                        reasons,
                        "experience " + experience.describe() + ", needs at least "
                                + std.minExperience().describe());
            }
        } else if (std.experienceRequired()) {
            if (experience == null) {
                standing = worse(standing, Standing.MISSING);
                append(reasons, "experience in the specialty not stated");
            } else if (experience.months() == 0) {
                standing = worse(standing, Standing.NOT_QUALIFIED);
                append(reasons, "no practical experience in the specialty");
            }
        }
        return new Judgement(standing, reasons.toString());
    }

    /** " 'Электроснабжение'" for messages, or nothing; built only when a reason needs it. */
    private static String specialty(kz.qualify.dossier.Education education) {
        return education.specialty() == null ? "" : " '" + education.specialty() + "'";
    }

    private static Standing worse(Standing a, Standing b) {
        return b.ordinal() < a.ordinal() ? b : a;
    }

    private static void append(StringBuilder sb, String reason) {
        if (!sb.isEmpty()) sb.append("; ");
        sb.append(reason);
    }

    /** Items 1 and 5: at least p % of all production staff are qualified managers and specialists. */
    private static Finding share(Requirement r, Rule.StaffRule rule, Tally t, int p) {
        var figures = figures(rule, t);
        int n = t.production;
        int q = t.qualified();
        if (n == 0) {
            return Findings.of(
                    r,
                    Status.NOT_MET,
                    "no production staff is listed, so no share can be met",
                    figures,
                    t.issues,
                    List.of("list the production staff and mark which are production personnel"));
        }
        figures.addFirst(
                "qualified " + q + " of " + n + " production staff = " + percent(q, n) + " %, needs ≥ " + p + " %");
        int review = t.undetermined(Standing.REVIEW);
        int missing = t.undetermined(Standing.MISSING);
        Status status;
        String summary;
        var remedies = new ArrayList<String>();
        if (meets(q, n, p)) {
            status = Status.MET;
            summary = "the qualified share is met";
        } else if (meets(q + review + missing, n, p)) {
            status = missing > 0 ? Status.MISSING_EVIDENCE : Status.NEEDS_REVIEW;
            summary = "the share is met only if rows still undetermined count: " + review + " for review, " + missing
                    + " missing evidence";
            if (missing > 0) remedies.add("state the missing experience or education of the rows listed");
            remedies.add("otherwise: " + shortfall(q, n, p));
        } else {
            status = Status.NOT_MET;
            summary = "the qualified share is below " + p + " %";
            remedies.add(shortfall(q, n, p));
        }
        if (status == Status.MET && t.managers[Standing.QUALIFIED.ordinal()] == 0) {
            status = Status.NEEDS_REVIEW;
            summary = "the share is met, but no qualified technical manager is listed among the production staff; "
                    + "the officer judges whether the composition satisfies the item";
        }
        return Findings.of(r, status, summary, figures, t.issues, remedies);
    }

    static boolean meets(int qualified, int total, int percent) {
        return (long) qualified * 100 >= (long) percent * total;
    }

    /** The least change: qualify more of the present staff, or hire more qualified people. */
    static String shortfall(int q, int n, int p) {
        long needed = ceilDiv((long) p * n, 100) - q;
        long hires = ceilDiv((long) p * n - 100L * q, 100 - p);
        return needed + " more qualified manager(s) or specialist(s) among the current " + n + " production staff"
                + " (qualify or replace " + needed + " of those not counted), or hire " + hires
                + " additional qualified one(s)";
    }

    private static long ceilDiv(long a, long b) {
        return Math.floorDiv(a + b - 1, b);
    }

    static String percent(int q, int n) {
        return BigDecimal.valueOf(q * 100L)
                .divide(BigDecimal.valueOf(n), 1, RoundingMode.DOWN)
                .toPlainString();
    }

    /** Items 2 and 3: qualified managers and specialists must be there; the law sets no number. */
    private static Finding presence(Requirement r, Rule.StaffRule rule, Tally t) {
        var figures = figures(rule, t);
        var remedies = new ArrayList<String>();
        Status status = Status.MET;
        status = status.worst(category("manager", t.managers, rule.managers(), remedies));
        status = status.worst(category("specialist", t.specialists, rule.specialists(), remedies));
        String summary = switch (status) {
            case MET -> "qualified technical managers and specialists are present";
            case NOT_MET -> "a qualified technical manager or specialist is missing";
            case MISSING_EVIDENCE -> "whether they are qualified depends on evidence not yet given";
            case NEEDS_REVIEW -> "whether they are qualified depends on the officer's judgment";
            case NOT_ELIGIBLE, NOT_APPLICABLE -> status.name();
        };
        return Findings.of(r, status, summary, figures, t.issues, remedies);
    }

    private static Status category(String who, int[] counts, QualificationStandard std, List<String> remedies) {
        if (counts[Standing.QUALIFIED.ordinal()] > 0) return Status.MET;
        if (counts[Standing.MISSING.ordinal()] > 0) {
            remedies.add("state the missing evidence for the " + who + "s listed");
            return Status.MISSING_EVIDENCE;
        }
        if (counts[Standing.REVIEW.ordinal()] > 0) return Status.NEEDS_REVIEW;
        remedies.add("at least 1 qualified technical " + who + " (" + std.wording() + ")");
        return Status.NOT_MET;
    }

    /**
     * Items 4, 6 and 7: "соответствующему образовательному уровню" names no level or field. We check
     * that managers and specialists are there and what can be measured; the officer judges the rest.
     */
    private static Finding corresponding(Requirement r, Rule.StaffRule rule, Tally t) {
        var figures = figures(rule, t);
        var remedies = new ArrayList<String>();
        var status = Status.NEEDS_REVIEW
                .worst(candidates("manager", t.managers, remedies))
                .worst(candidates("specialist", t.specialists, remedies));
        var summary = switch (status) {
            case NOT_MET -> "the item requires managers and specialists, and a category has none that can count";
            case MISSING_EVIDENCE -> "the managers or specialists listed lack the experience the item asks for";
            default ->
                "the law names no level or field (\"соответствующему образовательному уровню\"): the officer judges whether the "
                        + (t.managers[Standing.QUALIFIED.ordinal()] + t.managers[Standing.REVIEW.ordinal()])
                        + " manager(s) and "
                        + (t.specialists[Standing.QUALIFIED.ordinal()] + t.specialists[Standing.REVIEW.ordinal()])
                        + " specialist(s) correspond to the activity";
        };
        return Findings.of(r, status, summary, figures, t.issues, remedies);
    }

    /** Whether a category has someone the officer can judge: complete rows first, rows missing evidence next. */
    private static Status candidates(String who, int[] counts, List<String> remedies) {
        if (counts[Standing.QUALIFIED.ordinal()] + counts[Standing.REVIEW.ordinal()] > 0) return Status.NEEDS_REVIEW;
        if (counts[Standing.MISSING.ordinal()] > 0) {
            remedies.add("state the experience in the specialty of the " + who + "s listed");
            return Status.MISSING_EVIDENCE;
        }
        remedies.add("list at least 1 " + who + " with education" + (who.equals("manager") ? " and experience" : "")
                + " corresponding to the activity");
        return Status.NOT_MET;
    }

    private static ArrayList<String> figures(Rule.StaffRule rule, Tally t) {
        var f = new ArrayList<String>();
        f.add("managers: " + t.listed(t.managers) + " listed, " + t.managers[Standing.QUALIFIED.ordinal()]
                + " meet the standard (" + rule.managers().wording() + ")");
        f.add("specialists: " + t.listed(t.specialists) + " listed, " + t.specialists[Standing.QUALIFIED.ordinal()]
                + " meet the standard (" + rule.specialists().wording() + ")");
        f.add("workers: " + t.workers + "; category unknown: " + t.unknownRole + "; non-production staff not counted: "
                + t.nonProduction);
        return f;
    }
}
