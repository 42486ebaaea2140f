package kz.qualify.bench;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import kz.qualify.catalog.Catalog;
import kz.qualify.dossier.Dossier;
import kz.qualify.dossier.Education;
import kz.qualify.dossier.EducationField;
import kz.qualify.dossier.EducationLevel;
import kz.qualify.dossier.Experience;
import kz.qualify.dossier.Role;
import kz.qualify.dossier.StaffMember;
import kz.qualify.formats.DossierJson;

/**
 * Dossiers for benchmarks: a committed example, with its staff table grown to a given size in the
 * proportions a grid company has (about 1 manager in 20, 3 specialists in 4, the rest workers, and
 * about one in eight short of the standard), so the evaluator walks realistic rows.
 */
final class SampleDossiers {

    private SampleDossiers() {}

    static Path examples() {
        var dir = Path.of(System.getProperty("qualify.examples", "examples"));
        return dir.toFile().isDirectory() ? dir : Path.of("..", "examples");
    }

    static Dossier example(String fileName) {
        var result = new DossierJson(Catalog.standard()).read(examples().resolve(fileName));
        return switch (result) {
            case DossierJson.Result.Valid(var d) -> d;
            case DossierJson.Result.Invalid(var problems) ->
                throw new IllegalStateException(fileName + ": " + problems);
        };
    }

    static Dossier withStaff(Dossier d, int size, long seed) {
        return d.withStaff(staff(size, seed));
    }

    static List<StaffMember> staff(int size, long seed) {
        var random = new java.util.SplittableRandom(seed);
        var staff = new ArrayList<StaffMember>(size);
        for (int i = 0; i < size; i++) {
            int kind = random.nextInt(20);
            boolean weak = random.nextInt(8) == 0;
            var ref = "row " + (i + 1);
            if (kind == 0) {
                staff.add(new StaffMember(
                        ref,
                        "Руководитель " + i,
                        "главный инженер",
                        Role.MANAGER,
                        true,
                        new Education(
                                EducationLevel.HIGHER,
                                weak ? EducationField.MECHANICAL_AND_OTHER_TECHNICAL : EducationField.ELECTRIC_POWER,
                                "Электроэнергетика",
                                "5В071800"),
                        new Experience(weak ? 30 : 36 + random.nextInt(200))));
            } else if (kind < 16) {
                staff.add(new StaffMember(
                        ref,
                        "Специалист " + i,
                        "инженер-электрик",
                        Role.SPECIALIST,
                        true,
                        new Education(
                                weak ? EducationLevel.GENERAL_SECONDARY : EducationLevel.TECHNICAL_VOCATIONAL,
                                EducationField.ELECTRIC_POWER,
                                "Электроснабжение",
                                null),
                        new Experience(weak ? 6 : 12 + random.nextInt(300))));
            } else {
                staff.add(new StaffMember(
                        ref,
                        "Рабочий " + i,
                        "электромонтер",
                        Role.WORKER,
                        true,
                        Education.of(EducationLevel.GENERAL_SECONDARY, EducationField.ELECTRIC_POWER),
                        new Experience(random.nextInt(400))));
            }
        }
        return staff;
    }
}
