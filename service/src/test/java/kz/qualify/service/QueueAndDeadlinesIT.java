package kz.qualify.service;

import static kz.qualify.service.ProblemDetailsIT.assertProblem;
import static kz.qualify.testsupport.Fixtures.json;
import static kz.qualify.testsupport.Fixtures.key;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import kz.qualify.testsupport.Api;
import kz.qualify.testsupport.Databases;
import kz.qualify.testsupport.EvidenceFiles;
import kz.qualify.testsupport.Fixtures;
import kz.qualify.testsupport.Instance;
import kz.qualify.testsupport.MovableClock;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import tools.jackson.databind.JsonNode;

/**
 * The officers' queue over HTTP on a clock set in 2012: who is in it (never a draft), the applicant's
 * name and BIN, the filing day and the statutory deadlines counted across Independence Day, the
 * weekend, the New Year and the transfer of 31 December 2012, overdue first; search, sort and bounded
 * paging.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class QueueAndDeadlinesIT {

    /** Thursday 1 November 2012, noon in Astana. */
    static final Instant NOVEMBER_1 = Instant.parse("2012-11-01T06:00:00Z");
    /** Friday 14 December 2012, noon in Astana: the weekend and Independence Day (16–18 December) follow. */
    static final Instant DECEMBER_14 = Instant.parse("2012-12-14T06:00:00Z");

    Databases db;
    Instance instance;
    MovableClock clock;
    Api admin;
    Api officer;
    Fixtures.Org drafter;
    Fixtures.Org early;
    Fixtures.Org late;
    long draftId;
    long earlyId;
    long lateId;

    @BeforeAll
    void start() {
        db = Databases.h2();
        clock = MovableClock.startingAt(NOVEMBER_1);
        instance = clock.startInstance(db);
        admin = instance.admin();
        officer = Fixtures.newOfficer(admin, "queue");
        drafter = Fixtures.organisation(admin, "ТОО «Черновик Queue»");
        early = Fixtures.organisation(admin, "ТОО «Ранний Queue»");
        late = Fixtures.organisation(admin, "ТОО «Поздний Queue»");
        draftId = draft(drafter);
        earlyId = draft(early);
        submit(early, earlyId);
        clock.set(DECEMBER_14);
        lateId = draft(late);
        submit(late, lateId);
    }

    @AfterAll
    void stop() {
        if (instance != null) instance.close();
        if (db != null) db.close();
    }

    static long draft(Fixtures.Org org) {
        var created = org.applicant().post("/api/applications", json("activity", 7));
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        long id = created.json().get("id").asLong();
        var dossier = Fixtures.item7Dossier(org.bin(), org.name(), true);
        var edited = org.applicant().put("/api/applications/" + id + "/dossier", dossier, "If-Match", created.etag());
        assertThat(edited.status()).as(edited.toString()).isEqualTo(200);
        EvidenceFiles.attachClaimed(org.applicant(), id, dossier);
        return id;
    }

    static void submit(Fixtures.Org org, long id) {
        var r = org.applicant().submit(id, key());
        assertThat(r.status()).as(r.toString()).isEqualTo(201);
    }

    JsonNode queue(String query) {
        var r = officer.get("/api/review/queue" + query);
        assertThat(r.status()).as(r.toString()).isEqualTo(200);
        return r.json();
    }

    static List<Long> ids(JsonNode page) {
        return page.get("items").valueStream().map(i -> i.get("id").asLong()).toList();
    }

    static JsonNode item(JsonNode page, long id) {
        return page.get("items")
                .valueStream()
                .filter(i -> i.get("id").asLong() == id)
                .findFirst()
                .orElseThrow(() -> new AssertionError(id + " not in " + page));
    }

    @Test
    void officersNeverListNorOpenADraftNotYetFiled() {
        assertThat(ids(queue("?size=200"))).contains(earlyId, lateId).doesNotContain(draftId);
        assertThat(ids(queue("?size=200&state=DRAFT"))).isEmpty();
        for (var staff : List.of(officer, admin)) {
            var all = staff.get("/api/applications?size=200");
            assertThat(ids(all.json())).contains(earlyId).doesNotContain(draftId);
            assertProblem(staff.get("/api/applications/" + draftId), 404);
            assertProblem(staff.get("/api/applications/" + draftId + "/dossier"), 404);
            assertProblem(staff.get("/api/applications/" + draftId + "/documents"), 404);
        }
        // the applicant sees its own draft as before
        assertThat(drafter.applicant().get("/api/applications/" + draftId).status())
                .isEqualTo(200);
    }

    @Test
    void theQueueNamesTheApplicantAndCountsTheTermsAcrossTheHolidaysAndTheWeekend() {
        clock.set(DECEMBER_14);
        var filed = item(queue("?size=200"), lateId);
        assertThat(filed.get("applicant").asString()).isEqualTo(late.name());
        assertThat(filed.get("taxId").asString()).isEqualTo(late.bin());
        assertThat(filed.get("activity").asInt()).isEqualTo(7);
        assertThat(filed.get("filedOn").asString()).isEqualTo("2012-12-14");
        // Sat 15, Sun 16 (Independence Day), Mon 17 (Independence Day), Tue 18 (off in place of the 16th)
        // are not worked: the two working days of the completeness check are Wed 19 and Thu 20
        var check = filed.get("completenessCheck");
        assertThat(check.get("lastDay").asString()).isEqualTo("2012-12-20");
        assertThat(check.get("workingDaysLeft").asInt()).isEqualTo(2);
        // 19–21 Dec (3), 24–28 Dec (8), Saturday 29 Dec worked by transfer (9), 31 Dec off by the same
        // transfer, 1–2 Jan New Year, 3–4 Jan (11), Mon 7 Jan Orthodox Christmas, 8–11 Jan (15)
        var decision = filed.get("decision");
        assertThat(decision.get("term").asString()).isEqualTo("decision");
        assertThat(decision.get("lastDay").asString()).isEqualTo("2013-01-11");
        assertThat(decision.get("workingDaysLeft").asInt()).isEqualTo(15);
        assertThat(decision.get("passed").asBoolean()).isFalse();
        assertThat(decision.get("certainty").asString()).isEqualTo("ASSUMED");
        assertThat(decision.get("trigger").asString()).isEqualTo("FILING");

        // on Tuesday 18 December (a day off) nothing has been used up yet
        clock.set(Instant.parse("2012-12-18T06:00:00Z"));
        assertThat(item(queue("?size=200"), lateId)
                        .get("completenessCheck")
                        .get("workingDaysLeft")
                        .asInt())
                .isEqualTo(2);
        // on Thursday 20 December the check is on its last day
        clock.set(Instant.parse("2012-12-20T06:00:00Z"));
        var lastDay = item(queue("?size=200"), lateId).get("completenessCheck");
        assertThat(lastDay.get("workingDaysLeft").asInt()).isEqualTo(1);
        assertThat(lastDay.get("lastDayToday").asBoolean()).isTrue();
        clock.set(DECEMBER_14);
    }

    @Test
    void anOverdueApplicationRisesToTheTopWithWhatFollows() {
        clock.set(DECEMBER_14);
        var page = queue("?size=200");
        assertThat(ids(page).indexOf(earlyId)).isLessThan(ids(page).indexOf(lateId));
        var overdue = item(page, earlyId).get("decision");
        assertThat(overdue.get("passed").asBoolean()).isTrue();
        assertThat(overdue.get("workingDaysLeft").isNull()).isTrue();
        assertThat(overdue.get("workingDaysOverdue").asInt()).isPositive();
        assertThat(overdue.get("ifMissed").asString()).containsIgnoringCase("licensor");
        // the words of the procedure in the language asked
        var russian = officer.speaking("ru").get("/api/review/queue?size=200");
        assertThat(item(russian.json(), earlyId).get("decision").get("name").asString())
                .matches(".*[а-яА-Я].*");
        // the latest filed first when asked, and the overdue last
        var reversed = queue("?size=200&descending=true");
        assertThat(ids(reversed).indexOf(lateId)).isLessThan(ids(reversed).indexOf(earlyId));
    }

    @Test
    void searchSortAndPaging() {
        assertThat(ids(queue("?q=" + enc("поздний")))).containsExactly(lateId);
        assertThat(ids(queue("?q=" + late.bin().substring(0, 12)))).containsExactly(lateId);
        assertThat(ids(queue("?q=" + enc("нет такого")))).isEmpty();
        var byName = ids(queue("?sort=APPLICANT&size=200"));
        assertThat(byName.indexOf(lateId)).isLessThan(byName.indexOf(earlyId)); // «Поздний» < «Ранний»
        var first = queue("?size=1&page=0");
        assertThat(first.get("items").size()).isEqualTo(1);
        assertThat(first.get("total").asLong()).isGreaterThanOrEqualTo(2);
        assertThat(ids(queue("?size=1&page=1"))).doesNotContainAnyElementsOf(ids(first));

        assertProblem(officer.get("/api/review/queue?size=201"), 400);
        assertProblem(officer.get("/api/review/queue?page=-1"), 400);
        assertProblem(officer.get("/api/review/queue?page=10737419&size=200"), 400);
        assertProblem(officer.get("/api/review/queue?sort=SIDEWAYS"), 400);
        assertProblem(officer.get("/api/review/queue?q=" + "x".repeat(201)), 400);
        assertProblem(early.applicant().get("/api/review/queue"), 403);
    }

    @Test
    void aResubmissionAfterAReturnStartsTheTermsAfresh() {
        clock.set(DECEMBER_14);
        var org = Fixtures.organisation(admin, "ТОО «Возврат Queue»");
        long id = draft(org);
        submit(org, id);
        assertThat(officer.post("/api/applications/" + id + "/review/start", "").status())
                .isEqualTo(200);
        var returned = officer.post("/api/applications/" + id + "/return", json("reasons", List.of("нет справки")));
        assertThat(returned.status()).as(returned.toString()).isEqualTo(200);
        var none = officer.get("/api/applications/" + id + "/deadlines");
        assertThat(none.json().size())
                .as("no term runs while it is with the applicant")
                .isZero();

        clock.set(Instant.parse("2013-01-09T06:00:00Z")); // Wednesday
        submit(org, id);
        var deadlines = officer.get("/api/applications/" + id + "/deadlines").json();
        var decision = deadlines
                .valueStream()
                .filter(d -> d.get("term").asString().equals("decision"))
                .findFirst()
                .orElseThrow();
        assertThat(decision.get("trigger").asString()).isEqualTo("RESUBMISSION");
        assertThat(decision.get("startedOn").asString()).isEqualTo("2013-01-09");
        assertThat(decision.get("workingDaysLeft").asInt()).isEqualTo(15);
        clock.set(DECEMBER_14);
    }

    @Test
    void thePassingOfATermIsRecordedOnceWithWhatFollows() {
        clock.set(DECEMBER_14);
        var watch = instance.bean(kz.qualify.service.applications.DeadlineWatch.class);
        watch.check();
        assertThat(watch.check()).as("a second check records nothing again").isZero();
        var passed = officer.get("/api/applications/" + earlyId + "/deadlines/passed");
        assertThat(passed.status()).as(passed.toString()).isEqualTo(200);
        assertThat(passed.json()
                        .valueStream()
                        .map(p -> p.get("term").asString() + " "
                                + p.get("consequence").asString()))
                .containsExactly("completeness-check considered-complete", "decision licensor-in-default");
        // filed on 1 November: the check ended on Monday 5 November, the decision on Thursday 22 November
        assertThat(passed.json().get(0).get("lastDay").asString()).isEqualTo("2012-11-05");
        assertThat(passed.json().get(1).get("lastDay").asString()).isEqualTo("2012-11-22");
        assertThat(officer.get("/api/applications/" + lateId + "/deadlines/passed")
                        .json()
                        .size())
                .as("nothing has passed for the one filed today")
                .isZero();
        var trail = admin.get("/api/audit?entity=application&entityId=" + earlyId);
        assertThat(trail.json()
                        .get("items")
                        .valueStream()
                        .map(e -> e.get("action").asString()))
                .contains("deadline.passed");
    }

    static String enc(String s) {
        return java.net.URLEncoder.encode(s, java.nio.charset.StandardCharsets.UTF_8);
    }
}
