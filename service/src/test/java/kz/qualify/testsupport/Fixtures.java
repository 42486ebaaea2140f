package kz.qualify.testsupport;

import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import kz.qualify.dossier.TaxId;

/** Organisations, accounts and dossiers the tests create through the API. */
public final class Fixtures {

    public static final String PASSWORD = "password-for-tests";

    /**
     * The initial password an administrator gives a new account: temporary, so each fixture account
     * first replaces it with {@link #PASSWORD}, as its user would.
     */
    public static final String INITIAL_PASSWORD = "initial-password-for-tests";

    private Fixtures() {}

    /** The body of {@code POST /api/organisations} for a new legal entity in Astana, with a random BIN. */
    public static Map<String, Object> newLegalEntity(String name) {
        return json("legalForm", "LEGAL_ENTITY", "taxId", bin(), "name", name, "address", "Астана");
    }

    /** A random legal entity's BIN with a valid check digit. */
    public static String bin() {
        while (true) {
            var first = "%02d%02d4%06d"
                    .formatted(
                            ThreadLocalRandom.current().nextInt(0, 100),
                            ThreadLocalRandom.current().nextInt(1, 13),
                            ThreadLocalRandom.current().nextInt(0, 1_000_000));
            int check = TaxId.checkDigit(first);
            if (check < 10) return first + check;
        }
    }

    /** An organisation with an applicant account; returns the organisation's id and the applicant's client. */
    public record Org(long id, String bin, String name, Api applicant) {}

    public static Org organisation(Api admin, String name) {
        var bin = bin();
        var r = admin.post(
                "/api/organisations",
                Map.of(
                        "legalForm",
                        "LEGAL_ENTITY",
                        "taxId",
                        bin,
                        "name",
                        name,
                        "address",
                        "г. Астана, ул. Тестовая, 1"));
        if (r.status() != 201) throw new IllegalStateException("organisation: " + r);
        long id = r.json().get("id").asLong();
        var username = "applicant-" + bin;
        var applicant = account(admin, username, "APPLICANT", id);
        return new Org(id, bin, name, applicant);
    }

    public static Api officer(Api admin, String username) {
        return account(admin, username, "OFFICER", null);
    }

    /** An officer whose username is {@code prefix} and a random suffix: a new one in every test. */
    public static Api newOfficer(Api admin, String prefix) {
        return officer(admin, prefix + "-" + key().substring(0, 8));
    }

    /**
     * An account created by the administrator with {@link #INITIAL_PASSWORD}, whose user then changes
     * that temporary password to {@link #PASSWORD}; the client logs in with the latter.
     */
    public static Api account(Api admin, String username, String role, Long organisationId) {
        var form = json("username", username, "password", INITIAL_PASSWORD, "role", role);
        if (organisationId != null) form.put("organisationId", organisationId);
        if ("OFFICER".equals(role)) {
            // a decision names its officer: every test officer can sign one
            form.put("fullName", "Проверяющий " + username);
            form.put("position", "Главный специалист");
        }
        var a = admin.post("/api/accounts", form);
        if (a.status() != 201) throw new IllegalStateException(role + " account: " + a);
        var initial = admin.anonymous().as(username, INITIAL_PASSWORD);
        var changed =
                initial.put("/api/me/password", json("currentPassword", INITIAL_PASSWORD, "newPassword", PASSWORD));
        if (changed.status() != 204) throw new IllegalStateException("first password change: " + changed);
        return admin.anonymous().as(username, PASSWORD);
    }

    /**
     * A dossier for item 7 (purchase of electricity for supply) that meets every requirement but 7.1,
     * which the law leaves to the officer; with {@code capital = false} the working capital is missing
     * and 7.3 is not met.
     */
    public static String item7Dossier(String bin, String name, boolean capital) {
        return """
                {"applicant": {"legalForm": "LEGAL_ENTITY", "bin": "%s", "name": "%s"},
                 "activity": 7, "subActivities": [], "works": [],
                 "staff": [
                  {"ref": "row-1", "fullName": "Ахметов Ерлан", "position": "Директор", "role": "MANAGER", "production": true,
                   "education": {"level": "HIGHER", "field": "ELECTRIC_POWER"}, "experienceMonths": 120},
                  {"ref": "row-2", "fullName": "Жумабекова Айгуль", "position": "Инженер", "role": "SPECIALIST",
                   "production": true, "education": {"level": "TECHNICAL_VOCATIONAL", "field": "ELECTRIC_POWER"},
                   "experienceMonths": 30}],
                 "assets": [{"ref": "office-1", "category": "consumer-office", "description": "Офис", "legalBasis": "OWNERSHIP",
                   "titleDocument": "doc-title"}],
                 "services": [
                  {"ref": "svc-1", "function": "consumer-service", "name": "Абонентская служба",
                   "order": {"number": "1", "date": "2012-06-01", "document": "doc-order"}},
                  {"ref": "svc-2", "function": "dispatch-service", "name": "Диспетчерская служба",
                   "order": {"number": "2", "date": "2012-06-01", "document": "doc-order"}}],
                 "contracts": [
                  {"ref": "c-1", "kind": "generation-supply-contract", "counterparty": "АО «Станция»", "number": "1",
                   "date": "2012-03-01", "protocolOfIntent": false, "backupSupply": true, "document": "doc-c1"},
                  {"ref": "c-2", "kind": "transmission-contract", "counterparty": "АО «Сети»", "number": "2",
                   "date": "2012-03-01", "protocolOfIntent": false, "backupSupply": false, "document": "doc-c2"}],
                 %s
                 "documents": [
                  {"id": "doc-title", "kind": "title-document", "title": "Свидетельство"},
                  {"id": "doc-order", "kind": "order", "title": "Приказ", "signedBy": "FIRST_HEAD", "sealed": true},
                  {"id": "doc-c1", "kind": "contract-copy", "title": "Договор 1"},
                  {"id": "doc-c2", "kind": "contract-copy", "title": "Договор 2"},
                  {"id": "doc-bank", "kind": "bank-certificate", "title": "Справка банка", "date": "2012-10-01"},
                  {"id": "doc-staff", "kind": "staff-summary-table", "title": "Сводная таблица"},
                  {"id": "doc-sched", "kind": "staffing-schedule", "title": "Штатное расписание"}]
                }
                """.formatted(
                        bin,
                        name,
                        capital
                                ? "\"workingCapital\": {\"amount\": \"20000000.00\", \"bank\": \"АО «Банк»\", "
                                        + "\"certificateDate\": \"2012-10-01\", \"certificateDocument\": \"doc-bank\"},"
                                : "");
    }

    /** A minimal PDF: enough for the type check, which reads the first bytes. */
    public static byte[] pdf(String text) {
        return ("%PDF-1.4\n% " + text + "\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n")
                .getBytes(java.nio.charset.StandardCharsets.UTF_8);
    }

    public static String key() {
        return java.util.UUID.randomUUID().toString();
    }

    public static Map<String, Object> json(Object... kv) {
        var m = new java.util.LinkedHashMap<String, Object>();
        for (int i = 0; i + 1 < kv.length; i += 2) m.put((String) kv[i], kv[i + 1]);
        return m;
    }
}
