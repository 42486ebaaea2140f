package kz.qualify.testsupport;

import java.util.HashMap;
import java.util.Map;
import kz.qualify.service.QualifyApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/** One running instance of the service on a random port. */
public final class Instance implements AutoCloseable {

    public static final String ADMIN = "admin";
    public static final String ADMIN_PASSWORD = "admin-test-password";
    /** Inside the edition's period (the decree was in force from September 2012 to February 2013). */
    public static final String LEGAL_DATE = "2012-11-01";

    private final ConfigurableApplicationContext context;

    private Instance(ConfigurableApplicationContext context) {
        this.context = context;
    }

    public static Instance start(Databases db, Class<?>... extraSources) {
        return start(db, Map.of(), extraSources);
    }

    public static Instance start(Databases db, Map<String, Object> extra, Class<?>... extraSources) {
        var props = new HashMap<String, Object>(db.properties());
        props.put("server.port", "0");
        props.put("qualify.admin.username", ADMIN);
        props.put("qualify.admin.password", ADMIN_PASSWORD);
        props.put("qualify.legal-date", LEGAL_DATE);
        props.put("spring.datasource.hikari.maximum-pool-size", "4");
        props.put("logging.level.root", "WARN");
        props.putAll(extra);
        var sources = new Class<?>[extraSources.length + 1];
        sources[0] = QualifyApplication.class;
        System.arraycopy(extraSources, 0, sources, 1, extraSources.length);
        var args = props.entrySet().stream()
                .map(e -> "--" + e.getKey() + "=" + e.getValue())
                .toArray(String[]::new);
        var context = new SpringApplicationBuilder(sources).run(args);
        return new Instance(context);
    }

    public int port() {
        return ((WebServerApplicationContext) context).getWebServer().getPort();
    }

    public Api api() {
        return Api.at(port());
    }

    public Api admin() {
        return api().as(ADMIN, ADMIN_PASSWORD);
    }

    public JdbcClient jdbc() {
        return context.getBean(JdbcClient.class);
    }

    public <T> T bean(Class<T> type) {
        return context.getBean(type);
    }

    @Override
    public void close() {
        context.close();
    }
}
