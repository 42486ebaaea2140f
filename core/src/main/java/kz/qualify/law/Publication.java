package kz.qualify.law;

import java.time.LocalDate;
import java.util.Objects;

/**
 * The first official publication of an act, which starts the count of its entry into force.
 *
 * @param act the act ("Постановление Правительства РК от 24.07.2012 № 967")
 * @param publishedOn the date of first official publication
 * @param certainty whether the date is known from a source or assumed
 * @param source where the date comes from, or why it was assumed
 */
public record Publication(String act, LocalDate publishedOn, Certainty certainty, String source) {

    public enum Certainty {
        KNOWN,
        ASSUMED
    }

    public Publication {
        Objects.requireNonNull(act, "act");
        Objects.requireNonNull(publishedOn, "publishedOn");
        Objects.requireNonNull(certainty, "certainty");
        Objects.requireNonNull(source, "source");
    }

    /**
     * The day an act "вводится в действие по истечении N календарных дней после первого официального
     * опубликования" enters into force: the count starts the day after publication (Civil Code art.
     * 186: a period begins the day after the event that starts it) and the act is in force from the
     * day after the N-th day — publication + N + 1.
     */
    public LocalDate inForceAfterCalendarDays(int days) {
        return publishedOn.plusDays(days + 1L);
    }
}
