package kz.qualify.service.issued;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirements;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import kz.qualify.message.Arg;
import kz.qualify.message.Message;
import kz.qualify.official.Language;
import kz.qualify.official.OfficialDocument.Kind;
import kz.qualify.service.applications.ApplicationWorkflow;
import kz.qualify.service.web.Actor;
import kz.qualify.service.web.ApiException;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * The official documents as files: the applicant downloads those of the organisation's own
 * applications, officers any, and anyone a licence from the public registry. A document comes in the
 * request's language ({@code ?lang=} or {@code Accept-Language}); the first download in a language
 * issues that language's version.
 */
@RestController
class PaperController {

    private final Papers papers;
    private final ApplicationWorkflow workflow;
    private final Wordings wordings;

    PaperController(Papers papers, ApplicationWorkflow workflow, Wordings wordings) {
        this.papers = papers;
        this.workflow = workflow;
        this.wordings = wordings;
    }

    /**
     * One document an application has.
     *
     * @param kind {@code receipt}, {@code return-notice}, {@code refusal} or {@code licence}: the last
     *     part of its download address
     * @param title what it is, in the request's language
     */
    record PaperView(String kind, String title, String download) {}

    @GetMapping("/api/applications/{id}/official-documents")
    @Operation(
            operationId = "listOfficialDocuments",
            summary = "The official documents of an application: its filing receipt, return notice, refusal or licence")
    List<PaperView> list(@PathVariable long id, Authentication who, kz.qualify.wording.Language asked) {
        var app = workflow.visible(Actor.of(who), id);
        var language = Language.of(asked.tag());
        return papers.available(app).stream()
                .map(k -> new PaperView(
                        k.stem(),
                        wordings.say(language, "paper.kind." + k.name()),
                        "/api/applications/" + id + "/official-documents/" + k.stem()))
                .toList();
    }

    @GetMapping(path = "/api/applications/{id}/official-documents/{kind}", produces = MediaType.APPLICATION_PDF_VALUE)
    @Operation(
            operationId = "downloadOfficialDocument",
            summary = "An official document of an application as a signed PDF/A, in the language asked",
            responses = {
                @ApiResponse(
                        responseCode = "200",
                        content =
                                @Content(
                                        mediaType = "application/pdf",
                                        schema = @Schema(type = "string", format = "binary"))),
                @ApiResponse(
                        responseCode = "404",
                        description = "no such application for this account, or no such document")
            })
    ResponseEntity<byte[]> download(
            @PathVariable long id, @PathVariable String kind, Authentication who, kz.qualify.wording.Language asked) {
        var app = workflow.visible(Actor.of(who), id);
        var language = Language.of(asked.tag());
        var k = Arrays.stream(Kind.values())
                .filter(v -> v.stem().equals(kind))
                .findFirst()
                .orElseThrow(() -> ApiException.notFound(
                        Message.of("api.what.officialDocument", Arg.text("kind", kind), Arg.count("id", id))));
        return pdf(papers.document(app, k, language));
    }

    @GetMapping(path = "/api/registry/licences/{number}/document", produces = MediaType.APPLICATION_PDF_VALUE)
    @SecurityRequirements
    @Operation(
            operationId = "downloadLicence",
            summary = "A licence with its annex as a signed PDF/A, in the language asked (public)",
            responses =
                    @ApiResponse(
                            responseCode = "200",
                            content =
                                    @Content(
                                            mediaType = "application/pdf",
                                            schema = @Schema(type = "string", format = "binary"))))
    ResponseEntity<byte[]> licence(@PathVariable String number, kz.qualify.wording.Language asked) {
        var document = papers.licence(number, Language.of(asked.tag()))
                .orElseThrow(() -> ApiException.notFound(Message.of("api.what.licence", Arg.text("number", number))));
        return pdf(document);
    }

    /**
     * A document as its public page shows it.
     *
     * @param status {@code ACTIVE}, {@code SUSPENDED} or {@code REVOKED} for a licence, {@code ISSUED}
     *     for the others
     * @param statusWords the status in the request's language
     */
    record PublicView(
            String code,
            String kind,
            String title,
            String number,
            String language,
            LocalDate date,
            String status,
            String statusWords,
            String sha256,
            Instant issuedAt) {}

    @GetMapping("/api/registry/documents/{code}")
    @SecurityRequirements
    @Operation(
            operationId = "getIssuedDocument",
            summary =
                    "An issued document by the code of its verification page: kind, number, status now, SHA-256 (public)")
    PublicView publicView(@PathVariable String code, kz.qualify.wording.Language asked) {
        var language = Language.of(asked.tag());
        var d = papers.byCode(code.strip().toUpperCase(java.util.Locale.ROOT))
                .orElseThrow(() -> ApiException.notFound(Message.of("api.what.paper", Arg.text("code", code))));
        var status = papers.status(d);
        return new PublicView(
                d.code(),
                d.kind().stem(),
                wordings.say(language, "paper.kind." + d.kind().name()),
                d.number(),
                d.language().tag(),
                d.decidedOn(),
                status,
                wordings.say(language, "verify.status." + status),
                d.sha256(),
                d.issuedAt());
    }

    private ResponseEntity<byte[]> pdf(IssuedDocument document) {
        return ResponseEntity.ok()
                .contentType(MediaType.APPLICATION_PDF)
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment()
                                .filename(document.fileName())
                                .build()
                                .toString())
                .header("X-Content-SHA256", document.sha256())
                .body(papers.content(document));
    }
}
