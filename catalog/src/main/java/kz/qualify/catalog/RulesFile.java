package kz.qualify.catalog;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import kz.qualify.dossier.EducationField;
import kz.qualify.dossier.EducationLevel;
import kz.qualify.dossier.Experience;
import kz.qualify.dossier.LegalForm;
import kz.qualify.law.Act;
import kz.qualify.law.Activity;
import kz.qualify.law.ClauseRef;
import kz.qualify.law.Edition;
import kz.qualify.law.Publication;
import kz.qualify.law.Term;
import kz.qualify.rules.Applicability;
import kz.qualify.rules.Need;
import kz.qualify.rules.Provision;
import kz.qualify.rules.QualificationStandard;
import kz.qualify.rules.QualificationStandard.FieldRequirement;
import kz.qualify.rules.Requirement;
import kz.qualify.rules.Rule;
import org.jspecify.annotations.Nullable;

/**
 * Reads an edition's rules file (YAML) into an {@link Edition}, checking it against the act it
 * encodes: every clause must exist, every quote must be found verbatim in its clause, every code
 * must be in the vocabulary. All problems are collected and reported together, each with its file,
 * line and field.
 */
final class RulesFile {

    private final YamlDocument doc;
    private final Act act;
    private final Map<String, Term> vocabulary = new HashMap<>();

    private RulesFile(YamlDocument doc, Act act) {
        this.doc = doc;
        this.act = act;
    }

    static Edition read(String file, String text, Act act) {
        var reader = new RulesFile(YamlDocument.parse(file, text), act);
        var edition = reader.edition();
        if (!reader.doc.problems.isEmpty() || edition == null) throw new CatalogException(reader.doc.problems);
        return edition;
    }

    private @Nullable Edition edition() {
        var root = doc.root();
        root.allowOnly(Set.of("edition", "vocabulary", "activities", "requirements"));
        for (var t : root.list("vocabulary")) term(t);
        var activities = new ArrayList<Activity>();
        for (var a : root.list("activities")) {
            var activity = activity(a);
            if (activity != null) activities.add(activity);
        }
        var requirements = new ArrayList<Requirement>();
        var ids = new HashSet<String>();
        for (var r : root.list("requirements")) {
            var requirement = requirement(r);
            if (requirement == null) continue;
            if (!ids.add(requirement.id()))
                r.child("id").problem("duplicate requirement id '" + requirement.id() + "'");
            requirements.add(requirement);
        }
        var e = root.child("edition");
        e.allowOnly(Set.of("id", "title", "act", "rulesVersion", "entryIntoForceDays", "enactedBy", "repealedBy"));
        var id = e.text("id");
        var title = e.text("title");
        var actId = e.text("act");
        if (actId != null && !actId.equals(act.id()))
            e.child("act").problem("names act '" + actId + "', but the act loaded is '" + act.id() + "'");
        var rulesVersion = e.text("rulesVersion");
        var days = e.integer("entryIntoForceDays");
        var enacted = publication(e.child("enactedBy"));
        var repealed = e.has("repealedBy") ? publication(e.child("repealedBy")) : null;
        if (id == null || title == null || actId == null || rulesVersion == null || days == null || enacted == null)
            return null;
        LocalDate from = enacted.inForceAfterCalendarDays(days);
        LocalDate until = repealed == null ? null : repealed.inForceAfterCalendarDays(days);
        if (until != null && !until.isAfter(from)) {
            e.child("repealedBy")
                    .problem("the repeal (" + until + ") does not come after the entry into force (" + from + ")");
            return null;
        }
        if (!doc.problems.isEmpty()) return null;
        return new Edition(
                id,
                title,
                actId,
                enacted,
                repealed,
                from,
                until,
                rulesVersion,
                activities,
                Map.copyOf(vocabulary),
                requirements);
    }

    private @Nullable Publication publication(Node n) {
        n.allowOnly(Set.of("act", "publishedOn", "certainty", "source"));
        var actName = n.text("act");
        var date = n.date("publishedOn");
        var certainty = n.enumValue("certainty", Publication.Certainty.class);
        var source = n.text("source");
        if (actName == null || date == null || certainty == null || source == null) return null;
        return new Publication(actName, date, certainty, source);
    }

    private void term(Node n) {
        // a code's names are the glossaries' (term.<code>), in every language
        n.allowOnly(Set.of("code"));
        var code = n.text("code");
        if (code == null) return;
        try {
            if (vocabulary.put(code, new Term(code)) != null) n.child("code").problem("duplicate code '" + code + "'");
        } catch (IllegalArgumentException ex) {
            n.problem(ex.getMessage());
        }
    }

    private @Nullable String code(Node n) {
        var s = n.asText();
        if (s != null && !vocabulary.containsKey(s)) {
            n.problem("unknown code '" + s + "' (not in the vocabulary)");
            return null;
        }
        return s;
    }

    private @Nullable Activity activity(Node n) {
        // its name is the glossaries' (activity.<item>), in every language
        n.allowOnly(Set.of("item", "subActivities", "works", "equipmentKinds"));
        var item = n.integer("item");
        var subs = new ArrayList<Activity.SubActivity>();
        for (var s : n.list("subActivities")) {
            var code = code(s);
            if (code == null) continue;
            int paragraph = code.contains(".a") ? ClauseRef.parse(code).paragraph() : 0;
            subs.add(new Activity.SubActivity(code, paragraph));
        }
        var works = n.strings("works", this::code).stream().map(vocabulary::get).toList();
        var kinds = n.strings("equipmentKinds", this::code).stream()
                .map(vocabulary::get)
                .toList();
        if (item == null) return null;
        if (act.annexItem(item).isEmpty()) n.child("item").problem("the act has no item " + item);
        return new Activity(item, subs, works, kinds);
    }

    private @Nullable Requirement requirement(Node n) {
        n.allowOnly(Set.of("id", "clause", "title", "quote", "interpretation", "applies", "rule", "documents"));
        var id = n.text("id");
        var clauseText = n.text("clause");
        // the English name and reading; every language's, the English included, is the glossaries'
        var title = n.text("title");
        var quote = n.text("quote");
        var interpretation = n.has("interpretation") ? n.text("interpretation") : "";
        ClauseRef clause = null;
        if (clauseText != null) {
            try {
                clause = ClauseRef.parse(clauseText);
            } catch (IllegalArgumentException ex) {
                n.child("clause").problem(ex.getMessage());
            }
        }
        if (clause != null && quote != null) checkQuote(n, clause, quote);
        var applicability = applicability(n.child("applies"));
        var rule = rule(n.child("rule"));
        var documents = n.strings("documents", this::code);
        if (id == null || clause == null || title == null || quote == null || applicability == null || rule == null)
            return null;
        return new Requirement(
                id, clause, title, quote, interpretation == null ? "" : interpretation, applicability, rule, documents);
    }

    /** The quote must be the law's words: found in its clause once white space is folded. */
    private void checkQuote(Node n, ClauseRef clause, String quote) {
        var text = act.text(clause);
        if (text.isEmpty()) {
            n.child("clause").problem("the act has no clause " + clause.id());
            return;
        }
        if (!fold(text.get()).contains(fold(quote))) {
            n.child("quote").problem("not found verbatim in clause " + clause.id() + " of the act");
        }
    }

    static String fold(String s) {
        return s.replaceAll("\\s+", " ").strip();
    }

    private @Nullable Applicability applicability(Node n) {
        if (n.value().isMissingNode()) {
            n.problem("is required (always, subActivityOf, subActivityExcept or workOf)");
            return null;
        }
        if (n.value().isString()) {
            if (n.value().asString().equals("always")) return new Applicability.Always();
            n.problem("must be 'always' or one of subActivityOf, subActivityExcept, workOf");
            return null;
        }
        n.allowOnly(Set.of("subActivityOf", "subActivityExcept", "workOf"));
        if (n.has("subActivityOf"))
            return new Applicability.AnySubActivityOf(Set.copyOf(n.strings("subActivityOf", this::code)));
        if (n.has("subActivityExcept"))
            return new Applicability.AnySubActivityExcept(Set.copyOf(n.strings("subActivityExcept", this::code)));
        if (n.has("workOf")) return new Applicability.AnyWorkOf(Set.copyOf(n.strings("workOf", this::code)));
        n.problem("must name subActivityOf, subActivityExcept or workOf");
        return null;
    }

    private @Nullable Rule rule(Node n) {
        var kind = n.text("kind");
        if (kind == null) return null;
        try {
            return switch (kind) {
                case "legal-form" -> {
                    n.allowOnly(Set.of("kind", "allowed"));
                    var forms = EnumSet.noneOf(LegalForm.class);
                    for (var f : n.list("allowed")) {
                        var s = f.asText();
                        var form = s == null ? null : Node.parseEnum(f, s, LegalForm.class);
                        if (form != null) forms.add(form);
                    }
                    yield new Rule.LegalFormRule(forms);
                }
                case "provision" -> {
                    n.allowOnly(Set.of("kind", "needs"));
                    var needs = new ArrayList<Need>();
                    for (var need : n.list("needs")) {
                        var parsed = need(need);
                        if (parsed != null) needs.add(parsed);
                    }
                    yield needs.isEmpty()
                            ? invalid(n, "a provision rule needs at least one need")
                            : new Rule.ProvisionRule(needs);
                }
                case "staff" -> {
                    n.allowOnly(Set.of("kind", "managers", "specialists", "minSharePercent"));
                    var managers = standard(n.child("managers"));
                    var specialists = standard(n.child("specialists"));
                    var share = n.optInteger("minSharePercent");
                    yield managers == null || specialists == null
                            ? null
                            : new Rule.StaffRule(managers, specialists, share);
                }
                case "working-capital" -> {
                    n.allowOnly(Set.of("kind", "minMrp", "certificate"));
                    var min = n.integer("minMrp");
                    var cert = code(n.child("certificate"));
                    yield min == null || cert == null ? null : new Rule.WorkingCapitalRule(min, cert);
                }
                case "equipment-scope" -> {
                    n.allowOnly(Set.of(
                            "kind",
                            "listedKinds",
                            "boilerKinds",
                            "pressureKinds",
                            "pressureAboveKgfCm2",
                            "boilerTemperatureAboveC"));
                    var pressure = n.decimal("pressureAboveKgfCm2");
                    var temperature = n.decimal("boilerTemperatureAboveC");
                    yield pressure == null || temperature == null
                            ? null
                            : new Rule.EquipmentScopeRule(
                                    Set.copyOf(n.strings("listedKinds", this::code)),
                                    Set.copyOf(n.strings("boilerKinds", this::code)),
                                    Set.copyOf(n.strings("pressureKinds", this::code)),
                                    pressure,
                                    temperature);
                }
                default ->
                    invalid(
                            n.child("kind"),
                            "unknown rule kind '" + kind
                                    + "'; expected legal-form, provision, staff, working-capital or equipment-scope");
            };
        } catch (IllegalArgumentException ex) {
            n.problem(ex.getMessage());
            return null;
        }
    }

    private static @Nullable Rule invalid(Node n, String message) {
        n.problem(message);
        return null;
    }

    private @Nullable Need need(Node n) {
        n.allowOnly(Set.of("label", "anyOf", "absence"));
        var label = n.text("label");
        var alternatives = new ArrayList<Provision>();
        var listed = n.list("anyOf");
        for (var alt : listed) {
            var p = provision(alt);
            if (p != null) alternatives.add(p);
        }
        var absence = Need.Absence.NOT_MET;
        if (n.has("absence")) {
            var a = n.text("absence");
            if ("review".equals(a)) absence = Need.Absence.NEEDS_REVIEW;
            else if (!"not-met".equals(a)) n.child("absence").problem("must be 'review' or 'not-met'");
        }
        if (label == null) return null;
        if (listed.isEmpty()) n.child("anyOf").problem("needs at least one alternative");
        if (alternatives.isEmpty()) return null; // the broken alternatives are reported already
        return new Need(label, alternatives, absence);
    }

    private @Nullable Provision provision(Node n) {
        n.allowOnly(Set.of(
                "asset",
                "service",
                "programme",
                "contract",
                "permit",
                "document",
                "onSchedule",
                "protocolOfIntent",
                "backupSupply",
                "certifiedByHead"));
        if (n.has("asset")) return with(code(n.child("asset")), Provision.Asset::new);
        if (n.has("service")) return with(code(n.child("service")), Provision.Service::new);
        if (n.has("permit")) return with(code(n.child("permit")), Provision.Permit::new);
        if (n.has("programme")) {
            var onSchedule = n.bool("onSchedule", false);
            return with(code(n.child("programme")), c -> new Provision.Programme(c, onSchedule));
        }
        if (n.has("contract")) {
            var poi = n.bool("protocolOfIntent", false);
            var backup = n.bool("backupSupply", false);
            return with(code(n.child("contract")), c -> new Provision.Contract(c, poi, backup));
        }
        if (n.has("document")) {
            var certified = n.bool("certifiedByHead", false);
            return with(code(n.child("document")), c -> new Provision.Document(c, certified));
        }
        n.problem("must name one of asset, service, programme, contract, permit, document");
        return null;
    }

    private static @Nullable Provision with(
            @Nullable String code, java.util.function.Function<String, Provision> make) {
        return code == null ? null : make.apply(code);
    }

    private @Nullable QualificationStandard standard(Node n) {
        if (n.value().isMissingNode()) {
            n.problem("is required");
            return null;
        }
        n.allowOnly(Set.of("minLevel", "field", "minExperienceMonths", "experienceRequired", "wording"));
        var level = n.has("minLevel") ? n.enumValue("minLevel", EducationLevel.class) : null;
        var field = field(n.child("field"));
        var months = n.optInteger("minExperienceMonths");
        var required = n.bool("experienceRequired", months != null);
        var wording = n.text("wording");
        if (field == null || wording == null) return null;
        try {
            return new QualificationStandard(
                    level, field, months == null ? null : new Experience(months), required, wording);
        } catch (IllegalArgumentException ex) {
            n.problem(ex.getMessage());
            return null;
        }
    }

    private @Nullable FieldRequirement field(Node n) {
        if (n.value().isString()) {
            return switch (n.value().asString()) {
                case "any" -> new FieldRequirement.AnyField();
                case "technical" -> new FieldRequirement.Technical();
                case "corresponding" -> new FieldRequirement.Corresponding();
                default -> {
                    n.problem("must be any, technical, corresponding or {sphere: [...], review: [...]}");
                    yield null;
                }
            };
        }
        if (!n.has("sphere")) {
            n.problem(
                    n.value().isMissingNode()
                            ? "is required"
                            : "must be any, technical, corresponding or {sphere: [...]}");
            return null;
        }
        n.allowOnly(Set.of("sphere", "review"));
        var accepted = fields(n, "sphere");
        var review = fields(n, "review");
        if (accepted.isEmpty()) {
            n.child("sphere").problem("names no field");
            return null;
        }
        return new FieldRequirement.Sphere(accepted, review);
    }

    private static Set<EducationField> fields(Node n, String name) {
        var out = EnumSet.noneOf(EducationField.class);
        for (var f : n.list(name)) {
            var s = f.asText();
            var field = s == null ? null : Node.parseEnum(f, s, EducationField.class);
            if (field != null) out.add(field);
        }
        return out;
    }

    /** For tests: the problems a broken file produces, without throwing. */
    static List<String> problems(String file, String text, Act act) {
        try {
            read(file, text, act);
            return List.of();
        } catch (CatalogException e) {
            return e.problems();
        }
    }
}
