package org.carebridge.config;

import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;

import javax.sql.DataSource;

/**
 * Applies the versioned migrations that every module ships under {@code db/migration}. Versions are
 * timestamps ({@code V2026_11_28_01__…}) so that modules never collide.
 */
public final class DatabaseMigrator {

    private DatabaseMigrator() {
    }

    public static MigrateResult migrate(DataSource dataSource, ClassLoader classLoader) {
        return Flyway.configure(classLoader)
                .dataSource(dataSource)
                .locations("classpath:db/migration")
                .validateMigrationNaming(true)
                .load()
                .migrate();
    }
}
