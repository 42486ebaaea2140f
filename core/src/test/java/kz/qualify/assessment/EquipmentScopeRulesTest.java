package kz.qualify.assessment;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.Set;
import kz.qualify.dossier.EquipmentUnit;
import kz.qualify.rules.Rule;
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
    @CsvSource({"0.7, 'boiler at 0.7 kgf/cm² and 200 °C: must be above 0.7 kgf/cm² and above 115 °C'"})
    void boilerOutsideTheScopeSaysBothThresholds(String pressure, String en) {
        var s = EquipmentScopePolicy.boiler(unit("boiler", pressure, "200", false), ITEM_4);
        assertThat(s).isInstanceOfSatisfying(EquipmentScopePolicy.Scope.Outside.class, out -> {
            assertThat(out.why().en()).isEqualTo(en);
            assertThat(out.why().ru())
                    .isEqualTo("котёл на 0,7 кгс/см² и 200 °С: должно быть выше 0,7 кгс/см² и выше 115 °С");
        });
    }
}
