package kz.qualify.testsupport;

import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

/** Registered only by the problem-details test: endpoints that fail the way a bug or a lost database would. */
@RestController
public class FailingController {

    private final AtomicInteger flaky = new AtomicInteger();

    @GetMapping("/api/test/fail")
    String fail() {
        throw new DataIntegrityViolationException(
                "could not execute statement [SELECT password_hash FROM accounts WHERE username = ?]",
                new IllegalStateException("java.sql.SQLException: secret"));
    }

    /** Every other call finds its connection cut, as after {@code pg_terminate_backend}. */
    @GetMapping("/api/test/flaky")
    String flaky() {
        if (flaky.getAndIncrement() % 2 == 0) throw cut();
        return "ok";
    }

    /** A change whose connection is always cut. */
    @PostMapping("/api/test/flaky")
    String flakyChange() {
        throw cut();
    }

    private static DataAccessResourceFailureException cut() {
        return new DataAccessResourceFailureException(
                "terminating connection due to administrator command",
                new java.sql.SQLException("terminating connection due to administrator command", "57P01"));
    }
}
