package kz.qualify.service.accounts;

import kz.qualify.service.QualifyProperties;
import kz.qualify.service.web.Actor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Component;

/**
 * Creates the first administrator when none exists, from {@code qualify.admin.username} and
 * {@code qualify.admin.password}. No password is built into the code: when none is configured a
 * random one is generated and logged once, at this first start only.
 */
@Component
@Profile("!command") // not in the command-line modes (--verify-audit, --reset-admin-password)
@Order(0)
class FirstAdministrator implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(FirstAdministrator.class);

    private final Accounts accounts;
    private final QualifyProperties properties;

    FirstAdministrator(Accounts accounts, QualifyProperties properties) {
        this.accounts = accounts;
        this.properties = properties;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (accounts.anyWithRole(Actor.Role.ADMIN)) return;
        var admin = properties.admin();
        var username = admin.username() == null || admin.username().isBlank() ? "admin" : admin.username();
        var password = admin.password();
        boolean generated = password == null || password.isBlank();
        if (generated) password = PasswordPolicy.generate();
        try {
            accounts.create("system", username, password, Actor.Role.ADMIN, null);
        } catch (DuplicateKeyException e) {
            return; // another instance created it first
        }
        if (generated) {
            log.warn(
                    "created the first administrator '{}' with the generated password: {} "
                            + "(shown only once; set qualify.admin.password to choose one before the first start,"
                            + " or reset a lost one with: ./qualify admin reset-password)",
                    username,
                    password);
        } else {
            log.info("created the first administrator '{}' from configuration", username);
        }
    }
}
