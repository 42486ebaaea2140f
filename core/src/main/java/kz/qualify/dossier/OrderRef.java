package kz.qualify.dossier;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/** An internal order (приказ) establishing a service or appointing a responsible person. */
public record OrderRef(
        String number, LocalDate date, @Nullable String document) {}
