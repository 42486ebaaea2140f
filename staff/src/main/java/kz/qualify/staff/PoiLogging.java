package kz.qualify.staff;

/**
 * Keeps Apache POI's logging quiet where the application has no logging back end for it.
 *
 * <p>POI logs through the Log4j API. With no Log4j provider on the class path (the command line,
 * tests, benchmarks), the Log4j API writes "Log4j API could not find a logging provider." to
 * standard error the first time POI asks for a logger, as when an .xls file is opened: noise in
 * front of the command's own output, which people then take for a failure. Where no provider is
 * present and nobody chose a logger context factory, this chooses the Log4j API's own simple one,
 * which writes POI's errors (and only errors) to standard error as before, without the notice.
 * Where a provider is present (the service, whose Spring Boot routes Log4j to its own logging),
 * nothing is changed.
 */
final class PoiLogging {

    /** The system property the Log4j API reads to choose its logger context factory. */
    static final String FACTORY_PROPERTY = "log4j2.loggerContextFactory";

    private static final String SIMPLE_FACTORY = "org.apache.logging.log4j.simple.SimpleLoggerContextFactory";

    private PoiLogging() {}

    /** Once per class loader, before POI is first used. */
    static void quiet() {
        Holder.DONE.hashCode();
    }

    private static final class Holder {
        static final Boolean DONE = choose();
    }

    private static Boolean choose() {
        try {
            if (System.getProperty(FACTORY_PROPERTY) != null
                    || System.getProperty("log4j.provider") != null
                    || System.getProperty("log4j2.provider") != null) {
                return false;
            }
            var loader = PoiLogging.class.getClassLoader();
            boolean provider = loader.getResource("META-INF/services/org.apache.logging.log4j.spi.Provider") != null
                    || loader.getResource("META-INF/log4j-provider.properties") != null;
            if (provider || loader.getResource(SIMPLE_FACTORY.replace('.', '/') + ".class") == null) return false;
            System.setProperty(FACTORY_PROPERTY, SIMPLE_FACTORY);
            return true;
        } catch (SecurityException e) {
            return false; // the notice is noise, not a reason to fail a read
        }
    }
}
