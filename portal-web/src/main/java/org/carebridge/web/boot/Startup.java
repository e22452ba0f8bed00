package org.carebridge.web.boot;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import org.carebridge.care.setup.boundary.FirstRun;
import org.carebridge.config.DatabaseMigrator;

import javax.sql.DataSource;
import java.util.logging.Logger;

/** Migrates the database and seeds a first start before the portal reports ready. */
@jakarta.ejb.Startup
@Singleton
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class Startup {

    private static final Logger LOG = Logger.getLogger(Startup.class.getName());

    @Resource(lookup = Database.JNDI)
    DataSource dataSource;

    @Inject
    FirstRun firstRun;

    @PostConstruct
    void start() {
        var result = DatabaseMigrator.migrate(dataSource, getClass().getClassLoader());
        LOG.info(() -> "Database schema at version " + result.targetSchemaVersion + " (" + result.migrationsExecuted
                + " migrations applied now)");
        firstRun.seed();
    }
}
