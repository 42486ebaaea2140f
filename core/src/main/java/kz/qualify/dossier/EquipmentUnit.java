package kz.qualify.dossier;

import java.math.BigDecimal;
import org.jspecify.annotations.Nullable;

/**
 * Equipment the applicant designs, makes, installs or repairs under item 4.
 *
 * @param ref the dossier's id
 * @param kind the vocabulary code of its kind ("boiler", "pressure-vessel", "drilling")
 * @param description what it is
 * @param workingPressureKgfCm2 working pressure in kgf/cm², where it matters
 * @param coolantTemperatureC coolant temperature in °C, for boilers
 * @param singleTechnologicalProcess whether it is used within a single technological process
 */
public record EquipmentUnit(
        String ref,
        String kind,
        String description,
        @Nullable BigDecimal workingPressureKgfCm2,
        @Nullable BigDecimal coolantTemperatureC,
        boolean singleTechnologicalProcess) {}
