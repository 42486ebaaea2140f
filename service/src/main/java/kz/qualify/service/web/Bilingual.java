package kz.qualify.service.web;

import kz.qualify.message.Arg;
import kz.qualify.message.Message;

/**
 * Words the rules core and the dossier reader still give ready-made in English and Russian, as a
 * message: English reads the English, Russian and Kazakh the Russian. A bridge while those layers
 * move to message keys of their own; nothing new should use it.
 */
public final class Bilingual {

    private Bilingual() {}

    public static Message of(String en, String ru) {
        return Message.of("api.bilingual", Arg.text("en", en), Arg.text("ru", ru));
    }
}
