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
import java.util.stream.Collectors;
import kz.qualify.assessment.Text;
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

    /** Units of measure, after a value. */
    private static final Text KGF_CM2 = Text.of("kgf/cm²", "кгс/см²");

    private static final Text CELSIUS = Text.same("°C");
    private static final Text YEARS = Text.of("years", "лет");

    /** The start of the message for a value no enum constant has: "unknown legal form". */
    private static final Text UNKNOWN_LEGAL_FORM =
            Text.of("unknown legal form", "неизвестная организационно-правовая форма");

    private static final Text UNKNOWN_ROLE = Text.of("unknown role", "неизвестная роль");
    private static final Text UNKNOWN_EDUCATION_LEVEL =
            Text.of("unknown education level", "неизвестный уровень образования");
    private static final Text UNKNOWN_EDUCATION_FIELD =
            Text.of("unknown education field", "неизвестное направление образования");
    private static final Text UNKNOWN_LEGAL_BASIS = Text.of("unknown legal basis", "неизвестное правовое основание");
    private static final Text UNKNOWN_SIGNATORY = Text.of("unknown signatory", "неизвестный подписант");

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
            var only = activitiesWith(Vocabulary.ActivityCodes::equipmentKinds);
            problem(
                    "$.equipment",
                    Text.of(
                            "equipment is declared only for " + only.en() + "; activity " + activity + " has none",
                            "оборудование указывается только для " + only.ru() + "; для вида деятельности " + activity
                                    + " оно не предусмотрено"));
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
                        Text.of(
                                        "no document with id '" + ref[1] + "' in $.documents",
                                        "в $.documents нет документа с id '" + ref[1] + "'")
                                .plus(
                                        ids.isEmpty()
                                                ? Text.of(" (it is empty)", " (список пуст)")
                                                : suggest(ref[1], ids)));
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
        var form = o.enumValue("legalForm", LegalForm.class, UNKNOWN_LEGAL_FORM, true);
        var bin = o.node("bin");
        var iin = o.node("iin");
        String id = null;
        if (bin != null && iin != null) {
            problem(path, Text.of("give either 'bin' or 'iin', not both", "укажите либо 'bin', либо 'iin', но не оба"));
        } else if (bin == null && iin == null) {
            problem(
                    path + ".bin",
                    Text.of(
                            "is required (or 'iin' for an individual entrepreneur)",
                            "обязательно (или 'iin' для индивидуального предпринимателя)"));
        } else if (iin != null) {
            id = o.string("iin", true);
            if (id != null && form != null && form != LegalForm.INDIVIDUAL_ENTREPRENEUR) {
                problem(
                        path + ".iin",
                        Text.of(
                                "'iin' is for an individual entrepreneur; a " + form + " gives its 'bin'",
                                "'iin' указывает индивидуальный предприниматель; " + form + " указывает 'bin'"));
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
        problem(path, Text.of(problem, TaxId.problemRu(value)));
        return null;
    }

    private @Nullable Integer activity(Obj dossier) {
        var value = dossier.integer("activity", true);
        if (value == null) return null;
        if (vocabulary.activity(value) == null) {
            var known = vocabulary.activityItems().stream().map(String::valueOf).collect(Collectors.joining(", "));
            problem(
                    "$.activity",
                    Text.of(
                            "unknown activity " + value + "; known: " + known,
                            "неизвестный вид деятельности " + value + "; допустимы: " + known));
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
                            Text.of(
                                            "activity " + activity + " has no sub-activities; '" + code + "' ",
                                            "у вида деятельности " + activity + " нет подвидов; '" + code + "' ")
                                    .plus(
                                            owners.isEmpty()
                                                    ? Text.of(
                                                            "is not a sub-activity at all",
                                                            "вообще не является подвидом деятельности")
                                                    : Text.of(
                                                            "belongs to activity " + owners.getFirst(),
                                                            "относится к виду деятельности " + owners.getFirst())));
                } else if (!owners.isEmpty()) {
                    problem(
                            path,
                            Text.of(
                                    "'" + code + "' is a sub-activity of activity " + owners.getFirst()
                                            + ", not of activity " + activity,
                                    "'" + code + "' относится к виду деятельности " + owners.getFirst()
                                            + ", а не к виду деятельности " + activity));
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
            var only = activitiesWith(Vocabulary.ActivityCodes::works);
            problem(
                    "$.works",
                    Text.of(
                            "works are declared only for " + only.en() + "; activity " + activity + " has none",
                            "работы указываются только для " + only.ru() + "; для вида деятельности " + activity
                                    + " они не предусмотрены"));
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
                        Text.of(
                                "'" + value + "' is listed twice (also at $." + field + "[" + first + "])",
                                "'" + value + "' указан дважды (также в $." + field + "[" + first + "])"));
                continue;
            }
            result.put(path, value);
        }
        return result;
    }

    private Text activitiesWith(java.util.function.Function<Vocabulary.ActivityCodes, Set<String>> what) {
        var items = new ArrayList<String>();
        for (var item : vocabulary.activityItems()) {
            var codes = vocabulary.activity(item);
            if (codes != null && !what.apply(codes).isEmpty()) items.add(String.valueOf(item));
        }
        var list = String.join(", ", items);
        return items.size() == 1
                ? Text.of("activity " + list, "вида деятельности " + list)
                : Text.of("activities " + list, "видов деятельности " + list);
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
        var pressure = o.decimal("workingPressureKgfCm2", false, false, MAX_MEASURE_DIGITS, KGF_CM2);
        var temperature = o.decimal("coolantTemperatureC", false, true, MAX_MEASURE_DIGITS, CELSIUS);
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
                    Text.of(
                            "has " + array.size() + " rows, more than the limit of " + limits.maxStaff(),
                            "строк: " + array.size() + ", больше предела в " + limits.maxStaff()));
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
        var role = o.enumValue("role", Role.class, UNKNOWN_ROLE, true);
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
        var level = o.enumValue("level", EducationLevel.class, UNKNOWN_EDUCATION_LEVEL, true);
        var field = o.enumValue("field", EducationField.class, UNKNOWN_EDUCATION_FIELD, true);
        var specialty = o.string("specialty", false);
        var code = o.string("specialtyCode", false);
        if (found > before) return null;
        return new Education(level, field, specialty, code);
    }

    private @Nullable Experience experience(Obj o, String path) {
        var months = o.node("experienceMonths");
        var years = o.node("experienceYears");
        if (months != null && years != null) {
            problem(
                    path,
                    Text.of(
                            "give experienceMonths or experienceYears, not both",
                            "укажите experienceMonths или experienceYears, но не оба"));
            return null;
        }
        if (months != null) {
            var value = o.integer("experienceMonths", false);
            if (value == null) return null;
            if (value < 0 || value > Experience.MAX_MONTHS) {
                problem(
                        path + ".experienceMonths",
                        Text.of(
                                "experience of " + value + " months is out of range 0.." + Experience.MAX_MONTHS
                                        + " months",
                                "стаж " + value + " " + Text.plural(value, "месяц", "месяца", "месяцев")
                                        + " вне допустимого диапазона 0.." + Experience.MAX_MONTHS + " "
                                        + Text.plural(Experience.MAX_MONTHS, "месяц", "месяца", "месяцев")));
                return null;
            }
            return new Experience(value);
        }
        if (years != null) {
            var value = o.decimal("experienceYears", false, true, 4, YEARS);
            if (value == null) return null;
            var max = BigDecimal.valueOf(Experience.MAX_MONTHS / 12);
            if (value.signum() < 0 || value.compareTo(max) > 0) {
                problem(
                        path + ".experienceYears",
                        Text.of(
                                "experience of " + value.toPlainString() + " years is out of range 0.." + max
                                        + " years (0.." + Experience.MAX_MONTHS + " months)",
                                "стаж " + value.toPlainString() + " " + yearsRu(value)
                                        + " вне допустимого диапазона 0.."
                                        + max + " " + yearsRu(max) + " (0.." + Experience.MAX_MONTHS + " "
                                        + Text.plural(Experience.MAX_MONTHS, "месяц", "месяца", "месяцев") + ")"));
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
        var basis = o.enumValue("legalBasis", LegalBasis.class, UNKNOWN_LEGAL_BASIS, false);
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
        var signedBy = o.enumValue("signedBy", Document.Signatory.class, UNKNOWN_SIGNATORY, false);
        var sealed = o.bool("sealed", false);
        var sha256 = o.string("sha256", false);
        if (sha256 != null && !isSha256(sha256)) {
            problem(
                    path + ".sha256",
                    Text.of(
                            "must be 64 hexadecimal digits (a SHA-256 hash), was '" + abbreviate(sha256) + "'",
                            "должно состоять из 64 шестнадцатеричных цифр (хеш SHA-256), указано '" + abbreviate(sha256)
                                    + "'"));
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
                        Text.of(
                                "duplicate " + field + " '" + k + "' (also at " + path + "[" + first + "])",
                                "повторяющееся значение " + field + " '" + k + "' (также в " + path + "[" + first
                                        + "])"));
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

    private void problem(String path, Text message) {
        // The first LISTED only: a small input full of mistakes (0.3 MB of unknown fields) once made
        // a 40 MB answer in the service and 94 MB on the CLI's stderr (issue 10). The rest are counted.
        if (found++ < DossierJson.LISTED_PROBLEMS) problems.add(Problem.of(path, message));
    }

    /** The problems listed, and when there were more, one last line saying how many more. */
    private DossierJson.Result invalid() {
        var listed = new ArrayList<>(problems);
        int more = found - problems.size();
        if (more > 0) {
            listed.add(Problem.of(
                    "$",
                    Text.of(
                            "and " + more + " more " + (more == 1 ? "problem" : "problems") + " (only the first "
                                    + DossierJson.LISTED_PROBLEMS + " are listed)",
                            "и ещё " + more + " " + Text.plural(more, "ошибка", "ошибки", "ошибок")
                                    + " (перечислены только первые " + DossierJson.LISTED_PROBLEMS + ")")));
        }
        return new DossierJson.Result.Invalid(listed);
    }

    /** ", was an array" and ", а не массивом": what a value of the wrong kind was. */
    private static Text was(Json value) {
        return Text.of(", was " + value.describe(), ", а не " + value.describeRu());
    }

    private @Nullable Obj obj(Json value, String path, Set<String> fields, long bits) {
        if (!(value instanceof Json.Obj node)) {
            problem(path, Text.of("must be an object", "должно быть объектом").plus(was(value)));
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
                        Text.of("unknown field '" + name + "'", "неизвестное поле '" + name + "'")
                                .plus(didYouMean(nearest))
                                .plus(Text.of("; allowed here: " + allowed, "; допустимы здесь: " + allowed)));
            }
        }
        return new Obj(node, path);
    }

    private @Nullable String string(Json node, String path) {
        if (!(node instanceof Json.Str(var value))) {
            problem(path, Text.of("must be a string", "должно быть строкой").plus(was(node)));
            return null;
        }
        if (blank(value)) {
            problem(path, Text.of("must not be blank", "не должно быть пустым"));
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
                problem(at(field), Text.of("is required", "обязательно"));
                return null;
            }
            if (n == Json.Null.NULL) {
                problem(at(field), Text.of("is required, was null", "обязательно, указано null"));
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
                problem(
                        at(field),
                        Text.of("must be a whole number", "должно быть целым числом")
                                .plus(was(n)));
                return null;
            }
            var value = number.intValue();
            if (value == null) {
                problem(
                        at(field),
                        Text.of("must be a whole number, was ", "должно быть целым числом, указано ")
                                .plus(number.text()));
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
                problem(
                        at(field),
                        Text.of("must be true or false", "должно быть true или false")
                                .plus(was(n)));
                return null;
            }
            return b.value();
        }

        @Nullable
        LocalDate date(String field, boolean required) {
            var value = string(field, required);
            if (value == null) return null;
            if (!isIsoDate(value)) {
                problem(
                        at(field),
                        Text.of(
                                        "must be a date as YYYY-MM-DD, was '",
                                        "должно быть датой в формате ГГГГ-ММ-ДД, указано '")
                                .plus(abbreviate(value) + "'"));
                return null;
            }
            try {
                return LocalDate.of(
                        Integer.parseInt(value, 0, 4, 10),
                        Integer.parseInt(value, 5, 7, 10),
                        Integer.parseInt(value, 8, 10, 10));
            } catch (DateTimeException e) {
                problem(
                        at(field),
                        Text.of("'" + value + "' is not a calendar date", "'" + value + "' — несуществующая дата"));
                return null;
            }
        }

        /** {@code unknown}: "unknown legal form" and its Russian, the start of the message for a value not allowed. */
        <E extends Enum<E>> @Nullable E enumValue(String field, Class<E> type, Text unknown, boolean required) {
            var value = string(field, required);
            if (value == null) return null;
            var constant = ENUMS.get(type).get(value);
            if (constant != null) return type.cast(constant);
            var names = Arrays.stream(type.getEnumConstants()).map(Enum::name).toList();
            var nearest = Suggestion.nearest(value, names);
            var allowed = String.join(", ", names);
            problem(
                    at(field),
                    unknown.plus(" '" + abbreviate(value) + "'")
                            .plus(didYouMean(nearest))
                            .plus(Text.of("; allowed: " + allowed, "; допустимы: " + allowed)));
            return null;
        }

        /**
         * A decimal given as a JSON number or a numeric string, exact (the tree holds numbers as
         * BigDecimal). Bounded, so "1e999999999" is refused before anything scales it.
         */
        @Nullable
        BigDecimal decimal(String field, boolean required, boolean signed, int maxWholeDigits, Text unit) {
            var n = required ? required(field) : node(field);
            if (n == null) return null;
            BigDecimal value;
            if (n instanceof Json.Num number) {
                value = number.decimal();
            } else if (n instanceof Json.Str(var text) && isDecimal(text)) {
                value = new BigDecimal(text);
            } else {
                problem(
                        at(field),
                        Text.of(
                                        "must be a number (or a decimal string)",
                                        "должно быть числом (или десятичным числом в строке)")
                                .plus(was(n)));
                return null;
            }
            if (!signed && value.signum() < 0) {
                problem(
                        at(field),
                        Text.of(
                                "must not be negative, was " + value.toPlainString() + " " + unit.en(),
                                "не должно быть отрицательным, указано " + value.toPlainString() + " "
                                        + unitRu(unit, value)));
                return null;
            }
            if (value.precision() - value.scale() > maxWholeDigits) {
                problem(
                        at(field),
                        Text.of(
                                "is implausibly large (" + value + " " + unit.en() + ")",
                                "неправдоподобно велико (" + value + " " + unitRu(unit, value) + ")"));
                return null;
            }
            if (value.scale() > MAX_DECIMAL_SCALE && value.stripTrailingZeros().scale() > MAX_DECIMAL_SCALE) {
                problem(
                        at(field),
                        Text.of(
                                "has more than " + MAX_DECIMAL_SCALE + " decimals",
                                "содержит более " + MAX_DECIMAL_SCALE + " знаков после запятой"));
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
                problem(
                        at(field),
                        Text.of(
                                        "must be an amount in tenge as a number or a decimal string (\"4325000000.00\")",
                                        "должно быть суммой в тенге — числом или десятичным числом в строке"
                                                + " (\"4325000000.00\")")
                                .plus(was(n)));
                return null;
            }
            if (value.signum() < 0) {
                problem(
                        at(field),
                        Text.of("must not be negative, was ", "не должно быть отрицательным, указано ")
                                .plus(value.toPlainString()));
                return null;
            }
            if (value.precision() - value.scale() > MAX_MONEY_DIGITS) {
                problem(
                        at(field),
                        Text.of(
                                "is implausibly large (more than " + MAX_MONEY_DIGITS + " digits of tenge)",
                                "неправдоподобно велико (более " + MAX_MONEY_DIGITS + " цифр в целой части суммы)"));
                return null;
            }
            if (value.scale() > 2 && value.stripTrailingZeros().scale() > 2) {
                problem(
                        at(field),
                        Text.of(
                                        "has more than 2 decimals (fractions of a tiyn): ",
                                        "содержит более 2 знаков после запятой (доли тиына): ")
                                .plus(value.toPlainString()));
                return null;
            }
            return new Money(value.setScale(2, RoundingMode.UNNECESSARY));
        }

        Json.@Nullable Arr array(String field) {
            var n = node(field);
            if (n == null) return null;
            if (!(n instanceof Json.Arr array)) {
                problem(
                        at(field),
                        Text.of("must be an array", "должно быть массивом").plus(was(n)));
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

    private static Text suggest(String id, Set<String> ids) {
        return didYouMean(Suggestion.nearest(id, ids));
    }

    private static final Text NOTHING = Text.same("");

    /** " (did you mean 'x'?)", or nothing when there is no near name. */
    private static Text didYouMean(@Nullable String nearest) {
        return nearest == null
                ? NOTHING
                : Text.of(" (did you mean '" + nearest + "'?)", " (возможно, имелось в виду '" + nearest + "')");
    }

    /** The Russian of a unit after a value: the years agree with the number. */
    private static String unitRu(Text unit, BigDecimal value) {
        return unit == YEARS ? yearsRu(value) : unit.ru();
    }

    /** "год", "года" or "лет" after a number of years; "года" after a fraction ("2.5 года"). */
    static String yearsRu(BigDecimal value) {
        if (value.signum() != 0 && value.stripTrailingZeros().scale() > 0) return "года";
        return Text.plural(value.abs().remainder(BigDecimal.valueOf(100)).longValue(), "год", "года", "лет");
    }
}
