package kz.qualify.service.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import kz.qualify.testsupport.Api;
import kz.qualify.testsupport.Databases;
import kz.qualify.testsupport.Instance;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.SerializationFeature;

/**
 * The API document clients read, kept in {@code docs/openapi.json}, is the one the service serves:
 * the build lints that file and generates the test client from it, so a change of the API that is
 * not carried into it fails here, with the served document written beside for review.
 */
class ApiDocumentIT {

    private static final Path KEPT = Path.of("../docs/openapi.json");
    private static final Path SERVED = Path.of("target/openapi.json");

    private static Databases db;
    private static Instance instance;

    @BeforeAll
    static void start() {
        db = Databases.h2();
        instance = Instance.start(db);
    }

    @AfterAll
    static void stop() throws Exception {
        instance.close();
        db.close();
    }

    @Test
    void theKeptDocumentIsTheServedOne() throws Exception {
        var answer = instance.api().get("/v3/api-docs");
        assertThat(answer.status()).isEqualTo(200);
        JsonNode served = answer.json();
        Files.writeString(
                SERVED,
                Api.JSON.writer().with(SerializationFeature.INDENT_OUTPUT).writeValueAsString(served) + "\n");
        JsonNode kept = Api.JSON.readTree(Files.readString(KEPT));
        var differences = new ArrayList<String>();
        differences("", kept, served, differences);
        assertThat(differences)
                .as("docs/openapi.json differs from what the service serves (kept | served); review the change "
                        + "and run `cp service/target/openapi.json docs/openapi.json`")
                .isEmpty();
    }

    /** Where two documents differ, as JSON pointers: a readable failure instead of two 100 KB strings. */
    private static void differences(String at, JsonNode kept, JsonNode served, List<String> found) {
        if (found.size() >= 20) return;
        if (kept.isObject() && served.isObject()) {
            var names = new TreeSet<String>();
            kept.propertyNames().forEach(names::add);
            served.propertyNames().forEach(names::add);
            for (var name : names) {
                var where = at + "/" + name.replace("~", "~0").replace("/", "~1");
                if (!kept.has(name)) found.add(where + ": only served");
                else if (!served.has(name)) found.add(where + ": only kept");
                else differences(where, kept.get(name), served.get(name), found);
            }
        } else if (kept.isArray() && served.isArray() && kept.size() == served.size()) {
            for (int i = 0; i < kept.size(); i++) differences(at + "/" + i, kept.get(i), served.get(i), found);
        } else if (!kept.equals(served)) {
            found.add(at + ": " + abbreviated(kept) + " | " + abbreviated(served));
        }
    }

    private static String abbreviated(JsonNode node) {
        var text = node.toString();
        return text.length() <= 120 ? text : text.substring(0, 117) + "...";
    }

    @Test
    void everyOperationHasASummaryAnIdAndItsProblemResponses() {
        JsonNode doc = instance.api().get("/v3/api-docs").json();
        var operations = 0;
        for (var path : doc.get("paths").properties()) {
            for (var op : path.getValue().properties()) {
                operations++;
                var where = op.getKey().toUpperCase() + " " + path.getKey();
                var o = op.getValue();
                assertThat(o.path("summary").asString(""))
                        .as(where + " summary")
                        .isNotBlank();
                assertThat(o.path("operationId").asString(""))
                        .as(where + " operationId")
                        .doesNotContain("_");
                var responses = o.get("responses");
                assertThat(responses.has("503")).as(where + " 503").isTrue();
                responses.properties().forEach(r -> {
                    if (r.getKey().startsWith("4") || r.getKey().startsWith("5")) {
                        assertThat(r.getValue()
                                        .at("/content/application~1problem+json/schema/$ref")
                                        .asString(""))
                                .as(where + " " + r.getKey())
                                .isEqualTo("#/components/schemas/Problem");
                    }
                });
                if (path.getKey().contains("{"))
                    assertThat(responses.has("404")).as(where + " 404").isTrue();
                boolean isPublic = o.has("security") && o.get("security").isEmpty();
                assertThat(responses.has("401")).as(where + " 401").isEqualTo(!isPublic);
            }
        }
        assertThat(operations).isGreaterThan(40);
    }
}
