package kz.qualify.service.accounts;

import java.security.SecureRandom;
import java.util.Base64;
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
@Profile("!verify-audit")
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
        if (generated) {
            var bytes = new byte[18];
            new SecureRandom().nextBytes(bytes);
            password = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        }
        try {
            accounts.create("system", username, password, Actor.Role.ADMIN, null);
        } catch (DuplicateKeyException e) {
            return; // another instance created it first
        }
        if (generated) {
            log.warn(
                    "created the first administrator '{}' with the generated password: {} "
                            + "(set qualify.admin.password to choose one; this is shown only once)",
                    username,
                    password);
        } else {
            log.info("created the first administrator '{}' from configuration", username);
        }
    }
}
