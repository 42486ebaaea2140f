package kz.qualify.service.documents;

import java.io.IOException;
import java.net.URI;
import java.util.List;
import kz.qualify.assessment.Text;
import kz.qualify.service.QualifyProperties;
import kz.qualify.service.applications.ApplicationWorkflow;
import kz.qualify.service.assessment.Rulebook;
import kz.qualify.service.audit.AuditTrail;
import kz.qualify.service.web.Actor;
import kz.qualify.service.web.ApiException;
import kz.qualify.service.web.CpuBound;
import org.jspecify.annotations.Nullable;
import org.springframework.core.io.InputStreamResource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

@RestController
class DocumentController {

    private final Documents documents;
    private final DocumentStore store;
    private final ApplicationWorkflow workflow;
    private final AuditTrail audit;
    private final QualifyProperties properties;
    private final TransactionTemplate tx;
    private final Rulebook rulebook;
    private final CpuBound cpu;

    DocumentController(
            Documents documents,
            DocumentStore store,
            ApplicationWorkflow workflow,
            AuditTrail audit,
            QualifyProperties properties,
            TransactionTemplate tx,
            Rulebook rulebook,
            CpuBound cpu) {
        this.rulebook = rulebook;
        this.cpu = cpu;
        this.documents = documents;
        this.store = store;
        this.workflow = workflow;
        this.audit = audit;
        this.properties = properties;
        this.tx = tx;
    }

    /** Attaches a document (applicants, while the dossier can be changed). */
    @PostMapping(path = "/api/applications/{id}/documents", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    ResponseEntity<StoredDocument> upload(
            @PathVariable long id,
            @RequestParam("file") @Nullable MultipartFile file,
            @RequestParam(required = false) @Nullable String requirementId,
            Authentication who)
            throws IOException {
        var actor = Actor.of(who);
        var app = workflow.visible(actor, id);
        if (!actor.is(Actor.Role.APPLICANT))
            throw ApiException.forbidden(
                    Text.of("only applicants attach documents", "прикладывать документы может только заявитель"));
        if (!app.state().editable()) {
            throw ApiException.conflict(
                    "not-editable",
                    Text.of(
                            "documents can be attached only in DRAFT or RETURNED",
                            "документы можно прикладывать только в состояниях DRAFT или RETURNED"));
        }
        if (file == null || file.isEmpty()) throw ApiException.invalid("file", Text.of("is empty", "пустой"));
        if (file.getSize() > properties.maxDocumentSize().toBytes()) {
            throw new ApiException(
                    HttpStatus.CONTENT_TOO_LARGE,
                    "too-large",
                    Text.of(
                            "the document is larger than " + properties.maxDocumentSize(),
                            "документ больше " + properties.maxDocumentSize()),
                    List.of(ApiException.FieldProblem.of("file", Text.of("is too large", "слишком большой"))));
        }
        if (requirementId != null && !rulebook.isRequirementOf(app.activity(), requirementId)) {
            throw ApiException.invalid(
                    "requirementId",
                    Text.of(
                            "'" + requirementId + "' is not a requirement of activity " + app.activity(),
                            "'" + requirementId + "' не является требованием для вида деятельности " + app.activity()));
        }
        var bytes = file.getBytes();
        var type = ContentType.detect(bytes);
        if (!type.accepted) {
            throw new ApiException(
                    HttpStatus.UNSUPPORTED_MEDIA_TYPE,
                    "unsupported-document-type",
                    Text.of(
                            "the file's content is " + type.name() + " (" + type.mediaType
                                    + "); accepted are PDF, PNG, JPEG, XLSX, XLS and text (CSV) in UTF-8 or windows-1251",
                            "содержимое файла — " + type.name() + " (" + type.mediaType
                                    + "); принимаются PDF, PNG, JPEG, XLSX, XLS и текст (CSV) в UTF-8 или windows-1251"),
                    List.of(ApiException.FieldProblem.of(
                            "file",
                            Text.of(
                                    "content detected as " + type.mediaType,
                                    "содержимое определено как " + type.mediaType))));
        }
        var sha = cpu.run(() -> store.put(bytes)); // hashing 20 MB is tens of milliseconds of CPU
        var filename = file.getOriginalFilename() == null ? "document" : clean(file.getOriginalFilename());
        var saved = tx.execute(s -> {
            long docId =
                    documents.add(id, requirementId, filename, type.mediaType, bytes.length, sha, actor.username());
            var doc = documents.find(docId).orElseThrow();
            audit.append(actor.username(), "document.attached", "application", Long.toString(id), null, doc);
            return doc;
        });
        return ResponseEntity.created(URI.create("/api/documents/" + saved.id()))
                .body(saved);
    }

    @GetMapping("/api/applications/{id}/documents")
    List<StoredDocument> list(@PathVariable long id, Authentication who) {
        workflow.visible(Actor.of(who), id);
        return documents.of(id);
    }

    @GetMapping("/api/documents/{docId}")
    StoredDocument metadata(@PathVariable long docId, Authentication who) {
        return allowed(docId, who);
    }

    /** The bytes, only for the owning organisation's users, officers and administrators. */
    @GetMapping("/api/documents/{docId}/content")
    ResponseEntity<InputStreamResource> content(@PathVariable long docId, Authentication who) throws IOException {
        var doc = allowed(docId, who);
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(doc.mediaType()))
                .contentLength(doc.size())
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment()
                                .filename(doc.filename(), java.nio.charset.StandardCharsets.UTF_8)
                                .build()
                                .toString())
                .header(HttpHeaders.ETAG, "\"" + doc.sha256() + "\"")
                .header("X-Content-Type-Options", "nosniff")
                .body(new InputStreamResource(store.open(doc.sha256())));
    }

    private StoredDocument allowed(long docId, Authentication who) {
        var doc = documents
                .find(docId)
                .orElseThrow(() -> ApiException.notFound(Text.of("document " + docId, "документ " + docId)));
        try {
            workflow.visible(Actor.of(who), doc.applicationId());
        } catch (ApiException e) {
            throw ApiException.notFound(Text.of("document " + docId, "документ " + docId));
        }
        return doc;
    }

    private static String clean(String name) {
        var base = name.replace('\\', '/');
        base = base.substring(base.lastIndexOf('/') + 1).replaceAll("[\\p{Cntrl}]", "");
        return base.isBlank() ? "document" : base.length() > 300 ? base.substring(0, 300) : base;
    }
}
