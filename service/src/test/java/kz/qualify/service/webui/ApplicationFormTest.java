package kz.qualify.service.webui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import kz.qualify.assessment.Evidence;
import kz.qualify.catalog.Catalog;
import kz.qualify.law.Activity;
import kz.qualify.law.Edition;
import kz.qualify.law.Term;
import kz.qualify.rules.Rule;
import kz.qualify.service.web.Speech;
import kz.qualify.wording.Language;
import kz.qualify.wording.Phrasebook;
import kz.qualify.wording.Wording;
import kz.qualify.wording.Words;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The application form is the edition's requirements as a form: for every activity and language,
 * one section per requirement in the law's order, every need with its slot and alternatives, and no
 * code where a person reads.
 */
class ApplicationFormTest {

    private static final Edition EDITION = Catalog.standard().editions().all().getFirst();
    private static final Wording WORDING = new Wording(
            Phrasebook.load(Phrasebook.FINDINGS, Speech.API), Catalog.standard().glossaries());
    private static final Pattern CODE =
            Pattern.compile("\\b[A-Z]{2,}(_[A-Z0-9]+)+\\b|\\b[a-z]+(-[a-z]+){2,}\\b|\\b(need|doc)-|\\d\\.a\\d");
    /** The fields a person reads; the others (code, key, kind…) are for the page's script. */
    private static final Set<String> READ =
            Set.of("name", "how", "sentence", "title", "appliesWhen", "proof", "taxIdRule");

    static Stream<Arguments> activitiesAndLanguages() {
        return Stream.of(1, 2, 3, 4, 5, 6, 7)
                .flatMap(item -> Stream.of("en", "ru", "kk").map(lang -> Arguments.of(item, lang)));
    }

    private static ApplicationForm form(int item, String lang) {
        var activity = EDITION.activity(item).orElseThrow();
        return ApplicationForm.of(
                EDITION,
                activity,
                Set.copyOf(activity.subActivities().stream()
                        .map(Activity.SubActivity::code)
                        .toList()),
                Set.copyOf(activity.works().stream().map(Term::code).toList()),
                words(lang));
    }

    private static Words words(String lang) {
        return WORDING.in(Language.of(lang), EDITION.id());
    }

    @ParameterizedTest
    @MethodSource("activitiesAndLanguages")
    void everyRequirementIsASectionInTheLawsOrderWithEachNeedInItsSlot(int item, String lang) {
        var form = form(item, lang);
        var requirements = EDITION.requirementsOf(item);

        assertThat(form.sections().stream().map(ApplicationForm.Section::requirement))
                .containsExactlyElementsOf(
                        requirements.stream().map(r -> r.id()).toList());
        for (int i = 0; i < requirements.size(); i++) {
            var r = requirements.get(i);
            var section = form.sections().get(i);
            var needSlots = Evidence.slots(r).stream()
                    .filter(s -> s.need() != null)
                    .map(Evidence.Slot::key)
                    .toList();
            assertThat(section.needs().stream().map(ApplicationForm.NeedPart::key))
                    .as(r.id())
                    .containsExactlyElementsOf(needSlots);
            for (var need : section.needs()) {
                assertThat(need.alternatives()).as(r.id() + " " + need.key()).isNotEmpty();
                assertThat(need.name()).isNotBlank();
                // named from the edition's glossary in the form's language (in English by its alternatives:
                // the English glossary names a need by the law's Russian words, as the findings quote it)
                if (!lang.equals("en"))
                    assertThat(need.name())
                            .isEqualTo(
                                    words(lang).need(r.id() + "/" + need.key().substring(5)));
                assertThat(need.name()).isNotEqualTo(lang.equals("ru") ? "" : need.label());
                need.alternatives()
                        .forEach(a -> assertThat(a.name()).isEqualTo(words(lang).term(a.code())));
            }
            switch (r.rule()) {
                case Rule.StaffRule rule -> {
                    assertThat(section.staff()).as(r.id()).isNotNull();
                    assertThat(section.staff().minSharePercent()).isEqualTo(rule.minSharePercent());
                    assertThat(section.staff().managers().sentence()).isNotBlank();
                }
                case Rule.WorkingCapitalRule rule -> {
                    assertThat(section.workingCapital().minMrp()).isEqualTo(rule.minMrp());
                    assertThat(section.workingCapital().certificate().key())
                            .isEqualTo(Evidence.DOCUMENT + rule.certificateDocument());
                }
                case Rule.EquipmentScopeRule rule ->
                    assertThat(section.equipment().kinds())
                            .anySatisfy(k -> assertThat(k.code()).isEqualTo("boiler"))
                            .allSatisfy(k -> assertThat(k.temperature())
                                    .isEqualTo(k.code().equals("boiler")));
                default -> {}
            }
        }
        assertThat(form.applicant().legalForms()).hasSize(4).anyMatch(ApplicationForm.LegalFormChoice::allowed);
    }

    @ParameterizedTest
    @MethodSource("activitiesAndLanguages")
    void noCodeReachesAPerson(int item, String lang) {
        var tree = JsonMapper.builder().build().valueToTree(form(item, lang));
        var read = new ArrayList<String>();
        collect(tree, null, read);
        assertThat(read).isNotEmpty();
        assertThat(read)
                .allSatisfy(text -> assertThat(CODE.matcher(text).find())
                        .as("'%s' (%s) names a code", text, lang)
                        .isFalse());
    }

    private static void collect(JsonNode node, String field, List<String> out) {
        if (node.isString() && field != null && READ.contains(field)) out.add(node.asString());
        if (node.isArray()) node.forEach(n -> collect(n, field, out));
        if (node.isObject()) node.properties().forEach(e -> collect(e.getValue(), e.getKey(), out));
    }

    @Test
    void theNeedsOfItemSevenOfferAServiceOrAContractInPlainWords() {
        var dispatch = form(7, "en").sections().stream()
                .filter(s -> s.requirement().equals("7.2"))
                .findFirst()
                .orElseThrow()
                .needs()
                .get(1);
        assertThat(dispatch.alternatives().stream().map(ApplicationForm.Alternative::kind))
                .containsExactly("service", "contract");
        assertThat(dispatch.name())
                .isEqualTo("operational dispatch or contract (protocol of intent) with a dispatch centre");
        assertThat(dispatch.alternatives().get(1).how()).isEqualTo("a contract or a protocol of intent, with its copy");
        assertThat(dispatch.alternatives().get(1).protocolOfIntent()).isTrue();
    }

    @Test
    void theStaffStandardIsASentenceInTheReadersLanguage() {
        var staff = form(1, "ru").sections().stream()
                .filter(s -> s.requirement().equals("1.3"))
                .findFirst()
                .orElseThrow()
                .staff();
        assertThat(staff.minSharePercent()).isEqualTo(70);
        assertThat(staff.managers().sentence())
                .isEqualTo("Технические руководители: образование не ниже уровня «высшее», в сфере: электроэнергетика,"
                        + " (смежное направление оценивает должностное лицо), опыт по специальности не менее 3 лет");
        assertThat(form(1, "en").sections().get(3).staff().specialists().sentence())
                .isEqualTo("Specialists: technical and vocational education or above, in any field,"
                        + " at least 1 year of experience in the specialty");
    }

    @Test
    void aConditionalRequirementSaysWhenItApplies() {
        var activity = EDITION.activity(3).orElseThrow();
        var form = ApplicationForm.of(EDITION, activity, Set.of("3.a11"), Set.of(), words("en"));
        var petrochemistry = form.sections().stream()
                .filter(s -> s.requirement().equals("3.2.a16"))
                .findFirst()
                .orElseThrow();
        assertThat(petrochemistry.applies()).isFalse();
        assertThat(petrochemistry.appliesWhen())
                .isEqualTo("only for: paragraph 16: design (technological) and/or operation of petrochemical and"
                        + " chemical production");
        assertThat(form.sections().stream()
                        .filter(s -> s.requirement().equals("3.2.a11"))
                        .findFirst()
                        .orElseThrow()
                        .applies())
                .isTrue();
    }
}
