package kz.qualify.service.licences;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirements;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import kz.qualify.message.Arg;
import kz.qualify.message.Message;
import kz.qualify.service.web.Actor;
import kz.qualify.service.web.ApiException;
import kz.qualify.service.web.Etags;
import kz.qualify.service.web.Page;
import kz.qualify.service.web.Refuses;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
class RegistryController {

    private final Licences licences;

    RegistryController(Licences licences) {
        this.licences = licences;
    }

    /** The public registry (no login). */
    @Operation(
            operationId = "searchRegistry",
            summary = "The public registry of licences: search by holder's name or BIN/IIN (no login)")
    @SecurityRequirements // public: no login
    @GetMapping("/api/registry/licences")
    Page<Licence> search(
            @RequestParam(required = false) @Nullable String bin,
            @RequestParam(required = false) @Nullable String name,
            @RequestParam(required = false) @Nullable Integer activity,
            @RequestParam(required = false) Licence.@Nullable Status status,
            @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "50") int size) {
        return licences.search(bin, name, activity, status, new Page.Request(page, size));
    }

    @Operation(operationId = "getLicence", summary = "One licence from the public registry, with its status (no login)")
    @SecurityRequirements // public: no login
    @GetMapping("/api/registry/licences/{number}")
    ResponseEntity<Licence> get(@PathVariable String number) {
        var l = licences.find(number)
                .orElseThrow(() -> ApiException.notFound(Message.of("api.what.licence", Arg.text("number", number))));
        return ResponseEntity.ok().eTag(Etags.of(l.version())).body(l);
    }

    record Reason(@NotBlank @Size(max = 2000) String reason) {}

    @Operation(operationId = "suspendLicence", summary = "Suspend a licence, with the reason (officers)")
    @Refuses(409)
    @PostMapping("/api/licences/{number}/suspend")
    @PreAuthorize("hasRole('OFFICER')")
    ResponseEntity<Licence> suspend(
            @PathVariable String number,
            @Valid @RequestBody Reason reason,
            @RequestHeader(name = "If-Match", required = false) @Nullable String ifMatch,
            Authentication who) {
        return change(number, reason, ifMatch, who, Licence.Status.SUSPENDED, Licence.Status.ACTIVE);
    }

    @Operation(operationId = "revokeLicence", summary = "Revoke a licence, with the reason (officers)")
    @Refuses(409)
    @PostMapping("/api/licences/{number}/revoke")
    @PreAuthorize("hasRole('OFFICER')")
    ResponseEntity<Licence> revoke(
            @PathVariable String number,
            @Valid @RequestBody Reason reason,
            @RequestHeader(name = "If-Match", required = false) @Nullable String ifMatch,
            Authentication who) {
        return change(
                number, reason, ifMatch, who, Licence.Status.REVOKED, Licence.Status.ACTIVE, Licence.Status.SUSPENDED);
    }

    @Operation(operationId = "reinstateLicence", summary = "Resume a suspended licence (officers)")
    @Refuses(409)
    @PostMapping("/api/licences/{number}/reinstate")
    @PreAuthorize("hasRole('OFFICER')")
    ResponseEntity<Licence> reinstate(
            @PathVariable String number,
            @Valid @RequestBody Reason reason,
            @RequestHeader(name = "If-Match", required = false) @Nullable String ifMatch,
            Authentication who) {
        return change(number, reason, ifMatch, who, Licence.Status.ACTIVE, Licence.Status.SUSPENDED);
    }

    private ResponseEntity<Licence> change(
            String number,
            Reason reason,
            @Nullable String ifMatch,
            Authentication who,
            Licence.Status to,
            Licence.Status... from) {
        var l = licences.changeStatus(
                        Actor.of(who).username(),
                        number,
                        Etags.optional(ifMatch),
                        to,
                        reason.reason(),
                        java.util.Set.of(from))
                .orElseThrow(() -> ApiException.notFound(Message.of("api.what.licence", Arg.text("number", number))));
        return ResponseEntity.ok().eTag(Etags.of(l.version())).body(l);
    }
}
