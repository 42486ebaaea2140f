package kz.qualify.testsupport;

import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** Registered only by the problem-details test: an endpoint that fails the way a bug would. */
@RestController
public class FailingController {

    @GetMapping("/api/test/fail")
    String fail() {
        throw new DataIntegrityViolationException(
                "could not execute statement [SELECT password_hash FROM accounts WHERE username = ?]",
                new IllegalStateException("java.sql.SQLException: secret"));
    }
}
