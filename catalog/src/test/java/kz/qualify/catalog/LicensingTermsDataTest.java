package kz.qualify.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import kz.qualify.law.Publication.Certainty;
import kz.qualify.procedure.Deadline;
import kz.qualify.procedure.Doubt;
import kz.qualify.procedure.Standing;
import kz.qualify.procedure.StatutoryTerm;
import kz.qualify.procedure.TermLength;
import kz.qualify.procedure.Trigger;
import kz.qualify.procedure.Trigger.Event;
import org.junit.jupiter.api.Test;

/** The bundled terms of the licensing law, and the deadlines they give on the bundled calendar. */
class LicensingTermsDataTest {

    private static final Catalog CATALOG = Catalog.standard();
    private static final String LAW = "Закон Республики Казахстан от 11 января 2007 года № 214-III «О лицензировании»";

    private static StatutoryTerm term(String id) {
        return CATALOG.terms().byId(id).orElseThrow();
    }

    @Test
    void theCompletenessCheckIsTwoWorkingDaysAsTheLawReads() {
        var check = term("completeness-check");
        assertThat(check.length()).isEqualTo(new TermLength(2, TermLength.Unit.WORKING_DAYS));
        assertThat(check.certainty()).isEqualTo(Certainty.KNOWN);
        assertThat(check.cites().act()).isEqualTo(LAW);
        assertThat(check.cites().paragraph()).isEqualTo(4);
        assertThat(check.cites().article())
                .as("the article's number was not seen")
                .isNull();
        assertThat(check.within().id()).isEqualTo("check-and-refuse-if-incomplete");
        assertThat(check.within().provenance().certainty()).isEqualTo(Certainty.KNOWN);
        assertThat(check.ifMissed().provenance().certainty()).isEqualTo(Certainty.ASSUMED);
    }

    @Test
    void theDecisionTermAndTheConsequenceOfSilenceAreMarkedAssumed() {
        var decision = term("decision");
        assertThat(decision.length()).isEqualTo(new TermLength(15, TermLength.Unit.WORKING_DAYS));
        assertThat(decision.certainty()).isEqualTo(Certainty.ASSUMED);
        assertThat(decision.cites().act()).isEqualTo(LAW);
        assertThat(decision.ifMissed().id()).isEqualTo("licensor-in-default");
        assertThat(decision.ifMissed().provenance().certainty()).isEqualTo(Certainty.ASSUMED);
    }

    @Test
    void aFilingStartsBothTermsAndAResubmissionStartsBothAfresh() {
        assertThat(CATALOG.terms().countingFrom(Event.FILING))
                .extracting(StatutoryTerm::id)
                .containsExactly("completeness-check", "decision");
        assertThat(CATALOG.terms().countingFrom(Event.RESUBMISSION))
                .extracting(StatutoryTerm::id)
                .containsExactly("completeness-check", "decision");
    }

    @Test
    void aFilingOnTheFridayBeforeNewYearTwoThousandThirteen() {
        // 10:00 in Astana on Friday 28 December 2012
        var clock = CATALOG.statutoryClock(Clock.fixed(Instant.parse("2012-12-28T04:00:00Z"), ZoneOffset.UTC));
        var filed = new Trigger(Event.FILING, clock.today());
        assertThat(filed.on()).isEqualTo(LocalDate.of(2012, 12, 28));
        var deadlines = clock.deadlinesFrom(filed);

        Deadline check = deadlines.get(0);
        // Saturday 29 worked by decree, Monday 31 off, 1 and 2 January New Year: Thursday 3 January
        assertThat(check.lastDay()).isEqualTo(LocalDate.of(2013, 1, 3));
        assertThat(check.certainty()).isEqualTo(Certainty.KNOWN);
        assertThat(check.reckoning().exceptions()).hasSize(4);

        Deadline decision = deadlines.get(1);
        // ... and Christmas on Monday 7 January: the fifteenth working day is Wednesday 23 January
        assertThat(decision.lastDay()).isEqualTo(LocalDate.of(2013, 1, 23));
        assertThat(decision.doubts()).containsExactly(new Doubt.AssumedTerm(term("decision")));

        assertThat(clock.standing(check))
                .isInstanceOfSatisfying(
                        Standing.Running.class,
                        r -> assertThat(r.workingDaysLeft()).isEqualTo(2));
        assertThat(check.standing(LocalDate.of(2013, 1, 4), CATALOG.calendar()))
                .isInstanceOfSatisfying(Standing.Passed.class, p -> {
                    assertThat(p.passedOn()).isEqualTo(LocalDate.of(2013, 1, 4));
                    assertThat(p.workingDaysOverdue()).isEqualTo(1);
                    assertThat(p.consequence().id()).isEqualTo("considered-complete");
                });
    }

    @Test
    void aResubmissionOnASaturdayCountsFromMonday() {
        var resubmitted = new Trigger(Event.RESUBMISSION, LocalDate.of(2013, 3, 16));
        var check = term("completeness-check").deadline(resubmitted, CATALOG.calendar());
        assertThat(check.lastDay()).isEqualTo(LocalDate.of(2013, 3, 19));
    }
}
