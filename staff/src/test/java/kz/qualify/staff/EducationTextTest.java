package kz.qualify.staff;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Set;
import kz.qualify.dossier.EducationField;
import kz.qualify.dossier.EducationLevel;
import kz.qualify.dossier.Role;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** An education cell cut into level, institution, year and specialty, in the orders people write them. */
class EducationTextTest {

    private static EducationText.Parts parts(String cell) {
        var d = Dictionaries.standard();
        return EducationText.read(cell, d.education(), d.levels());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            nullValues = "-",
            value = {
                // level, institution, year, specialty: in every order
                "высшее, КазНТУ им. К.И. Сатпаева, 2004, 5В071800 Электроэнергетика | HIGHER | КазНТУ им. К.И. Сатпаева | 2004 | 5В071800 Электроэнергетика",
                "Электроэнергетика, высшее, Алматинский институт энергетики и связи, 1998 | HIGHER | Алматинский институт энергетики и связи | 1998 | Электроэнергетика",
                "Павлодарский энергетический колледж, 2010 г., Электроснабжение, средне-специальное | TECHNICAL_VOCATIONAL | Павлодарский энергетический колледж | 2010 | Электроснабжение",
                "Высшее, 2004 г., КарГТУ, Теплоэнергетика | HIGHER | КарГТУ | 2004 | Теплоэнергетика",
                "Высшее КазНТУ, окончил в 2004 году, по специальности Электроэнергетика | HIGHER | КазНТУ | 2004 | Электроэнергетика",
                "Средне-специальное, Экибастузский политехнический колледж (2012), Электроснабжение (по отраслям), техник-электрик | TECHNICAL_VOCATIONAL | Экибастузский политехнический колледж | 2012 | Электроснабжение (по отраслям), техник-электрик",
                "5В071800 Электроэнергетика (2015) | - | - | 2015 | 5В071800 Электроэнергетика",
                "Колледж, Электрические станции и сети | TECHNICAL_VOCATIONAL | - | - | Электрические станции и сети",
                "Колледж энергетики и связи, Электроснабжение | - | Колледж энергетики и связи | - | Электроснабжение",
                "общее среднее | GENERAL_SECONDARY | - | - | ''",
                "Общее среднее, СШ №5, 1995 | GENERAL_SECONDARY | СШ №5 | 1995 | ''",
                "Средняя школа №12, 2001 | - | Средняя школа №12 | 2001 | ''",
                "высшее образование; Евразийский национальный университет им. Л.Н. Гумилева; 2008; Электроэнергетика | HIGHER | Евразийский национальный университет им. Л.Н. Гумилева | 2008 | Электроэнергетика",
                // Kazakh
                "жоғары, Қ.И. Сәтбаев атындағы ҚазҰТУ, 2004 ж., Электр энергетикасы | HIGHER | Қ.И. Сәтбаев атындағы ҚазҰТУ | 2004 | Электр энергетикасы",
                "Электрмен жабдықтау, Павлодар энергетикалық колледжі, 2011 жылы, техникалық және кәсіптік | TECHNICAL_VOCATIONAL | Павлодар энергетикалық колледжі | 2011 | Электрмен жабдықтау",
                "жалпы орта | GENERAL_SECONDARY | - | - | ''",
                "Жоғары, Еуразия ұлттық университеті, 2009, 5В071700 Жылу энергетикасы | HIGHER | Еуразия ұлттық университеті | 2009 | 5В071700 Жылу энергетикасы",
                // English
                "Higher, Kazakh National Technical University, 2004, Electric Power Engineering | HIGHER | Kazakh National Technical University | 2004 | Electric Power Engineering",
                "Power supply, Pavlodar Energy College, graduated 2010, technical and vocational | TECHNICAL_VOCATIONAL | Pavlodar Energy College | 2010 | Power supply",
                "general secondary | GENERAL_SECONDARY | - | - | ''",
                // nothing but the specialty: left as it was
                "Электроэнергетические системы и сети | - | - | - | Электроэнергетические системы и сети",
                "Машиностроение; переподготовка: Электроэнергетика | - | - | - | Машиностроение; переподготовка: Электроэнергетика",
            })
    void cutsTheCellIntoItsParts(
            String cell, EducationLevel level, String institution, Integer year, String specialty) {
        var p = parts(cell);
        assertThat(p.level() == null ? null : p.level().value()).as("level").isEqualTo(level);
        assertThat(p.institution()).as("institution").isEqualTo(institution == null ? "" : institution);
        assertThat(p.year()).as("year").isEqualTo(year);
        assertThat(p.specialty()).as("specialty").isEqualTo(specialty);
    }

    @Test
    void theInstitutionsKindGivesTheLevelOnlyWhenNoLevelIsWritten() {
        assertThat(parts("КазНТУ, Электроэнергетика").institutionLevel()).isNull(); // an abbreviation: no kind
        assertThat(parts("Алматинский университет энергетики и связи, Электроэнергетика")
                        .institutionLevel()
                        .value())
                .isEqualTo(EducationLevel.HIGHER);
        assertThat(parts("Павлодарский энергетический колледж, Электроснабжение")
                        .institutionLevel()
                        .value())
                .isEqualTo(EducationLevel.TECHNICAL_VOCATIONAL);
    }

    // ---- as a row reads it --------------------------------------------------------------------

    /** A table with ФИО, position, one combined education column and experience. */
    private static RowReport row(String position, String education) {
        var layout = Layout.of(
                Map.of(StaffColumn.FULL_NAME, 0, StaffColumn.POSITION, 1, StaffColumn.EXPERIENCE, 3), List.of(2), 1);
        var reading = new PersonReading(Dictionaries.standard(), layout, Merges.none(), Set.of());
        return reading.read(new RawRow(2, new String[] {"Иванов Иван", position, education, "5 лет"}));
    }

    @Test
    void anInstitutionsNameIsNeverReadAsTheSpecialty() {
        // "энергетический" in the college's name used to be read as a second field
        var r = row(
                "Мастер участка", "Средне-специальное, Павлодарский энергетический колледж, 2001, Электроснабжение");
        assertThat(r.status()).as("%s", r.reasons()).isEqualTo(RowStatus.IMPORTED);
        var m = r.member();
        assertThat(m.education().field()).isEqualTo(EducationField.ELECTRIC_POWER);
        assertThat(m.education().level()).isEqualTo(EducationLevel.TECHNICAL_VOCATIONAL);
        assertThat(m.education().specialty()).isEqualTo("Электроснабжение");
        assertThat(r.interpretations())
                .filteredOn(i -> i.aspect() == Interpretation.Aspect.INSTITUTION)
                .singleElement()
                .satisfies(i -> assertThat(i.written()).isEqualTo("Павлодарский энергетический колледж"));
        assertThat(r.interpretations())
                .filteredOn(i -> i.aspect() == Interpretation.Aspect.YEAR)
                .singleElement()
                .satisfies(i -> assertThat(i.understood()).isEqualTo("2001"));
    }

    @Test
    void theLevelComesFromTheInstitutionWhenTheCellNamesNone() {
        var r = row("Инженер", "Казахский национальный технический университет, 2004, Электроэнергетика");
        assertThat(r.status()).as("%s", r.reasons()).isEqualTo(RowStatus.IMPORTED);
        assertThat(r.member().education().level()).isEqualTo(EducationLevel.HIGHER);
        assertThat(r.interpretations())
                .filteredOn(i -> i.aspect() == Interpretation.Aspect.LEVEL)
                .singleElement()
                .satisfies(i -> assertThat(i.rule()).contains("'университет'"));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"Общее среднее", "жалпы орта", "General secondary", "среднее, СШ №3, 1999"})
    void generalSecondaryIsNotTechnicalAndAWorkersRowWithItNeedsNoReview(String education) {
        var r = row("Слесарь", education);
        assertThat(r.status()).as("%s", r.reasons()).isEqualTo(RowStatus.IMPORTED);
        assertThat(r.member().role()).isEqualTo(Role.WORKER);
        assertThat(r.member().education().level()).isEqualTo(EducationLevel.GENERAL_SECONDARY);
        assertThat(r.member().education().field()).isEqualTo(EducationField.NON_TECHNICAL);
        assertThat(r.member().education().field().isTechnical()).isFalse();
    }

    @Test
    void aLevelWithoutASpecialtyOtherThanGeneralSecondaryStillNeedsReview() {
        var r = row("Инженер", "высшее, КазНТУ, 2004");
        assertThat(r.status()).isEqualTo(RowStatus.IMPORTED_NEEDS_REVIEW);
        assertThat(r.reasons()).anySatisfy(reason -> assertThat(reason).contains("specialty is empty"));
        assertThat(r.member().education().field()).isEqualTo(EducationField.UNKNOWN);
    }
}
