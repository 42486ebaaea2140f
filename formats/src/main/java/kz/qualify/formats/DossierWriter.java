package kz.qualify.formats;

import java.time.LocalDate;
import java.util.Set;
import java.util.TreeSet;
import kz.qualify.dossier.Dossier;
import kz.qualify.dossier.LegalForm;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * A dossier as the JSON {@link DossierReader} reads: the same field names and order as the docs,
 * nulls left out, money as a decimal string (so no reader can turn it into a float), sets sorted so
 * the same dossier always gives the same text.
 */
final class DossierWriter {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private DossierWriter() {}

    static ObjectNode tree(Dossier d) {
        var root = NODES.objectNode();
        var applicant = root.putObject("applicant");
        applicant.put("legalForm", d.applicant().legalForm().name());
        applicant.put(
                d.applicant().legalForm() == LegalForm.INDIVIDUAL_ENTREPRENEUR ? "iin" : "bin",
                d.applicant().taxId().value());
        applicant.put("name", d.applicant().name());
        optional(applicant, "address", d.applicant().address());
        var head = d.applicant().head();
        if (head != null) {
            var h = applicant.putObject("head");
            h.put("fullName", head.fullName());
            h.put("position", head.position());
        }
        root.put("activity", d.activity());
        strings(root.putArray("subActivities"), d.subActivities());
        strings(root.putArray("works"), d.works());

        var equipment = root.putArray("equipment");
        for (var u : d.equipment()) {
            var o = equipment.addObject();
            o.put("ref", u.ref());
            o.put("kind", u.kind());
            o.put("description", u.description());
            if (u.workingPressureKgfCm2() != null) o.put("workingPressureKgfCm2", u.workingPressureKgfCm2());
            if (u.coolantTemperatureC() != null) o.put("coolantTemperatureC", u.coolantTemperatureC());
            o.put("singleTechnologicalProcess", u.singleTechnologicalProcess());
        }

        var staff = root.putArray("staff");
        for (var m : d.staff()) {
            var o = staff.addObject();
            o.put("ref", m.ref());
            o.put("fullName", m.fullName());
            o.put("position", m.position());
            o.put("role", m.role().name());
            o.put("production", m.production());
            var e = o.putObject("education");
            e.put("level", m.education().level().name());
            e.put("field", m.education().field().name());
            optional(e, "specialty", m.education().specialty());
            optional(e, "specialtyCode", m.education().specialtyCode());
            if (m.experience() != null) o.put("experienceMonths", m.experience().months());
        }

        var assets = root.putArray("assets");
        for (var a : d.assets()) {
            var o = assets.addObject();
            o.put("ref", a.ref());
            o.put("category", a.category());
            o.put("description", a.description());
            if (a.legalBasis() != null) o.put("legalBasis", a.legalBasis().name());
            optional(o, "titleDocument", a.titleDocument());
        }

        var services = root.putArray("services");
        for (var s : d.services()) {
            var o = services.addObject();
            o.put("ref", s.ref());
            o.put("function", s.function());
            o.put("name", s.name());
            var order = s.order();
            if (order != null) {
                var on = o.putObject("order");
                on.put("number", order.number());
                date(on, "date", order.date());
                optional(on, "document", order.document());
            }
        }

        var programmes = root.putArray("programmes");
        for (var p : d.programmes()) {
            var o = programmes.addObject();
            o.put("ref", p.ref());
            o.put("kind", p.kind());
            o.put("title", p.title());
            date(o, "approvedOn", p.approvedOn());
            optional(o, "approvedBy", p.approvedBy());
            if (p.onSchedule() != null) o.put("onSchedule", p.onSchedule());
            optional(o, "document", p.document());
        }

        var contracts = root.putArray("contracts");
        for (var c : d.contracts()) {
            var o = contracts.addObject();
            o.put("ref", c.ref());
            o.put("kind", c.kind());
            o.put("counterparty", c.counterparty());
            optional(o, "number", c.number());
            date(o, "date", c.date());
            date(o, "validUntil", c.validUntil());
            o.put("protocolOfIntent", c.protocolOfIntent());
            if (c.backupSupply() != null) o.put("backupSupply", c.backupSupply());
            optional(o, "document", c.document());
        }

        var permits = root.putArray("permits");
        for (var p : d.permits()) {
            var o = permits.addObject();
            o.put("ref", p.ref());
            o.put("kind", p.kind());
            o.put("number", p.number());
            date(o, "issuedOn", p.issuedOn());
            date(o, "validUntil", p.validUntil());
            optional(o, "document", p.document());
        }

        var capital = d.workingCapital();
        if (capital != null) {
            var o = root.putObject("workingCapital");
            o.put("amount", capital.amount().amount().toPlainString());
            optional(o, "bank", capital.bank());
            date(o, "certificateDate", capital.certificateDate());
            optional(o, "certificateDocument", capital.certificateDocument());
        }

        var documents = root.putArray("documents");
        for (var doc : d.documents()) {
            var o = documents.addObject();
            o.put("id", doc.id());
            o.put("kind", doc.kind());
            o.put("title", doc.title());
            date(o, "date", doc.date());
            if (doc.signedBy() != null) o.put("signedBy", doc.signedBy().name());
            o.put("sealed", doc.sealed());
            optional(o, "sha256", doc.sha256());
        }
        return root;
    }

    private static void strings(ArrayNode array, Set<String> values) {
        for (var v : new TreeSet<>(values)) array.add(v);
    }

    private static void optional(ObjectNode o, String field, @Nullable String value) {
        if (value != null) o.put(field, value);
    }

    private static void date(ObjectNode o, String field, @Nullable LocalDate value) {
        if (value != null) o.put(field, value.toString());
    }
}
