package kz.qualify.service.organisations;

import io.swagger.v3.oas.annotations.Operation;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.net.URI;
import kz.qualify.dossier.LegalForm;
import kz.qualify.dossier.TaxId;
import kz.qualify.message.Arg;
import kz.qualify.message.Message;
import kz.qualify.service.web.Actor;
import kz.qualify.service.web.ApiException;
import kz.qualify.service.web.Etags;
import kz.qualify.service.web.Page;
import kz.qualify.service.web.PlainText;
import kz.qualify.service.web.Refuses;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/organisations")
class OrganisationController {

    private final Organisations organisations;

    OrganisationController(Organisations organisations) {
        this.organisations = organisations;
    }

    record OrganisationForm(
            @NotNull LegalForm legalForm,
            @NotBlank String taxId,
            @NotBlank @Size(max = PlainText.MAX_NAME) String name,
            @NotBlank @Size(max = 1000) String address) {}

    record OrganisationUpdate(
            @NotNull LegalForm legalForm,
            @NotBlank @Size(max = PlainText.MAX_NAME) String name,
            @NotBlank @Size(max = 1000) String address) {}

    @ResponseStatus(HttpStatus.CREATED) // as ResponseEntity answers: declared for the API document
    @Operation(operationId = "registerOrganisation", summary = "Register an organisation (officers and administrators)")
    @Refuses(409)
    @PostMapping
    @PreAuthorize("hasAnyRole('ADMIN','OFFICER')")
    ResponseEntity<Organisation> register(@Valid @RequestBody OrganisationForm form, Authentication who) {
        var problem = TaxId.problem(form.taxId());
        if (problem != null) throw ApiException.invalid("taxId", problem);
        if (organisations.findByTaxId(form.taxId()).isPresent()) {
            throw ApiException.conflict(
                    "duplicate-tax-id", Message.of("api.organisation.taxIdTaken", Arg.text("taxId", form.taxId())));
        }
        var o = organisations.register(
                who.getName(), form.legalForm(), new TaxId(form.taxId()), form.name(), form.address());
        return ResponseEntity.created(URI.create("/api/organisations/" + o.id()))
                .eTag(Etags.of(o.version()))
                .body(o);
    }

    @Operation(
            operationId = "listOrganisations",
            summary = "The organisations, page by page (officers and administrators)")
    @GetMapping
    @PreAuthorize("hasAnyRole('ADMIN','OFFICER')")
    Page<Organisation> list(@RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "50") int size) {
        return organisations.page(new Page.Request(page, size));
    }

    @Operation(operationId = "getOrganisation", summary = "An organisation: its name, BIN or IIN and addresses")
    @GetMapping("/{id}")
    ResponseEntity<Organisation> get(@PathVariable long id, Authentication who) {
        Actor.of(who).requireOrganisation(id, organisation(id));
        var o = organisations.find(id).orElseThrow(() -> ApiException.notFound(organisation(id)));
        return ResponseEntity.ok().eTag(Etags.of(o.version())).body(o);
    }

    @Operation(operationId = "updateOrganisation", summary = "Change an organisation's details")
    @PutMapping("/{id}")
    @PreAuthorize("hasAnyRole('ADMIN','APPLICANT')")
    ResponseEntity<Organisation> update(
            @PathVariable long id,
            @Valid @RequestBody OrganisationUpdate form,
            @RequestHeader(name = "If-Match", required = false) @Nullable String ifMatch,
            Authentication who) {
        Actor.of(who).requireOrganisation(id, organisation(id));
        var version = Etags.required(ifMatch);
        var o = organisations.update(who.getName(), id, version, form.legalForm(), form.name(), form.address());
        return ResponseEntity.ok().eTag(Etags.of(o.version())).body(o);
    }

    private static Message organisation(long id) {
        return Message.of("api.what.organisation", Arg.count("id", id));
    }
}
