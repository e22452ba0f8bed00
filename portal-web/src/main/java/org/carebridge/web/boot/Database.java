package org.carebridge.web.boot;

import jakarta.annotation.sql.DataSourceDefinition;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * The application's one datasource. Defaults (embedded H2 under ./data) are in
 * META-INF/microprofile-config.properties; CAREBRIDGE_DB_URL, _USER, _PASSWORD and _DRIVER_CLASS
 * override them (MySQL 8 / MariaDB through Connector/J: com.mysql.cj.jdbc.MysqlDataSource).
 */
@ApplicationScoped
@DataSourceDefinition(
        name = Database.JNDI,
        className = "${MPCONFIG=carebridge.db.driver-class}",
        url = "${MPCONFIG=carebridge.db.url}",
        user = "${MPCONFIG=carebridge.db.user}",
        password = "${MPCONFIG=carebridge.db.password}",
        minPoolSize = 2,
        maxPoolSize = 30,
        maxIdleTime = 300)
public class Database {
    public static final String JNDI = "java:app/jdbc/carebridge";
}
