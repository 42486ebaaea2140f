package kz.qualify.service.deadlines;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import kz.qualify.catalog.Catalog;
import kz.qualify.catalog.ProcedureWords;
import kz.qualify.procedure.Deadline;
import kz.qualify.procedure.Standing;
import kz.qualify.procedure.StatutoryClock;
import kz.qualify.procedure.Trigger;
import kz.qualify.wording.Language;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * The terms a filing starts and where they stand, on the service's clock. The terms, their lengths,
 * consequences and sources are the catalogue's data (licensing-terms.yaml); this only counts them.
 * Two of them the service keeps on every filing, so lists can be sorted by them: the completeness
 * check and the decision.
 */
@Component
public class StatutoryDeadlines {

    /** The licensor checks that the filed documents are complete (or returns the application). */
    public static final String COMPLETENESS_CHECK = "completeness-check";
    /** The licensor issues the licence or refuses it with reasons. */
    public static final String DECISION = "decision";

    private final StatutoryClock clock;
    private final ProcedureWords words;

    StatutoryDeadlines(Clock clock) {
        var catalog = Catalog.standard();
        this.clock = catalog.statutoryClock(clock);
        this.words = catalog.procedureWords();
        // the columns kept per filing are named after these two terms: fail at start if the data lost one
        var ids = catalog.terms().all().stream().map(t -> t.id()).toList();
        if (!ids.contains(COMPLETENESS_CHECK) || !ids.contains(DECISION)) {
            throw new IllegalStateException(
                    "the licensing terms must include " + COMPLETENESS_CHECK + " and " + DECISION + ", found " + ids);
        }
    }

    /** Today, the licensor's day (Astana). */
    public LocalDate today() {
        return clock.today();
    }

    /** The licensor's day on which {@code instant} fell. */
    public LocalDate dayOf(Instant instant) {
        return LocalDate.ofInstant(instant, StatutoryClock.LICENSOR_ZONE);
    }

    /** The trigger of a filing: the first one, or a resubmission after a return (which restarts the terms). */
    public static Trigger trigger(LocalDate filedOn, boolean resubmission) {
        return new Trigger(resubmission ? Trigger.Event.RESUBMISSION : Trigger.Event.FILING, filedOn);
    }

    /** Every deadline a filing on {@code filedOn} sets. */
    public Filing filing(LocalDate filedOn, boolean resubmission) {
        var trigger = trigger(filedOn, resubmission);
        return new Filing(trigger, clock.deadlinesFrom(trigger));
    }

    /** The deadlines a filing set. */
    public record Filing(Trigger trigger, List<Deadline> deadlines) {

        public Deadline of(String termId) {
            return deadlines.stream()
                    .filter(d -> d.term().id().equals(termId))
                    .findFirst()
                    .orElseThrow(() -> new IllegalArgumentException("no term " + termId + " runs from " + trigger));
        }

        public LocalDate lastDay(String termId) {
            return of(termId).lastDay();
        }
    }

    /** Where a deadline stands today. */
    public Standing standing(Deadline deadline) {
        return clock.standing(deadline);
    }

    /** A deadline as a person reads it, in {@code language}, standing as of today. */
    public View view(Deadline deadline, Language language) {
        var standing = standing(deadline);
        var lang = ProcedureWords.LANGUAGES.contains(language.tag()) ? language.tag() : "en";
        var term = deadline.term();
        Integer left = null;
        Integer overdue = null;
        LocalDate passedOn = null;
        boolean lastDayToday = false;
        if (standing instanceof Standing.Running r) {
            left = r.workingDaysLeft();
            lastDayToday = r.isLastDay();
        } else if (standing instanceof Standing.Passed p) {
            overdue = p.workingDaysOverdue();
            passedOn = p.passedOn();
        }
        return new View(
                term.id(),
                words.text(lang, term.nameKey()),
                deadline.trigger().event().name(),
                deadline.trigger().on(),
                deadline.lastDay(),
                standing instanceof Standing.Passed,
                left,
                overdue,
                passedOn,
                lastDayToday,
                words.text(lang, term.within().nameKey()),
                words.text(lang, term.ifMissed().nameKey()),
                deadline.certainty().name());
    }

    /**
     * One deadline for a person: the term's name, what started it and when, its last day, and today's
     * standing — working days left (1 on the last day), or since when it passed, by how many working
     * days, and what follows. {@code certainty} is ASSUMED when the term or a day counted is not
     * verified in its source (the page says so).
     */
    // named apart: DossierForOfficer.View and StatutoryDeadlines.View would both be "View" in the API document
    @Schema(name = "StatutoryDeadline")
    public record View(
            String term,
            String name,
            String trigger,
            LocalDate startedOn,
            LocalDate lastDay,
            boolean passed,
            @Nullable Integer workingDaysLeft,
            @Nullable Integer workingDaysOverdue,
            @Nullable LocalDate passedOn,
            boolean lastDayToday,
            String within,
            String ifMissed,
            String certainty) {}
}
