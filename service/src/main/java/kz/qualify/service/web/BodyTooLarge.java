package kz.qualify.service.web;

import java.io.IOException;
import kz.qualify.message.Arg;
import kz.qualify.message.Message;

/**
 * A request body passed the service's bound ({@link RequestHygiene}) while it was being read: an
 * {@link IOException}, so that whatever reads the body stops there, and answered 413 by {@link Problems}.
 */
public final class BodyTooLarge extends IOException {

    private final long bound;

    public BodyTooLarge(long bound) {
        super("request body larger than " + bound + " bytes", null);
        this.bound = bound;
    }

    public long bound() {
        return bound;
    }

    /** "the request body is larger than 2 MB". */
    static Message detail(long bound) {
        return Message.of("api.body.tooLarge", Arg.message("limit", size(bound)));
    }

    /** A size in megabytes when it is whole megabytes, else in kilobytes. */
    static Message size(long bytes) {
        long kb = bytes / 1024;
        return kb >= 1024 && kb % 1024 == 0
                ? Message.of("api.size.megabytes", Arg.count("count", kb / 1024))
                : Message.of("api.size.kilobytes", Arg.count("count", Math.max(1, kb)));
    }
}
