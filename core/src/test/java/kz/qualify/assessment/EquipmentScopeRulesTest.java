package kz.qualify.assessment;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.Set;
import kz.qualify.dossier.EquipmentUnit;
import kz.qualify.message.Arg;
import kz.qualify.message.Message;
import kz.qualify.rules.Rule;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The named rules of {@link EquipmentScopePolicy}: each unit against item 4's list and thresholds. */
class EquipmentScopeRulesTest {

    private static final Rule.EquipmentScopeRule ITEM_4 = new Rule.EquipmentScopeRule(
            Set.of("boiler", "vessel", "pipeline", "crane"),
            Set.of("boiler"),
            Set.of("vessel", "pipeline"),
            new BigDecimal("0.7"),
            new BigDecimal("115"));

    private static EquipmentUnit unit(String kind, String pressure, String temperature, boolean single) {
        return new EquipmentUnit(
                "u1",
                kind,
                "Котёл ДКВР",
                pressure == null ? null : new BigDecimal(pressure),
                temperature == null ? null : new BigDecimal(temperature),
                single);
    }

    @ParameterizedTest
    @CsvSource(
            nullValues = "null",
            value = {
                // kind, pressure, temperature, single process, scope
                "turbine, 10, 200, false, Outside",
                "boiler, 10, 200, true, Outside",
                "boiler, 0.71, 115.1, false, Within",
                "boiler, 0.7, 200, false, Outside",
                "boiler, 10, 115, false, Outside",
                "boiler, null, 200, false, Undecided",
                "boiler, 10, null, false, Undecided",
                "vessel, 0.71, null, false, Within",
                "vessel, 0.7, null, false, Outside",
                "pipeline, null, null, false, Undecided",
                "crane, null, null, false, Within"
            })
    void unitIsWithinTheScopeOnlyStrictlyAboveItsKindsThresholds(
            String kind, String pressure, String temperature, boolean single, String scope) {
        var s = EquipmentScopePolicy.scope(unit(kind, pressure, temperature, single), ITEM_4);
        assertThat(s.getClass().getSimpleName()).isEqualTo(scope);
    }

    @ParameterizedTest
    @CsvSource({"0.7, 200", "10, 115", "0.69, 100"})
    void boilerOutsideTheScopeSaysItsMeasuresAndBothThresholds(String pressure, String temperature) {
        var s = EquipmentScopePolicy.boiler(unit("boiler", pressure, temperature, false), ITEM_4);
        assertThat(s)
                .isInstanceOfSatisfying(
                        EquipmentScopePolicy.Scope.Outside.class,
                        out -> assertThat(out.why())
                                .isEqualTo(Message.of(
                                        "issue.equipment.boiler.notAbove",
                                        Arg.decimal("pressure", new BigDecimal(pressure)),
                                        Arg.decimal("temperature", new BigDecimal(temperature)),
                                        Arg.decimal("pressureAbove", new BigDecimal("0.7")),
                                        Arg.decimal("temperatureAbove", new BigDecimal("115")))));
    }

    @Test
    void unitOfAKindItem4DoesNotListIsNamedAsTheApplicantWroteIt() {
        var s = EquipmentScopePolicy.scope(unit("turbine", "10", "200", false), ITEM_4);
        assertThat(s)
                .isEqualTo(new EquipmentScopePolicy.Scope.Outside(
                        Message.of("issue.equipment.kindNotListed", Arg.text("kind", "turbine"))));
    }

    @Test
    void vesselWithoutPressureAsksForIt() {
        var s = EquipmentScopePolicy.scope(unit("vessel", null, null, false), ITEM_4);
        assertThat(s)
                .isEqualTo(new EquipmentScopePolicy.Scope.Undecided(
                        Message.of("issue.equipment.pressureNeeded"), Message.of("remedy.equipment.what.pressure")));
    }

    @Test
    void figuresCountTheUnitsWithinAndStateTheThresholds() {
        assertThat(EquipmentScopePolicy.figures(ITEM_4, 2, 3))
                .containsExactly(
                        Message.of("figure.equipment.inScope", Arg.count("inScope", 2), Arg.count("declared", 3)),
                        Message.of(
                                "figure.equipment.thresholds",
                                Arg.decimal("pressureAbove", new BigDecimal("0.7")),
                                Arg.decimal("temperatureAbove", new BigDecimal("115"))));
    }

    @ParameterizedTest
    @CsvSource({
        "MET, finding.equipment.MET",
        "NOT_ELIGIBLE, finding.equipment.NOT_ELIGIBLE",
        "MISSING_EVIDENCE, finding.equipment.undecided"
    })
    void summarySaysWhetherAllEquipmentIsWithinTheScope(Status status, String key) {
        assertThat(EquipmentScopePolicy.summary(status).key()).isEqualTo(key);
    }
}
