package com.kiorex.kernel.persistence;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;

/**
 * Brings the schema up to date at start-up, before any request is served. Migrations of every
 * context live under {@code db/migration/<context>/} and are versioned by date, so contexts can
 * add migrations independently. They run as the schema owner; the application role only gets
 * the privileges the migrations grant it.
 */
@Singleton
@Startup
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class SchemaMigration {

    private static final Logger LOG = Logger.getLogger(SchemaMigration.class.getName());

    @Resource(lookup = "jdbc/kiorexMigrations")
    DataSource ownerDataSource;

    @Inject
    @ConfigProperty(name = "kiorex.db.app-role", defaultValue = "kiorex_app")
    String appRole;

    private volatile boolean done;

    @PostConstruct
    void migrate() {
        MigrateResult result;
        try {
            result = Flyway.configure(getClass().getClassLoader())
                    .dataSource(ownerDataSource)
                    .locations("classpath:db/migration")
                    .placeholders(Map.of("appRole", appRole))
                    .load()
                    .migrate();
        } catch (RuntimeException e) {
            LOG.log(Level.SEVERE, "schema migration failed; the application will not serve requests", e);
            throw e;
        }
        LOG.info(() -> "schema at version " + result.targetSchemaVersion + " (" + result.migrationsExecuted
                + " migrations applied now)");
        done = true;
    }

    public boolean done() {
        return done;
    }
}
