package kz.qualify.service.applications;

import io.swagger.v3.oas.annotations.Operation;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import kz.qualify.message.Arg;
import kz.qualify.message.Message;
import kz.qualify.service.QualifyProperties;
import kz.qualify.service.web.Actor;
import kz.qualify.service.web.ApiException;
import kz.qualify.service.web.CpuBound;
import kz.qualify.service.web.Etags;
import kz.qualify.service.web.PlainText;
import kz.qualify.service.web.Refuses;
import kz.qualify.staff.ImportLimits;
import kz.qualify.staff.StaffImportException;
import kz.qualify.staff.StaffImportReport;
import kz.qualify.staff.StaffTableReader;
import kz.qualify.wording.Language;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/** Staff from an uploaded table (.xlsx, .xls, .csv): replaces the dossier's staff and reports on every row. */
@RestController
class StaffTableController {

    private final ApplicationWorkflow workflow;
    private final QualifyProperties properties;
    private final CpuBound cpu;
    private final JsonMapper json;
    private volatile @Nullable StaffTableReader reader;

    StaffTableController(ApplicationWorkflow workflow, QualifyProperties properties, CpuBound cpu, JsonMapper json) {
        this.json = json;
        this.workflow = workflow;
        this.properties = properties;
        this.cpu = cpu;
    }

    /** Made on first use: its dictionaries are loaded only when a table is uploaded. */
    private StaffTableReader reader() {
        var r = reader;
        if (r == null) {
            r = new StaffTableReader(ImportLimits.defaults()
                    .withMaxFileBytes(properties.maxDocumentSize().toBytes()));
            reader = r;
        }
        return r;
    }

    @Operation(
            operationId = "importStaffTable",
            summary = "Read a staff table (.xlsx, .xls, .csv) into the dossier, with a report row by row (applicants)")
    @Refuses({409, 422})
    @PostMapping(path = "/api/applications/{id}/staff", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    ResponseEntity<Map<String, Object>> upload(
            @PathVariable long id,
            @RequestParam("file") @Nullable MultipartFile file,
            @RequestHeader(name = "If-Match", required = false) @Nullable String ifMatch,
            Authentication who,
            Language language)
            throws IOException {
        var actor = Actor.of(who);
        workflow.visible(actor, id);
        if (!actor.is(Actor.Role.APPLICANT)) {
            throw ApiException.forbidden(Message.of("api.staff.applicantsOnly"));
        }
        var version = Etags.required(ifMatch);
        if (file == null || file.isEmpty()) throw ApiException.invalid("file", Message.of("api.upload.empty"));
        var name = file.getOriginalFilename() == null ? "staff-table" : file.getOriginalFilename();
        kz.qualify.staff.StaffImport result;
        try (var in = file.getInputStream()) {
            result = cpu.run(() -> reader().read(in, name)); // a large table is seconds of CPU
        } catch (StaffImportException e) {
            var status = e.problem() == StaffImportException.Problem.TOO_LARGE
                    ? HttpStatus.CONTENT_TOO_LARGE
                    : HttpStatus.UNPROCESSABLE_CONTENT;
            throw new ApiException(
                    status,
                    "staff-table-"
                            + e.problem()
                                    .name()
                                    .toLowerCase(java.util.Locale.ROOT)
                                    .replace('_', '-'),
                    staffTableProblem(e),
                    List.of(ApiException.FieldProblem.of("file", staffTableProblem(e))));
        }
        // a cell may hold 32 767 characters; a name or a position is held to what a dossier allows
        for (int i = 0; i < result.staff().size(); i++) {
            var member = result.staff().get(i);
            PlainText.require("staff[" + i + "].fullName", member.fullName(), PlainText.MAX_NAME);
            PlainText.require("staff[" + i + "].position", member.position(), PlainText.MAX_POSITION);
        }
        var report = StaffImportReport.tree(result);
        withKazakh(report, result);
        var app = workflow.replaceStaff(actor, id, version, result.staff(), name, json.writeValueAsString(report));
        var body = new LinkedHashMap<String, Object>();
        body.put("application", app);
        body.put("report", spoken(json.valueToTree(report), language));
        return ResponseEntity.ok().eTag(Etags.of(app.version())).body(body);
    }

    /** The last import's report, kept with the application so that the page shows it again on return. */
    @Operation(
            operationId = "getStaffImportReport",
            summary = "The report of the application's last staff table import, row by row")
    @GetMapping(path = "/api/applications/{id}/staff/report", produces = MediaType.APPLICATION_JSON_VALUE)
    Map<String, Object> report(@PathVariable long id, Authentication who, Language language) {
        var body = workflow.staffReport(Actor.of(who), id);
        if (body.get("report") instanceof JsonNode report) body.put("report", spoken(report, language));
        return body;
    }

    /**
     * The kept report words each row's reasons in every language: English in {@code reasons}, the
     * others in objects named by their tags ({@code ru}, {@code kk}), so that it is shown again in
     * whichever language the page is in.
     */
    private static void withKazakh(Map<String, Object> report, kz.qualify.staff.StaffImport result) {
        if (!(report.get("rows") instanceof List<?> rows)) return;
        for (int i = 0; i < rows.size() && i < result.rows().size(); i++) {
            if (rows.get(i) instanceof Map<?, ?> row) {
                @SuppressWarnings("unchecked")
                var r = (Map<String, Object>) row;
                r.put("kk", Map.of("reasons", result.rows().get(i).reasonsKk()));
            }
        }
    }

    /**
     * The report as an answer: each row's {@code reasons} in the request's language, without the other
     * languages' objects. A report kept before it had Kazakh words gives the Russian on a Kazakh page.
     */
    static JsonNode spoken(JsonNode kept, Language language) {
        var report = kept.deepCopy();
        if (report.path("rows") instanceof ArrayNode rows) {
            for (var node : rows) {
                if (!(node instanceof ObjectNode row)) continue;
                var tag = language.tag();
                var reasons = tag.equals("en") ? null : row.path(tag).path("reasons");
                if ((reasons == null || !reasons.isArray()) && tag.equals("kk"))
                    reasons = row.path("ru").path("reasons");
                if (reasons != null && reasons.isArray()) row.set("reasons", reasons);
                row.remove(List.of("ru", "kk"));
            }
        }
        return report;
    }

    /** The kind of problem in the request's language, with the reader's own (English) words after it. */
    private static Message staffTableProblem(StaffImportException e) {
        return Message.of(
                "api.staff.rejected",
                Arg.label("problem", e.problem()),
                Arg.text("detail", String.valueOf(e.getMessage())));
    }
}
