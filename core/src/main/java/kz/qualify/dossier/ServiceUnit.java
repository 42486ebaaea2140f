package kz.qualify.dossier;

import org.jspecify.annotations.Nullable;

/**
 * A service (служба) or responsible person ensuring a function, with the order that established it.
 *
 * @param ref the dossier's id
 * @param function the vocabulary code of the function it ensures
 * @param name the service's or person's name
 * @param order the order establishing it, or null when none is given
 */
public record ServiceUnit(
        String ref, String function, String name, @Nullable OrderRef order) {}
