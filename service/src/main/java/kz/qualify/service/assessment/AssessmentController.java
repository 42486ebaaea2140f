package kz.qualify.service.assessment;

import io.swagger.v3.oas.annotations.Operation;
import java.time.LocalDate;
import kz.qualify.wording.Language;
import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Stateless assessment: a dossier in, the assessment report out; nothing is stored. */
@RestController
class AssessmentController {

    private final Rulebook rulebook;
    private final LegalCalendar calendar;

    AssessmentController(Rulebook rulebook, LegalCalendar calendar) {
        this.rulebook = rulebook;
        this.calendar = calendar;
    }

    /**
     * Assesses a dossier (JSON as in the rules core) on {@code asOf}, by default the deployment's
     * legal date or today.
     */
    @Operation(
            operationId = "assessDossier",
            summary = "Assess a dossier against the requirements in force on a date, without filing it")
    @PostMapping(
            path = "/api/assessments",
            consumes = MediaType.APPLICATION_JSON_VALUE,
            produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<byte[]> assess(
            @RequestBody byte[] dossierJson,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate asOf,
            Language language) {
        var dossier = rulebook.read(dossierJson);
        var date = asOf != null ? asOf : calendar.today();
        return ResponseEntity.ok()
                .contentType(MediaType.APPLICATION_JSON)
                .body(rulebook.bytes(rulebook.assess(dossier, date), language));
    }
}
