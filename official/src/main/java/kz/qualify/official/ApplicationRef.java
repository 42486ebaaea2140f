package kz.qualify.official;

import java.time.LocalDate;

/**
 * The application a decision answers.
 *
 * @param number its registration number
 * @param filedOn the day it was filed
 */
public record ApplicationRef(String number, LocalDate filedOn) {
    public ApplicationRef {
        number = Checks.text(number, "application.number");
        Checks.present(filedOn, "application.filedOn");
    }
}
