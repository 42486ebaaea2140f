package kz.qualify.service.issued;

import com.openhtmltopdf.util.Diagnostic;
import com.openhtmltopdf.util.XRLogger;
import java.util.logging.Level;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * openhtmltopdf's log through SLF4J, under its own logger names ({@code com.openhtmltopdf.load} …),
 * so the service's logging settings apply ({@code logging.level.com.openhtmltopdf=WARN}). Left alone,
 * it writes every stylesheet parse and font load to the console at INFO through a handler of its own.
 */
final class RendererLogging implements XRLogger {

    static void install() {
        com.openhtmltopdf.util.XRLog.setLoggerImpl(new RendererLogging());
    }

    private static Logger logger(String where) {
        return LoggerFactory.getLogger(where);
    }

    @Override
    public void log(String where, Level level, String message) {
        log(where, level, message, null);
    }

    @Override
    public void log(String where, Level level, String message, @Nullable Throwable error) {
        var logger = logger(where);
        int value = level.intValue();
        if (value >= Level.SEVERE.intValue()) {
            logger.error(message, error);
        } else if (value >= Level.WARNING.intValue()) {
            logger.warn(message, error);
        } else if (value >= Level.INFO.intValue()) {
            logger.info(message, error);
        } else {
            logger.debug(message, error);
        }
    }

    @Override
    public void setLevel(String logger, Level level) {
        // the levels are the service's logging settings
    }

    @Override
    public boolean isLogLevelEnabled(Diagnostic diagnostic) {
        var logger = logger(diagnostic.getLogMessageId().getWhere());
        int value = diagnostic.getLevel().intValue();
        if (value >= Level.SEVERE.intValue()) return logger.isErrorEnabled();
        if (value >= Level.WARNING.intValue()) return logger.isWarnEnabled();
        if (value >= Level.INFO.intValue()) return logger.isInfoEnabled();
        return logger.isDebugEnabled();
    }
}
