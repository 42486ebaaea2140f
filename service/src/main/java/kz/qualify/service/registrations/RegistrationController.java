package kz.qualify.service.registrations;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirements;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.net.URI;
import kz.qualify.dossier.LegalForm;
import kz.qualify.service.web.Actor;
import kz.qualify.service.web.Page;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
class RegistrationController {

    private final Registrations registrations;

    RegistrationController(Registrations registrations) {
        this.registrations = registrations;
    }

    record RegistrationForm(
            @NotNull LegalForm legalForm,
            @NotBlank @Size(max = 12) String taxId,
            @NotBlank @Size(max = 500) String name,
            @NotBlank @Size(max = 1000) String address,
            @NotBlank @Size(max = 200) String contactName,
            @Nullable @Size(max = 200) String contactPosition,

            @NotBlank @Email(message = "{kz.qualify.account.email}") @Size(max = 254)
            String contactEmail,

            @Nullable @Pattern(regexp = "kk|ru|en", message = "{kz.qualify.account.language}")
            String contactLanguage,

            @NotBlank @Size(max = 100) @Pattern(regexp = "[A-Za-z0-9._@-]+")
            String username,

            @NotNull @Size(max = 200) String password) {}

    /**
     * A company registers itself (no login): it can log in and file once an administrator or officer
     * approves the registration.
     */
    @Operation(
            operationId = "registerCompany",
            summary = "A company registers itself with its BIN/IIN and a contact; it can file once approved (no login)")
    @SecurityRequirements // public: no login
    @PostMapping("/api/registrations")
    ResponseEntity<Registration> register(@Valid @RequestBody RegistrationForm f) {
        var r = registrations.register(new Registrations.Request(
                f.legalForm(),
                f.taxId().strip(),
                f.name(),
                f.address(),
                f.contactName(),
                f.contactPosition(),
                f.contactEmail(),
                f.contactLanguage(),
                f.username(),
                f.password()));
        return ResponseEntity.created(URI.create("/api/registrations/" + r.id()))
                .body(r);
    }

    @Operation(
            operationId = "listRegistrations",
            summary = "Companies' registrations waiting for approval, or decided (officers and administrators)")
    @GetMapping("/api/registrations")
    @PreAuthorize("hasAnyRole('ADMIN','OFFICER')")
    Page<Registration> list(
            @RequestParam(required = false) Registration.@Nullable Status status,
            @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "50") int size) {
        return registrations.page(status, new Page.Request(page, size));
    }

    @Operation(
            operationId = "approveRegistration",
            summary =
                    "Approve a company's registration: its organisation and account are created (officers and administrators)")
    @PostMapping("/api/registrations/{id}/approve")
    @PreAuthorize("hasAnyRole('ADMIN','OFFICER')")
    Registration approve(@PathVariable long id, Authentication who) {
        return registrations.approve(Actor.of(who), id);
    }

    record Rejection(@NotBlank @Size(max = 2000) String reason) {}

    @Operation(
            operationId = "rejectRegistration",
            summary = "Reject a company's registration, with the reason (officers and administrators)")
    @PostMapping("/api/registrations/{id}/reject")
    @PreAuthorize("hasAnyRole('ADMIN','OFFICER')")
    Registration reject(@PathVariable long id, @Valid @RequestBody Rejection form, Authentication who) {
        return registrations.reject(Actor.of(who), id, form.reason());
    }
}
