package kz.qualify.service.assessment;

import java.util.List;
import java.util.Map;
import kz.qualify.dossier.Dossier;

/**
 * A dossier as its files prove it, and the files each requirement's evidence rests on.
 *
 * @param dossier the dossier keeping only the documents a bound file stands behind (each with that
 *     file's hash)
 * @param evidence by requirement id, the files behind the documents kept for it
 */
public record Proven(Dossier dossier, Map<String, List<Attached>> evidence) {
    public Proven {
        evidence = Map.copyOf(evidence);
    }
}
