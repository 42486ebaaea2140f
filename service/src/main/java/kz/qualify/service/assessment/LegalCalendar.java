package kz.qualify.service.assessment;

import java.time.Clock;
import java.time.LocalDate;
import kz.qualify.service.QualifyProperties;
import org.springframework.stereotype.Component;

/**
 * The date the law is applied on. A deployment may operate on a fixed legal date
 * ({@code qualify.legal-date}); the demo, unless told otherwise, operates a month into the first
 * edition's period; otherwise it is the filing date, today.
 */
@Component
public class LegalCalendar {

    private final QualifyProperties properties;
    private final Rulebook rulebook;
    private final Clock clock = Clock.systemDefaultZone();

    LegalCalendar(QualifyProperties properties, Rulebook rulebook) {
        this.properties = properties;
        this.rulebook = rulebook;
    }

    public LocalDate today() {
        if (properties.legalDate() != null) return properties.legalDate();
        if (properties.demo())
            return rulebook.editions().getFirst().inForceFrom().plusDays(30);
        return LocalDate.now(clock);
    }
}
