package kz.qualify.service.demo;

import java.security.SecureRandom;
import java.util.Base64;
import java.util.List;
import kz.qualify.dossier.LegalForm;
import kz.qualify.dossier.TaxId;
import kz.qualify.service.QualifyProperties;
import kz.qualify.service.accounts.Account;
import kz.qualify.service.accounts.Accounts;
import kz.qualify.service.applications.ApplicationWorkflow;
import kz.qualify.service.organisations.Organisations;
import kz.qualify.service.web.Actor;
import kz.qualify.wording.Language;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Component;

/**
 * With {@code qualify.demo=true}: a demo organisation, an applicant and an officer account and a
 * sample application for item 1 (electricity transmission) with a small staff table, filed on the
 * demo's legal date (inside the edition's period), so the review flow can be tried at once. Created once; a restart finds them and does nothing.
 */
@Component
@Profile("!command") // not in the command-line modes (--verify-audit, --reset-admin-password)
// Decided when it runs (qualify.demo), not by a condition on the bean: `./qualify serve` runs the
// bean graph worked out at build time (Spring AOT), which would freeze such a condition as built.
@Order(10)
class DemoData implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoData.class);
    static final String APPLICANT = "demo-applicant";
    static final String OFFICER = "demo-officer";

    private final Organisations organisations;
    private final Accounts accounts;
    private final ApplicationWorkflow workflow;
    private final QualifyProperties properties;

    DemoData(
            Organisations organisations,
            Accounts accounts,
            ApplicationWorkflow workflow,
            QualifyProperties properties) {
        this.organisations = organisations;
        this.accounts = accounts;
        this.workflow = workflow;
        this.properties = properties;
    }

    /** A BIN with a valid check digit (registered 2005-12, legal entity, serial 000123). */
    static String demoBin() {
        for (int serial = 123; ; serial++) {
            var first = "0512400%04d".formatted(serial);
            int check = TaxId.checkDigit(first);
            if (check < 10) return first + check;
        }
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!properties.demo() || accounts.findByUsername(APPLICANT).isPresent()) return;
        var password = properties.demoPassword();
        boolean generated = password == null || password.isBlank();
        if (generated) {
            var bytes = new byte[12];
            new SecureRandom().nextBytes(bytes);
            password = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        }
        var bin = demoBin();
        try {
            var org = organisations
                    .findByTaxId(bin)
                    .orElseGet(() -> organisations.register(
                            "system",
                            LegalForm.LEGAL_ENTITY,
                            new TaxId(bin),
                            "ТОО «Демо Энерго Транзит»",
                            "г. Усть-Каменогорск, ул. Казахстан, 1"));
            accounts.create("system", APPLICANT, password, Actor.Role.APPLICANT, org.id());
            var officer = accounts.create("system", OFFICER, password, Actor.Role.OFFICER, null);
            // a decision names its officer by full name and position (a made-up person)
            accounts.setProfile(
                    "system",
                    officer.id(),
                    new Account.Profile("Сейткали Асель Маратовна", "Главный специалист", null, "ru"));
            var applicant = new Actor(APPLICANT, Actor.Role.APPLICANT, org.id());
            var app = workflow.create(applicant, 1, List.of());
            var edited = workflow.editDossier(applicant, app.id(), app.version(), sampleDossier(bin));
            // filed, so the officer's queue has something to review
            workflow.submit(applicant, app.id(), edited.version(), "demo-" + app.id(), "demo", Language.of("en"));
        } catch (DuplicateKeyException e) {
            return; // another instance is creating them
        }
        log.warn(
                "demo data created: accounts '{}' and '{}' with password {}{}",
                APPLICANT,
                OFFICER,
                generated ? password : "(from qualify.demo-password)",
                generated ? " (generated; set qualify.demo-password to choose one)" : "");
    }

    static String sampleDossier(String bin) {
        return """
                {"applicant": {"legalForm": "LEGAL_ENTITY", "bin": "%s", "name": "ТОО «Демо Энерго Транзит»"},
                 "activity": 1, "subActivities": [], "works": [],
                 "staff": [
                  {"ref": "row-1", "fullName": "Ахметов Ерлан Серикович", "position": "Главный инженер", "role": "MANAGER",
                   "production": true, "education": {"level": "HIGHER", "field": "ELECTRIC_POWER",
                   "specialty": "Электроэнергетические системы и сети"}, "experienceMonths": 144},
                  {"ref": "row-2", "fullName": "Жумабекова Айгуль Маратовна", "position": "Инженер-релейщик",
                   "role": "SPECIALIST", "production": true,
                   "education": {"level": "TECHNICAL_VOCATIONAL", "field": "ELECTRIC_POWER"}, "experienceMonths": 30},
                  {"ref": "row-3", "fullName": "Серикбаев Нурлан", "position": "Электромонтёр", "role": "WORKER",
                   "production": true, "education": {"level": "GENERAL_SECONDARY", "field": "NON_TECHNICAL"}}
                 ]}
                """.formatted(bin);
    }
}
