package kz.qualify.service.documents;

import io.swagger.v3.oas.annotations.Operation;
import java.io.IOException;
import java.net.URI;
import java.util.List;
import kz.qualify.message.Arg;
import kz.qualify.message.Message;
import kz.qualify.service.QualifyProperties;
import kz.qualify.service.applications.ApplicationWorkflow;
import kz.qualify.service.assessment.Rulebook;
import kz.qualify.service.audit.AuditTrail;
import kz.qualify.service.web.Actor;
import kz.qualify.service.web.ApiException;
import kz.qualify.service.web.CpuBound;
import kz.qualify.service.web.Refuses;
import org.jspecify.annotations.Nullable;
import org.springframework.core.io.InputStreamResource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
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

    /**
     * Attaches a document (applicants, while the dossier can be changed), bound to a requirement and
     * to one of its slots: only a file bound to the slot of a need counts as that need's evidence.
     */
    @ResponseStatus(HttpStatus.CREATED) // as ResponseEntity answers: declared for the API document
    @Operation(
            operationId = "uploadDocument",
            summary = "Attach a document to a draft or returned application, bound to the need it proves (applicants)")
    @Refuses(409)
    @PostMapping(path = "/api/applications/{id}/documents", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    ResponseEntity<StoredDocument> upload(
            @PathVariable long id,
            @RequestParam("file") @Nullable MultipartFile file,
            @RequestParam(required = false) @Nullable String requirementId,
            @RequestParam(name = "slot", required = false) @Nullable String slotKey,
            Authentication who)
            throws IOException {
        // a form's empty field is no slot
        var slot = slotKey == null || slotKey.isBlank() ? null : slotKey;
        var actor = Actor.of(who);
        var app = workflow.visible(actor, id);
        if (!actor.is(Actor.Role.APPLICANT)) throw ApiException.forbidden(Message.of("api.document.applicantsOnly"));
        if (!app.state().editable()) {
            throw ApiException.conflict("not-editable", Message.of("api.document.notEditable"));
        }
        var content = accepted(file);
        if (requirementId != null && !rulebook.isRequirementOf(app.activity(), requirementId)) {
            throw ApiException.invalid(
                    "requirementId",
                    Message.of(
                            "api.document.notARequirement",
                            Arg.text("requirement", requirementId),
                            Arg.count("activity", app.activity())));
        }
        if (slot != null && requirementId == null) {
            throw ApiException.invalid("requirementId", Message.of("api.document.slotWithoutRequirement"));
        }
        if (slot != null && !rulebook.isSlotOf(app.activity(), requirementId, slot)) {
            throw ApiException.invalid(
                    "slot",
                    Message.of(
                            "api.document.notASlot", Arg.text("slot", slot), Arg.text("requirement", requirementId)));
        }
        var sha = cpu.run(() -> store.put(content.bytes())); // hashing 20 MB is tens of milliseconds of CPU
        var saved = tx.execute(s -> {
            workflow.lockForDocuments(actor, id);
            long docId = documents.add(
                    id,
                    new Documents.Upload(
                            requirementId,
                            slot,
                            content.filename(),
                            content.type().mediaType,
                            content.bytes().length,
                            sha,
                            actor.username()));
            var doc = documents.find(docId).orElseThrow();
            audit.append(actor.username(), "document.attached", "application", Long.toString(id), null, doc);
            return doc;
        });
        return ResponseEntity.created(URI.create("/api/documents/" + saved.id()))
                .body(saved);
    }

    /**
     * Deletes a document of a draft or returned application. Its row and bytes are kept, marked
     * removed, so an earlier filing's receipt still lists what it received.
     */
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(
            operationId = "deleteDocument",
            summary = "Delete a document from a draft or returned application (applicants)")
    @Refuses(409)
    @DeleteMapping("/api/applications/{id}/documents/{docId}")
    ResponseEntity<Void> delete(@PathVariable long id, @PathVariable long docId, Authentication who) {
        var actor = Actor.of(who);
        workflow.visible(actor, id);
        tx.executeWithoutResult(s -> {
            workflow.lockForDocuments(actor, id);
            var doc = current(id, docId);
            documents.remove(doc.id(), null);
            audit.append(
                    actor.username(),
                    "document.deleted",
                    "application",
                    Long.toString(id),
                    doc,
                    documents.find(docId).orElseThrow());
        });
        return ResponseEntity.noContent().build();
    }

    /**
     * Replaces a document's file, keeping where it is bound (requirement and slot). The replacement
     * is a new document with its own id — an officer's judgment of the old file does not carry over
     * to new bytes — and the old one is kept, marked replaced, for earlier filings.
     */
    @Operation(
            operationId = "replaceDocument",
            summary = "Replace a document's file in a draft or returned application, keeping its place (applicants)")
    @Refuses(409)
    @PutMapping(
            path = "/api/applications/{id}/documents/{docId}/content",
            consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    StoredDocument replace(
            @PathVariable long id,
            @PathVariable long docId,
            @RequestParam("file") @Nullable MultipartFile file,
            Authentication who)
            throws IOException {
        var actor = Actor.of(who);
        var app = workflow.visible(actor, id);
        if (!actor.is(Actor.Role.APPLICANT)) throw ApiException.forbidden(Message.of("api.document.applicantsOnly"));
        if (!app.state().editable()) {
            throw ApiException.conflict("not-editable", Message.of("api.document.notEditable"));
        }
        current(id, docId); // a wrong id is told before the file is read
        var content = accepted(file);
        var sha = cpu.run(() -> store.put(content.bytes()));
        return tx.execute(s -> {
            workflow.lockForDocuments(actor, id);
            var old = current(id, docId);
            long newId = documents.add(
                    id,
                    new Documents.Upload(
                            old.requirementId(),
                            old.slot(),
                            content.filename(),
                            content.type().mediaType,
                            content.bytes().length,
                            sha,
                            actor.username()));
            documents.remove(old.id(), newId);
            var replacement = documents.find(newId).orElseThrow();
            audit.append(actor.username(), "document.replaced", "application", Long.toString(id), old, replacement);
            return replacement;
        });
    }

    /** An uploaded file that passed the checks: not empty, within the size limit, of an accepted type. */
    private record Content(byte[] bytes, ContentType type, String filename) {}

    private Content accepted(@Nullable MultipartFile file) throws IOException {
        if (file == null || file.isEmpty()) throw ApiException.invalid("file", Message.of("api.upload.empty"));
        if (file.getSize() > properties.maxDocumentSize().toBytes()) {
            throw new ApiException(
                    HttpStatus.CONTENT_TOO_LARGE,
                    "too-large",
                    Message.of("api.document.tooLarge", Arg.message("limit", size(properties.maxDocumentSize()))),
                    List.of(ApiException.FieldProblem.of("file", Message.of("api.upload.largerThanLimit"))));
        }
        var bytes = file.getBytes();
        var type = ContentType.detect(bytes);
        if (!type.accepted) {
            throw new ApiException(
                    HttpStatus.UNSUPPORTED_MEDIA_TYPE,
                    "unsupported-document-type",
                    Message.of("api.document.unsupportedType", Arg.text("kind", type.name())),
                    List.of(ApiException.FieldProblem.of(
                            "file", Message.of("api.document.detectedAs", Arg.text("kind", type.name())))));
        }
        var filename = file.getOriginalFilename() == null ? "document" : clean(file.getOriginalFilename());
        return new Content(bytes, type, filename);
    }

    /** A current document of this application (404 for another's, a removed one or none). */
    private StoredDocument current(long applicationId, long docId) {
        return documents
                .find(docId)
                .filter(d -> d.applicationId() == applicationId && d.removedAt() == null)
                .orElseThrow(() -> ApiException.notFound(Message.of("api.what.document", Arg.count("id", docId))));
    }

    @Operation(operationId = "listDocuments", summary = "The documents attached to an application")
    @GetMapping("/api/applications/{id}/documents")
    List<StoredDocument> list(@PathVariable long id, Authentication who) {
        workflow.visible(Actor.of(who), id);
        return documents.of(id);
    }

    @Operation(
            operationId = "getDocument",
            summary = "A document's description: its title, file name, size and digital fingerprint")
    @GetMapping("/api/documents/{docId}")
    StoredDocument metadata(@PathVariable long docId, Authentication who) {
        return allowed(docId, who);
    }

    /** The bytes, only for the owning organisation's users, officers and administrators. */
    @Operation(operationId = "downloadDocument", summary = "A document's file, as uploaded")
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
                .orElseThrow(() -> ApiException.notFound(Message.of("api.what.document", Arg.count("id", docId))));
        try {
            workflow.visible(Actor.of(who), doc.applicationId());
        } catch (ApiException e) {
            throw ApiException.notFound(Message.of("api.what.document", Arg.count("id", docId)));
        }
        return doc;
    }

    /** A size limit as people write it: whole megabytes where it is some, else kilobytes. */
    private static Message size(org.springframework.util.unit.DataSize limit) {
        return limit.toKilobytes() >= 1024 && limit.toKilobytes() % 1024 == 0
                ? Message.of("api.size.megabytes", Arg.count("count", limit.toMegabytes()))
                : Message.of("api.size.kilobytes", Arg.count("count", limit.toKilobytes()));
    }

    private static String clean(String name) {
        var base = name.replace('\\', '/');
        base = base.substring(base.lastIndexOf('/') + 1).replaceAll("[\\p{Cntrl}]", "");
        return base.isBlank() ? "document" : base.length() > 300 ? base.substring(0, 300) : base;
    }
}
