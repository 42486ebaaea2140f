package kz.qualify.formats;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import kz.qualify.dossier.Applicant;
import kz.qualify.dossier.Asset;
import kz.qualify.dossier.Contract;
import kz.qualify.dossier.Document;
import kz.qualify.dossier.Dossier;
import kz.qualify.dossier.Education;
import kz.qualify.dossier.EducationField;
import kz.qualify.dossier.EducationLevel;
import kz.qualify.dossier.EquipmentUnit;
import kz.qualify.dossier.Experience;
import kz.qualify.dossier.LegalBasis;
import kz.qualify.dossier.LegalForm;
import kz.qualify.dossier.OrderRef;
import kz.qualify.dossier.Permit;
import kz.qualify.dossier.Programme;
import kz.qualify.dossier.Role;
import kz.qualify.dossier.ServiceUnit;
import kz.qualify.dossier.StaffMember;
import kz.qualify.dossier.TaxId;
import kz.qualify.dossier.WorkingCapital;
import kz.qualify.formats.Vocabulary.CodeList;
import kz.qualify.law.Money;
import kz.qualify.message.Arg;
import kz.qualify.message.Message;
import org.jspecify.annotations.Nullable;

/**
 * One reading of one dossier tree: walks it by hand, so every problem gets its exact path and the
 * reading goes on after it, and builds the model only when nothing was wrong. Not thread-safe: one
 * instance per document. Paths are built only for problems and array elements, which keeps the
 * fast path cheap.
 */
final class DossierReader {

    static final Set<String> DOSSIER = Set.of(
            "applicant",
            "activity",
            "subActivities",
            "works",
            "equipment",
            "staff",
            "assets",
            "services",
            "programmes",
            "contracts",
            "permits",
            "workingCapital",
            "documents");
    static final Set<String> APPLICANT = Set.of("legalForm", "bin", "iin", "name", "address", "head");
    static final Set<String> HEAD = Set.of("fullName", "position");
    static final Set<String> EQUIPMENT = Set.of(
            "ref", "kind", "description", "workingPressureKgfCm2", "coolantTemperatureC", "singleTechnologicalProcess");
    static final Set<String> STAFF = Set.of(
            "ref", "fullName", "position", "role", "production", "education", "experienceMonths", "experienceYears");
    static final Set<String> EDUCATION = Set.of("level", "field", "specialty", "specialtyCode");
    static final Set<String> ASSET = Set.of("ref", "category", "description", "legalBasis", "titleDocument");
    static final Set<String> SERVICE = Set.of("ref", "function", "name", "order");
    static final Set<String> ORDER = Set.of("number", "date", "document");
    static final Set<String> PROGRAMME =
            Set.of("ref", "kind", "title", "approvedOn", "approvedBy", "onSchedule", "document");
    static final Set<String> CONTRACT = Set.of(
            "ref",
            "kind",
            "counterparty",
            "number",
            "date",
            "validUntil",
            "protocolOfIntent",
            "backupSupply",
            "document");
    static final Set<String> PERMIT = Set.of("ref", "kind", "number", "issuedOn", "validUntil", "document");
    static final Set<String> WORKING_CAPITAL = Set.of("amount", "bank", "certificateDate", "certificateDocument");
    static final Set<String> DOCUMENT = Set.of("id", "kind", "title", "date", "signedBy", "sealed", "sha256");

    /** The names allowed in each kind of object, all of them: the field names of the format. */
    static final List<Set<String>> OBJECTS = List.of(
            DOSSIER,
            APPLICANT,
            HEAD,
            EQUIPMENT,
            STAFF,
            EDUCATION,
            ASSET,
            SERVICE,
            ORDER,
            PROGRAMME,
            CONTRACT,
            PERMIT,
            WORKING_CAPITAL,
            DOCUMENT);

    /**
     * The bits ({@link Utf8Json#bits}) of each kind of object's names: an object the parser found
     * to hold only known names is then checked with one mask rather than a set lookup per field.
     * A holder class: worked out on first use, once both classes are initialised.
     */
    private static final class Bits {
        static final long DOSSIER = Utf8Json.bits(DossierReader.DOSSIER);
        static final long APPLICANT = Utf8Json.bits(DossierReader.APPLICANT);
        static final long HEAD = Utf8Json.bits(DossierReader.HEAD);
        static final long EQUIPMENT = Utf8Json.bits(DossierReader.EQUIPMENT);
        static final long STAFF = Utf8Json.bits(DossierReader.STAFF);
        static final long EDUCATION = Utf8Json.bits(DossierReader.EDUCATION);
        static final long ASSET = Utf8Json.bits(DossierReader.ASSET);
        static final long SERVICE = Utf8Json.bits(DossierReader.SERVICE);
        static final long ORDER = Utf8Json.bits(DossierReader.ORDER);
        static final long PROGRAMME = Utf8Json.bits(DossierReader.PROGRAMME);
        static final long CONTRACT = Utf8Json.bits(DossierReader.CONTRACT);
        static final long PERMIT = Utf8Json.bits(DossierReader.PERMIT);
        static final long WORKING_CAPITAL = Utf8Json.bits(DossierReader.WORKING_CAPITAL);
        static final long DOCUMENT = Utf8Json.bits(DossierReader.DOCUMENT);
    }

    /** Money above this many whole digits (10^15 ₸) is a typo, and would cost a lot to scale. */
    private static final int MAX_MONEY_DIGITS = 15;
    /** Pressure and temperature: at most 7 whole digits and 6 decimals. */
    private static final int MAX_MEASURE_DIGITS = 7;

    private static final int MAX_DECIMAL_SCALE = 6;

    /** Units of measure, after a value ({@code problem.unit.*}); the years' words agree with the number. */
    private enum Unit {
        PRESSURE,
        CELSIUS,
        YEARS;

        Arg after(BigDecimal value) {
            return Arg.message(
                    "unit",
                    switch (this) {
                        case PRESSURE -> Message.of("problem.unit.pressure");
                        case CELSIUS -> Message.of("problem.unit.celsius");
                        case YEARS -> Message.of("problem.unit.years", Arg.decimal("n", value));
                    });
        }
    }

    /** Each enum's constants by name (getEnumConstants copies its array on every call). */
    private static final ClassValue<Map<String, Enum<?>>> ENUMS = new ClassValue<>() {
        @Override
        protected Map<String, Enum<?>> computeValue(Class<?> type) {
            var byName = new HashMap<String, Enum<?>>();
            for (var constant : type.getEnumConstants()) byName.put(((Enum<?>) constant).name(), (Enum<?>) constant);
            return Map.copyOf(byName);
        }
    };

    private final Vocabulary vocabulary;
    private final DossierJson.Limits limits;
    private final List<Problem> problems = new ArrayList<>();
    /** Every problem found, listed or not: the parts of the reader test this, never the list's size. */
    private int found;
    /** Document ids pointed at, checked once all documents are read: path → id. */
    private final List<String[]> documentRefs = new ArrayList<>();

    DossierReader(Vocabulary vocabulary, DossierJson.Limits limits) {
        this.vocabulary = vocabulary;
        this.limits = limits;
    }

    DossierJson.Result read(Json root) {
        var dossier = obj(root, "$", DOSSIER, Bits.DOSSIER);
        if (dossier == null) return invalid();

        var applicant = applicant(dossier.required("applicant"), "$.applicant");
        Integer activity = activity(dossier);
        var activityCodes = activity == null ? null : vocabulary.activity(activity);

        var subActivities = subActivities(dossier, activity, activityCodes);
        var works = works(dossier, activity, activityCodes);
        var equipment = list(dossier, "equipment", (n, p) -> equipmentUnit(n, p, activity, activityCodes));
        if (!equipment.isEmpty()
                && activityCodes != null
                && activityCodes.equipmentKinds().isEmpty()) {
            problem(
                    "$.equipment",
                    Message.of(
                            "problem.equipment.notForActivity",
                            activitiesWith(Vocabulary.ActivityCodes::equipmentKinds),
                            Arg.count("activity", activity)));
        }
        var staff = staff(dossier);
        var assets = list(dossier, "assets", this::asset);
        var services = list(dossier, "services", this::service);
        var programmes = list(dossier, "programmes", this::programme);
        var contracts = list(dossier, "contracts", this::contract);
        var permits = list(dossier, "permits", this::permit);
        var capitalNode = dossier.optional("workingCapital");
        var workingCapital = capitalNode == null ? null : workingCapital(capitalNode, "$.workingCapital");
        var documents = list(dossier, "documents", this::document);

        unique(equipment, EquipmentUnit::ref, "$.equipment", "ref");
        unique(staff, StaffMember::ref, "$.staff", "ref");
        unique(assets, Asset::ref, "$.assets", "ref");
        unique(services, ServiceUnit::ref, "$.services", "ref");
        unique(programmes, Programme::ref, "$.programmes", "ref");
        unique(contracts, Contract::ref, "$.contracts", "ref");
        unique(permits, Permit::ref, "$.permits", "ref");
        var ids = unique(documents, Document::id, "$.documents", "id");
        for (var ref : documentRefs) {
            if (!ids.contains(ref[1])) {
                problem(
                        ref[0],
                        Message.of(
                                "problem.document.unknown",
                                Arg.text("id", ref[1]),
                                ids.isEmpty()
                                        ? Arg.message("hint", Message.of("problem.document.empty"))
                                        : hint(Suggestion.nearest(ref[1], ids))));
            }
        }

        if (found > 0) return invalid();
        return new DossierJson.Result.Valid(new Dossier(
                applicant,
                activity,
                subActivities,
                works,
                values(equipment),
                values(staff),
                values(assets),
                values(services),
                values(programmes),
                values(contracts),
                values(permits),
                workingCapital,
                values(documents)));
    }

    // ---------------------------------------------------------------- the parts

    private @Nullable Applicant applicant(@Nullable Json node, String path) {
        if (node == null) return null;
        var o = obj(node, path, APPLICANT, Bits.APPLICANT);
        if (o == null) return null;
        int before = found;
        var form = o.enumValue("legalForm", LegalForm.class, true);
        var bin = o.node("bin");
        var iin = o.node("iin");
        String id = null;
        if (bin != null && iin != null) {
            problem(path, Message.of("problem.taxId.both"));
        } else if (bin == null && iin == null) {
            problem(path + ".bin", Message.of("problem.taxId.required"));
        } else if (iin != null) {
            id = o.string("iin", true);
            if (id != null && form != null && form != LegalForm.INDIVIDUAL_ENTREPRENEUR) {
                // the form as the dossier wrote it (a code the applicant typed)
                problem(path + ".iin", Message.of("problem.iin.notEntrepreneur", Arg.text("form", form.name())));
                id = null;
            } else if (id != null) {
                id = taxId(id, path + ".iin");
            }
        } else {
            id = o.string("bin", true);
            if (id != null) id = taxId(id, path + ".bin");
        }
        var name = o.string("name", true);
        var address = o.string("address", false);
        var headNode = o.optional("head");
        var head = headNode == null ? null : head(headNode, path + ".head");
        if (found > before) return null;
        return new Applicant(form, new TaxId(id), name, address, head);
    }

    /** The head of the applicant: optional as a whole, but a head is named with both name and position. */
    private Applicant.@Nullable Head head(Json node, String path) {
        var o = obj(node, path, HEAD, Bits.HEAD);
        if (o == null) return null;
        int before = found;
        var fullName = o.string("fullName", true);
        var position = o.string("position", true);
        if (found > before) return null;
        return new Applicant.Head(fullName, position);
    }

    private @Nullable String taxId(String value, String path) {
        var problem = TaxId.problem(value);
        if (problem == null) return value;
        problem(path, problem);
        return null;
    }

    private @Nullable Integer activity(Obj dossier) {
        var value = dossier.integer("activity", true);
        if (value == null) return null;
        if (vocabulary.activity(value) == null) {
            var known = vocabulary.activityItems().stream()
                    .map(i -> (Arg) Arg.count("item", i))
                    .toList();
            problem(
                    "$.activity",
                    Message.of(
                            "problem.activity.unknown",
                            Arg.count("activity", value),
                            Arg.items("known", "list.comma", known)));
            return null;
        }
        return value;
    }

    private Set<String> subActivities(
            Obj dossier, @Nullable Integer activity, Vocabulary.@Nullable ActivityCodes codes) {
        var declared = codes(dossier, "subActivities");
        var result = new LinkedHashSet<String>();
        for (var e : declared.entrySet()) {
            var code = e.getValue();
            var path = e.getKey();
            if (codes == null) {
                if (!vocabulary.contains(CodeList.SUB_ACTIVITY, code)) {
                    problem(
                            path,
                            vocabulary.unknown(CodeList.SUB_ACTIVITY, code, vocabulary.codes(CodeList.SUB_ACTIVITY)));
                }
            } else if (!codes.subActivities().contains(code)) {
                var owners = vocabulary.activitiesWithSubActivity(code);
                if (codes.subActivities().isEmpty()) {
                    problem(
                            path,
                            Message.of(
                                    "problem.subActivity.noneInActivity",
                                    Arg.count("activity", activity),
                                    Arg.text("code", code),
                                    // "none" selects the words for a code that is no sub-activity anywhere
                                    Arg.text("owner", owners.isEmpty() ? "none" : String.valueOf(owners.getFirst()))));
                } else if (!owners.isEmpty()) {
                    problem(
                            path,
                            Message.of(
                                    "problem.subActivity.otherActivity",
                                    Arg.text("code", code),
                                    Arg.count("owner", owners.getFirst()),
                                    Arg.count("activity", activity)));
                } else {
                    problem(path, vocabulary.unknown(CodeList.SUB_ACTIVITY, code, codes.subActivities()));
                }
            }
            result.add(code);
        }
        return result;
    }

    private Set<String> works(Obj dossier, @Nullable Integer activity, Vocabulary.@Nullable ActivityCodes codes) {
        var declared = codes(dossier, "works");
        if (!declared.isEmpty() && codes != null && codes.works().isEmpty()) {
            problem(
                    "$.works",
                    Message.of(
                            "problem.works.notForActivity",
                            activitiesWith(Vocabulary.ActivityCodes::works),
                            Arg.count("activity", activity)));
            return Set.copyOf(declared.values());
        }
        var known = codes == null ? vocabulary.codes(CodeList.WORK) : codes.works();
        for (var e : declared.entrySet()) {
            if (!known.contains(e.getValue()))
                problem(e.getKey(), vocabulary.unknown(CodeList.WORK, e.getValue(), known));
        }
        return new LinkedHashSet<>(declared.values());
    }

    /** An array of codes, path → code, each a non-blank string listed once. */
    private Map<String, String> codes(Obj dossier, String field) {
        var array = dossier.array(field);
        var result = new java.util.LinkedHashMap<String, String>();
        if (array == null) return result;
        var seen = new HashMap<String, Integer>();
        for (int i = 0; i < array.size(); i++) {
            var path = "$." + field + "[" + i + "]";
            var value = string(array.get(i), path);
            if (value == null) continue;
            var first = seen.putIfAbsent(value, i);
            if (first != null) {
                problem(
                        path,
                        Message.of(
                                "problem.code.twice",
                                Arg.text("code", value),
                                Arg.text("field", field),
                                Arg.count("first", first)));
                continue;
            }
            result.put(path, value);
        }
        return result;
    }

    /** The activities that declare something ("activity 4", "activities 3, 4"), as the argument {@code only}. */
    private Arg activitiesWith(java.util.function.Function<Vocabulary.ActivityCodes, Set<String>> what) {
        var items = new ArrayList<Arg>();
        for (var item : vocabulary.activityItems()) {
            var codes = vocabulary.activity(item);
            if (codes != null && !what.apply(codes).isEmpty()) items.add(Arg.count("item", item));
        }
        return Arg.message(
                "only",
                Message.of(
                        "problem.activities",
                        Arg.choice("several", items.size() > 1),
                        Arg.items("items", "list.comma", items)));
    }

    private @Nullable EquipmentUnit equipmentUnit(
            Json node, String path, @Nullable Integer activity, Vocabulary.@Nullable ActivityCodes codes) {
        var o = obj(node, path, EQUIPMENT, Bits.EQUIPMENT);
        if (o == null) return null;
        int before = found;
        var ref = o.string("ref", true);
        var known = codes == null || codes.equipmentKinds().isEmpty()
                ? vocabulary.codes(CodeList.EQUIPMENT_KIND)
                : codes.equipmentKinds();
        var kind = o.code("kind", CodeList.EQUIPMENT_KIND, known);
        var description = o.string("description", true);
        var pressure = o.decimal("workingPressureKgfCm2", false, false, MAX_MEASURE_DIGITS, Unit.PRESSURE);
        var temperature = o.decimal("coolantTemperatureC", false, true, MAX_MEASURE_DIGITS, Unit.CELSIUS);
        var single = o.bool("singleTechnologicalProcess", false);
        if (found > before) return null;
        return new EquipmentUnit(ref, kind, description, pressure, temperature, single);
    }

    private List<@Nullable StaffMember> staff(Obj dossier) {
        var array = dossier.array("staff");
        if (array == null) return List.of();
        if (array.size() > limits.maxStaff()) {
            problem(
                    "$.staff",
                    Message.of(
                            "problem.staff.tooMany",
                            Arg.count("rows", array.size()),
                            Arg.count("limit", limits.maxStaff())));
            return List.of();
        }
        var result = new ArrayList<@Nullable StaffMember>(array.size());
        for (int i = 0; i < array.size(); i++) result.add(staffMember(array.get(i), "$.staff[" + i + "]", i));
        return result;
    }

    private @Nullable StaffMember staffMember(Json node, String path, int index) {
        var o = obj(node, path, STAFF, Bits.STAFF);
        if (o == null) return null;
        int before = found;
        var ref = o.node("ref") == null ? "staff[" + index + "]" : o.string("ref", true);
        var fullName = o.string("fullName", true);
        var position = o.string("position", true);
        var role = o.enumValue("role", Role.class, true);
        var production = o.bool("production", true);
        var educationNode = o.required("education");
        var education = educationNode == null ? null : education(educationNode, path + ".education");
        var experience = experience(o, path);
        if (found > before) return null;
        return new StaffMember(ref, fullName, position, role, production, education, experience);
    }

    private @Nullable Education education(Json node, String path) {
        var o = obj(node, path, EDUCATION, Bits.EDUCATION);
        if (o == null) return null;
        int before = found;
        var level = o.enumValue("level", EducationLevel.class, true);
        var field = o.enumValue("field", EducationField.class, true);
        var specialty = o.string("specialty", false);
        var code = o.string("specialtyCode", false);
        if (found > before) return null;
        return new Education(level, field, specialty, code);
    }

    private @Nullable Experience experience(Obj o, String path) {
        var months = o.node("experienceMonths");
        var years = o.node("experienceYears");
        if (months != null && years != null) {
            problem(path, Message.of("problem.experience.both"));
            return null;
        }
        if (months != null) {
            var value = o.integer("experienceMonths", false);
            if (value == null) return null;
            if (value < 0 || value > Experience.MAX_MONTHS) {
                problem(
                        path + ".experienceMonths",
                        Message.of(
                                "problem.experience.months",
                                Arg.count("months", value),
                                Arg.count("max", Experience.MAX_MONTHS)));
                return null;
            }
            return new Experience(value);
        }
        if (years != null) {
            var value = o.decimal("experienceYears", false, true, 4, Unit.YEARS);
            if (value == null) return null;
            var max = BigDecimal.valueOf(Experience.MAX_MONTHS / 12);
            if (value.signum() < 0 || value.compareTo(max) > 0) {
                problem(
                        path + ".experienceYears",
                        Message.of(
                                "problem.experience.years",
                                Arg.decimal("years", value),
                                Arg.count("max", max.longValueExact()),
                                Arg.count("months", Experience.MAX_MONTHS)));
                return null;
            }
            return Experience.ofDecimalYears(value);
        }
        return null;
    }

    private @Nullable Asset asset(Json node, String path) {
        var o = obj(node, path, ASSET, Bits.ASSET);
        if (o == null) return null;
        int before = found;
        var ref = o.string("ref", true);
        var category = o.code("category", CodeList.ASSET_CATEGORY, vocabulary.codes(CodeList.ASSET_CATEGORY));
        var description = o.string("description", true);
        var basis = o.enumValue("legalBasis", LegalBasis.class, false);
        var title = o.documentRef("titleDocument");
        if (found > before) return null;
        return new Asset(ref, category, description, basis, title);
    }

    private @Nullable ServiceUnit service(Json node, String path) {
        var o = obj(node, path, SERVICE, Bits.SERVICE);
        if (o == null) return null;
        int before = found;
        var ref = o.string("ref", true);
        var function = o.code("function", CodeList.SERVICE_FUNCTION, vocabulary.codes(CodeList.SERVICE_FUNCTION));
        var name = o.string("name", true);
        var orderNode = o.optional("order");
        OrderRef order = null;
        if (orderNode != null) {
            var on = obj(orderNode, path + ".order", ORDER, Bits.ORDER);
            if (on != null) {
                var number = on.string("number", true);
                var date = on.date("date", true);
                var document = on.documentRef("document");
                if (number != null && date != null) order = new OrderRef(number, date, document);
            }
        }
        if (found > before) return null;
        return new ServiceUnit(ref, function, name, order);
    }

    private @Nullable Programme programme(Json node, String path) {
        var o = obj(node, path, PROGRAMME, Bits.PROGRAMME);
        if (o == null) return null;
        int before = found;
        var ref = o.string("ref", true);
        var kind = o.code("kind", CodeList.PROGRAMME_KIND, vocabulary.codes(CodeList.PROGRAMME_KIND));
        var title = o.string("title", true);
        var approvedOn = o.date("approvedOn", false);
        var approvedBy = o.string("approvedBy", false);
        var onSchedule = o.optionalBool("onSchedule");
        var document = o.documentRef("document");
        if (found > before) return null;
        return new Programme(ref, kind, title, approvedOn, approvedBy, onSchedule, document);
    }

    private @Nullable Contract contract(Json node, String path) {
        var o = obj(node, path, CONTRACT, Bits.CONTRACT);
        if (o == null) return null;
        int before = found;
        var ref = o.string("ref", true);
        var kind = o.code("kind", CodeList.CONTRACT_KIND, vocabulary.codes(CodeList.CONTRACT_KIND));
        var counterparty = o.string("counterparty", true);
        var number = o.string("number", false);
        var date = o.date("date", false);
        var validUntil = o.date("validUntil", false);
        var protocol = o.bool("protocolOfIntent", false);
        var backup = o.optionalBool("backupSupply");
        var document = o.documentRef("document");
        if (found > before) return null;
        return new Contract(ref, kind, counterparty, number, date, validUntil, protocol, backup, document);
    }

    private @Nullable Permit permit(Json node, String path) {
        var o = obj(node, path, PERMIT, Bits.PERMIT);
        if (o == null) return null;
        int before = found;
        var ref = o.string("ref", true);
        var kind = o.code("kind", CodeList.PERMIT_KIND, vocabulary.codes(CodeList.PERMIT_KIND));
        var number = o.string("number", true);
        var issuedOn = o.date("issuedOn", false);
        var validUntil = o.date("validUntil", false);
        var document = o.documentRef("document");
        if (found > before) return null;
        return new Permit(ref, kind, number, issuedOn, validUntil, document);
    }

    private @Nullable WorkingCapital workingCapital(Json node, String path) {
        var o = obj(node, path, WORKING_CAPITAL, Bits.WORKING_CAPITAL);
        if (o == null) return null;
        int before = found;
        var amount = o.money("amount");
        var bank = o.string("bank", false);
        var date = o.date("certificateDate", false);
        var document = o.documentRef("certificateDocument");
        if (found > before) return null;
        return new WorkingCapital(amount, bank, date, document);
    }

    private @Nullable Document document(Json node, String path) {
        var o = obj(node, path, DOCUMENT, Bits.DOCUMENT);
        if (o == null) return null;
        int before = found;
        var id = o.string("id", true);
        var kind = o.code("kind", CodeList.DOCUMENT_KIND, vocabulary.codes(CodeList.DOCUMENT_KIND));
        var title = o.string("title", true);
        var date = o.date("date", false);
        var signedBy = o.enumValue("signedBy", Document.Signatory.class, false);
        var sealed = o.bool("sealed", false);
        var sha256 = o.string("sha256", false);
        if (sha256 != null && !isSha256(sha256)) {
            problem(path + ".sha256", Message.of("problem.sha256", Arg.text("value", abbreviate(sha256))));
        }
        if (found > before) return null;
        return new Document(id, kind, title, date, signedBy, sealed, sha256);
    }

    // ---------------------------------------------------------------- lists and identity

    @FunctionalInterface
    private interface Element<T> {
        @Nullable
        T read(Json node, String path);
    }

    /** An optional array of objects; an element that fails stays a null so indexes keep their meaning. */
    private <T> List<@Nullable T> list(Obj dossier, String field, Element<T> element) {
        var array = dossier.array(field);
        if (array == null || array.isEmpty()) return List.of();
        var result = new ArrayList<@Nullable T>(array.size());
        for (int i = 0; i < array.size(); i++) result.add(element.read(array.get(i), "$." + field + "[" + i + "]"));
        return result;
    }

    /** Reports repeated keys; returns the set of keys. */
    private <T> Set<String> unique(
            List<@Nullable T> items, java.util.function.Function<T, String> key, String path, String field) {
        var seen = new HashMap<String, Integer>(items.size() * 2);
        for (int i = 0; i < items.size(); i++) {
            var item = items.get(i);
            if (item == null) continue;
            var k = key.apply(item);
            var first = seen.putIfAbsent(k, i);
            if (first != null) {
                problem(
                        path + "[" + i + "]." + field,
                        Message.of(
                                "problem.duplicate",
                                Arg.text("field", field),
                                Arg.text("value", k),
                                Arg.text("path", path),
                                Arg.count("first", first)));
            }
        }
        return seen.keySet();
    }

    private static <T> List<T> values(List<@Nullable T> items) {
        var result = new ArrayList<T>(items.size());
        for (var item : items) result.add(java.util.Objects.requireNonNull(item));
        return result;
    }

    // ---------------------------------------------------------------- values

    private void problem(String path, Message message) {
        // The first LISTED only: a small input full of mistakes (0.3 MB of unknown fields) once made
        // a 40 MB answer in the service and 94 MB on the CLI's stderr (issue 10). The rest are counted.
        if (found++ < DossierJson.LISTED_PROBLEMS) problems.add(new Problem(path, message));
    }

    /** The problems listed, and when there were more, one last line saying how many more. */
    private DossierJson.Result invalid() {
        var listed = new ArrayList<>(problems);
        int more = found - problems.size();
        if (more > 0) {
            listed.add(new Problem(
                    "$",
                    Message.of(
                            "problem.more",
                            Arg.count("more", more),
                            Arg.count("listed", DossierJson.LISTED_PROBLEMS))));
        }
        return new DossierJson.Result.Invalid(listed);
    }

    /** What a value of the wrong kind was ("an array"), as the argument {@code was}. */
    private static Arg was(Json value) {
        return Arg.message("was", value.describe());
    }

    private @Nullable Obj obj(Json value, String path, Set<String> fields, long bits) {
        if (!(value instanceof Json.Obj node)) {
            problem(path, Message.of("problem.type.object", was(value)));
            return null;
        }
        if (node.onlyNamesIn(bits)) return new Obj(node, path);
        for (int i = 0; i < node.size(); i++) {
            var name = node.name(i);
            if (!fields.contains(name)) {
                var nearest = Suggestion.nearest(name, fields);
                var allowed = String.join(", ", new TreeSet<>(fields));
                problem(
                        path + member(name),
                        Message.of(
                                "problem.field.unknown",
                                Arg.text("name", name),
                                hint(nearest),
                                Arg.text("allowed", allowed)));
            }
        }
        return new Obj(node, path);
    }

    private @Nullable String string(Json node, String path) {
        if (!(node instanceof Json.Str(var value))) {
            problem(path, Message.of("problem.type.string", was(node)));
            return null;
        }
        if (blank(value)) {
            problem(path, BLANK);
            return null;
        }
        return value;
    }

    /** One object being read, with its path. */
    private final class Obj {
        final Json.Obj node;
        final String path;

        Obj(Json.Obj node, String path) {
            this.node = node;
            this.path = path;
        }

        String at(String field) {
            return path + "." + field;
        }

        /** The field's value, or null when it is absent or JSON null (an optional field may be either). */
        @Nullable
        Json node(String field) {
            var n = node.get(field);
            return n == Json.Null.NULL ? null : n;
        }

        @Nullable
        Json optional(String field) {
            return node(field);
        }

        @Nullable
        Json required(String field) {
            var n = node.get(field);
            if (n == null) {
                problem(at(field), REQUIRED);
                return null;
            }
            if (n == Json.Null.NULL) {
                problem(at(field), REQUIRED_NOT_NULL);
                return null;
            }
            return n;
        }

        @Nullable
        String string(String field, boolean required) {
            var n = required ? required(field) : node(field);
            if (n == null) return null;
            if (n instanceof Json.Str(var value) && !blank(value)) return value; // no path unless a problem
            return DossierReader.this.string(n, at(field));
        }

        @Nullable
        String code(String field, CodeList list, Set<String> known) {
            var value = string(field, true);
            if (value == null) return null;
            if (!known.contains(value)) {
                problem(at(field), vocabulary.unknown(list, value, known));
                return null;
            }
            return value;
        }

        @Nullable
        String documentRef(String field) {
            var value = string(field, false);
            if (value != null) documentRefs.add(new String[] {at(field), value});
            return value;
        }

        @Nullable
        Integer integer(String field, boolean required) {
            var n = required ? required(field) : node(field);
            if (n == null) return null;
            if (!(n instanceof Json.Num number)) {
                problem(at(field), Message.of("problem.type.integer", was(n)));
                return null;
            }
            var value = number.intValue();
            if (value == null) {
                problem(at(field), Message.of("problem.type.integerValue", Arg.text("text", number.text())));
            }
            return value;
        }

        boolean bool(String field, boolean otherwise) {
            var value = optionalBool(field);
            return value == null ? otherwise : value;
        }

        @Nullable
        Boolean optionalBool(String field) {
            var n = node(field);
            if (n == null) return null;
            if (!(n instanceof Json.Bool b)) {
                problem(at(field), Message.of("problem.type.boolean", was(n)));
                return null;
            }
            return b.value();
        }

        @Nullable
        LocalDate date(String field, boolean required) {
            var value = string(field, required);
            if (value == null) return null;
            if (!isIsoDate(value)) {
                problem(at(field), Message.of("problem.date.format", Arg.text("value", abbreviate(value))));
                return null;
            }
            try {
                return LocalDate.of(
                        Integer.parseInt(value, 0, 4, 10),
                        Integer.parseInt(value, 5, 7, 10),
                        Integer.parseInt(value, 8, 10, 10));
            } catch (DateTimeException e) {
                problem(at(field), Message.of("problem.date.notCalendar", Arg.text("value", value)));
                return null;
            }
        }

        /** A constant of {@code type} by its name; the message for another value names the type by its simple name. */
        <E extends Enum<E>> @Nullable E enumValue(String field, Class<E> type, boolean required) {
            var value = string(field, required);
            if (value == null) return null;
            var constant = ENUMS.get(type).get(value);
            if (constant != null) return type.cast(constant);
            var names = Arrays.stream(type.getEnumConstants()).map(Enum::name).toList();
            var nearest = Suggestion.nearest(value, names);
            var allowed = String.join(", ", names);
            problem(
                    at(field),
                    Message.of(
                            "problem.enum.unknown",
                            Arg.choice("type", type.getSimpleName()),
                            Arg.text("value", abbreviate(value)),
                            hint(nearest),
                            Arg.text("allowed", allowed)));
            return null;
        }

        /**
         * A decimal given as a JSON number or a numeric string, exact (the tree holds numbers as
         * BigDecimal). Bounded, so "1e999999999" is refused before anything scales it.
         */
        @Nullable
        BigDecimal decimal(String field, boolean required, boolean signed, int maxWholeDigits, Unit unit) {
            var n = required ? required(field) : node(field);
            if (n == null) return null;
            BigDecimal value;
            if (n instanceof Json.Num number) {
                value = number.decimal();
            } else if (n instanceof Json.Str(var text) && isDecimal(text)) {
                value = new BigDecimal(text);
            } else {
                problem(at(field), Message.of("problem.type.number", was(n)));
                return null;
            }
            if (!signed && value.signum() < 0) {
                problem(
                        at(field),
                        Message.of(
                                "problem.number.negative",
                                Arg.text("value", value.toPlainString()),
                                unit.after(value)));
                return null;
            }
            if (value.precision() - value.scale() > maxWholeDigits) {
                // the value as BigDecimal writes it (1E+9 for a number written so)
                problem(
                        at(field),
                        Message.of("problem.number.large", Arg.text("value", value.toString()), unit.after(value)));
                return null;
            }
            if (value.scale() > MAX_DECIMAL_SCALE && value.stripTrailingZeros().scale() > MAX_DECIMAL_SCALE) {
                problem(at(field), Message.of("problem.decimals", Arg.count("max", MAX_DECIMAL_SCALE)));
                return null;
            }
            return value;
        }

        @Nullable
        Money money(String field) {
            var n = required(field);
            if (n == null) return null;
            BigDecimal value;
            if (n instanceof Json.Num number) {
                value = number.decimal();
            } else if (n instanceof Json.Str(var text) && isDecimal(text)) {
                value = new BigDecimal(text);
            } else {
                problem(at(field), Message.of("problem.type.money", was(n)));
                return null;
            }
            if (value.signum() < 0) {
                problem(at(field), Message.of("problem.money.negative", Arg.text("value", value.toPlainString())));
                return null;
            }
            if (value.precision() - value.scale() > MAX_MONEY_DIGITS) {
                problem(at(field), Message.of("problem.money.large", Arg.count("digits", MAX_MONEY_DIGITS)));
                return null;
            }
            if (value.scale() > 2 && value.stripTrailingZeros().scale() > 2) {
                problem(at(field), Message.of("problem.money.decimals", Arg.text("value", value.toPlainString())));
                return null;
            }
            return new Money(value.setScale(2, RoundingMode.UNNECESSARY));
        }

        Json.@Nullable Arr array(String field) {
            var n = node(field);
            if (n == null) return null;
            if (!(n instanceof Json.Arr array)) {
                problem(at(field), Message.of("problem.type.array", was(n)));
                return null;
            }
            return array;
        }
    }

    // ---------------------------------------------------------------- lexical checks

    static boolean isIsoDate(String s) {
        if (s.length() != 10 || s.charAt(4) != '-' || s.charAt(7) != '-') return false;
        for (int i : new int[] {0, 1, 2, 3, 5, 6, 8, 9}) {
            char c = s.charAt(i);
            if (c < '0' || c > '9') return false;
        }
        return true;
    }

    /** {@code -?\d+(\.\d+)?}, without a regex on the fast path. */
    static boolean isDecimal(String s) {
        int i = 0, n = s.length();
        if (n == 0 || n > 40) return false;
        if (s.charAt(0) == '-') i++;
        int digits = 0;
        while (i < n && s.charAt(i) >= '0' && s.charAt(i) <= '9') {
            i++;
            digits++;
        }
        if (digits == 0) return false;
        if (i == n) return true;
        if (s.charAt(i++) != '.') return false;
        int decimals = 0;
        while (i < n && s.charAt(i) >= '0' && s.charAt(i) <= '9') {
            i++;
            decimals++;
        }
        return decimals > 0 && i == n;
    }

    /**
     * {@link String#isBlank()}, with a fast answer for the usual value: one that starts with a
     * character that is no whitespace (every whitespace character is at or below U+0020 or at or
     * above U+1680). isBlank itself asks Character.isWhitespace of every non-Latin-1 string.
     */
    static boolean blank(String s) {
        if (s.isEmpty()) return true;
        char first = s.charAt(0);
        if (first > ' ' && first < '\u1680') return false;
        return s.isBlank();
    }

    static boolean isSha256(String s) {
        if (s.length() != 64) return false;
        for (int i = 0; i < 64; i++) {
            char c = s.charAt(i);
            if (!(c >= '0' && c <= '9' || c >= 'a' && c <= 'f' || c >= 'A' && c <= 'F')) return false;
        }
        return true;
    }

    /** ".name" for a plain name, "['odd name']" otherwise. */
    static String member(String name) {
        boolean plain = !name.isEmpty() && Character.isJavaIdentifierStart(name.charAt(0));
        for (int i = 1; plain && i < name.length(); i++) plain = Character.isJavaIdentifierPart(name.charAt(i));
        return plain ? "." + name : "['" + name.replace("\\", "\\\\").replace("'", "\\'") + "']";
    }

    static String abbreviate(String s) {
        return s.length() <= 60 ? s : s.substring(0, 57) + "…";
    }

    private static final Message REQUIRED = Message.of("problem.required");
    private static final Message REQUIRED_NOT_NULL = Message.of("problem.required.null");
    private static final Message BLANK = Message.of("problem.string.blank");
    private static final Arg NO_HINT = Arg.message("hint", Message.of("problem.hint.none"));

    /** " (did you mean 'x'?)", or nothing when there is no near name, as the argument {@code hint}. */
    static Arg hint(@Nullable String nearest) {
        return nearest == null
                ? NO_HINT
                : Arg.message("hint", Message.of("problem.hint.didYouMean", Arg.text("name", nearest)));
    }
}
