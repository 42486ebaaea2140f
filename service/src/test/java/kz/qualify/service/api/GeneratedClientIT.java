package kz.qualify.service.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;
import java.util.UUID;
import kz.qualify.client.ApiClient;
import kz.qualify.client.ApiException;
import kz.qualify.client.api.ApplicationControllerApi;
import kz.qualify.client.api.RegistryControllerApi;
import kz.qualify.client.model.Application;
import kz.qualify.client.model.NewApplication;
import kz.qualify.client.model.Problem;
import kz.qualify.testsupport.Databases;
import kz.qualify.testsupport.Fixtures;
import kz.qualify.testsupport.Instance;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The applicant's filing through a client generated from the API document (docs/openapi.json, by
 * openapi-generator's Java generator at build time), as an integrator would write it: what the document
 * declares is what the service answers, refusals included.
 */
class GeneratedClientIT {

    private static Databases db;
    private static Instance instance;
    private static Fixtures.Org org;

    @BeforeAll
    static void start() {
        db = Databases.h2();
        instance = Instance.start(db);
        org = Fixtures.organisation(instance.admin(), "ТОО «Клиент»");
    }

    @AfterAll
    static void stop() throws Exception {
        instance.close();
        db.close();
    }

    private static ApiClient client(String username, String password) {
        var basic = Base64.getEncoder().encodeToString((username + ":" + password).getBytes(StandardCharsets.UTF_8));
        var client = new ApiClient();
        client.updateBaseUri("http://localhost:" + instance.port());
        client.setRequestInterceptor(request -> request.header("Authorization", "Basic " + basic));
        return client;
    }

    @Test
    void anApplicantFilesThroughTheGeneratedClient() throws Exception {
        var applications = new ApplicationControllerApi(client("applicant-" + org.bin(), Fixtures.PASSWORD));

        var draft = applications.createApplication(new NewApplication().activity(7), null, null);
        assertThat(draft.getId()).isPositive();
        assertThat(draft.getState()).isEqualTo(Application.StateEnum.DRAFT);

        var dossier = new ObjectMapper().readValue(Fixtures.item7Dossier(org.bin(), org.name(), true), Map.class);
        var edited = applications.replaceDossier(draft.getId(), dossier, etag(draft.getVersion()), null, null);
        assertThat(edited.getVersion()).isGreaterThan(draft.getVersion());

        var key = UUID.randomUUID().toString();
        var filing = applications.submitApplication(draft.getId(), key, etag(edited.getVersion()), "ru", null, null);
        assertThat(filing).isInstanceOf(Map.class);
        var filed = applications.getApplication(draft.getId(), null, null);
        assertThat(filed.getState()).isEqualTo(Application.StateEnum.SUBMITTED);

        // a filed application's dossier cannot be replaced: the refusal is the problem document declared
        var refused = catchThrowableOfType(
                ApiException.class,
                () -> applications.replaceDossier(draft.getId(), dossier, etag(filed.getVersion()), "ru", null));
        assertThat(refused.getCode()).isEqualTo(409);
        assertThat(refused.getResponseHeaders().firstValue("Content-Type")).hasValue("application/problem+json");
        var problem = new ObjectMapper().readValue(refused.getResponseBody(), Problem.class);
        assertThat(problem.getStatus()).isEqualTo(409);
        assertThat(problem.getType().toString()).startsWith("https://qualify.kz/problems/");
        assertThat(problem.getDetail()).containsPattern("\\p{IsCyrillic}");
    }

    @Test
    void aRequestWithoutTheRequiredKeyIsRefusedNamingIt() throws Exception {
        var applications = new ApplicationControllerApi(client("applicant-" + org.bin(), Fixtures.PASSWORD));
        var draft = applications.createApplication(new NewApplication().activity(7), null, null);

        var refused = catchThrowableOfType(
                ApiException.class, () -> applications.submitApplication(draft.getId(), null, null, null, null, null));
        assertThat(refused.getCode()).isEqualTo(400);
        var problem = new ObjectMapper().readValue(refused.getResponseBody(), Problem.class);
        assertThat(problem.getErrors()).anySatisfy(e -> assertThat(e.getField()).isEqualTo("Idempotency-Key"));
    }

    @Test
    void thePublicRegistryNeedsNoLogin() throws Exception {
        var anonymous = new ApiClient();
        anonymous.updateBaseUri("http://localhost:" + instance.port());
        var registry = new RegistryControllerApi(anonymous);
        var missing =
                catchThrowableOfType(ApiException.class, () -> registry.getLicence("NO-SUCH-LICENCE", null, null));
        assertThat(missing.getCode()).isEqualTo(404);
        assertThat(registry.searchRegistry(null, "Клиент", null, null, 0, 20, null, null)
                        .getTotal())
                .isZero();
    }

    private static String etag(Long version) {
        return "\"" + version + "\"";
    }
}
