package org.carebridge.web.it;

import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.UserTransaction;
import org.carebridge.core.orgunit.entity.OrgUnit;
import org.carebridge.core.orgunit.entity.OrgUnitKind;
import org.carebridge.core.persistence.CallContext;
import org.carebridge.core.persistence.NoTenantBoundException;
import org.carebridge.core.persistence.TenantData;
import org.carebridge.core.tenant.entity.Tenant;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.concurrent.Callable;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;


/**
 * Inside the container, against the real database: the migrations, and the tenancy mechanism itself
 * (no tenant bound → reads and writes fail; with one bound, another tenant's rows cannot be read,
 * updated or deleted, not even by bulk JPQL; jobs name their tenant and restore the context).
 */
@ExtendWith(ArquillianExtension.class)
class TenancyIT {

    @Deployment
    static WebArchive deployment() {
        return Deployments.portal();
    }

    @Inject
    TenantData data;

    @Resource
    UserTransaction tx;

    @Resource(lookup = "java:app/jdbc/carebridge")
    DataSource dataSource;

    long d1;
    long d2;

    @BeforeEach
    void tenants() throws Exception {
        d1 = inTx(() -> tenantId("d1"));
        d2 = inTx(() -> tenantId("d2"));
    }

    @AfterEach
    void noLeftoverContext() {
        assertTrue(CallContext.tenantId().isEmpty(), "a test left a tenant bound to the thread");
    }

    private long tenantId(String code) {
        return data.shared().createQuery("select t from Tenant t where t.code = :c", Tenant.class)
                .setParameter("c", code).getSingleResult().getId();
    }

    private <T> T inTx(Callable<T> work) throws Exception {
        tx.begin();
        try {
            T result = work.call();
            tx.commit();
            return result;
        } catch (Exception | Error e) {
            if (tx.getStatus() != jakarta.transaction.Status.STATUS_NO_TRANSACTION) {
                tx.rollback();
            }
            throw e;
        }
    }

    private <T> T as(long tenant, Callable<T> work) throws Exception {
        try (CallContext.Scope ignored = CallContext.forJob(tenant, "tenancy-test")) {
            return inTx(work);
        }
    }

    private long newUnit(long tenant, String name) throws Exception {
        return as(tenant, () -> {
            OrgUnit u = new OrgUnit(name, OrgUnitKind.TEAM, null, null);
            data.tenant().persist(u);
            data.tenant().flush();
            return u.getId();
        });
    }

    @Test
    void migrationsAppliedOnThisDatabase() throws SQLException {
        var info = org.flywaydb.core.Flyway.configure(getClass().getClassLoader()).dataSource(dataSource)
                .locations("classpath:db/migration").load().info();
        assertTrue(info.applied().length >= 1, "no migration recorded");
        assertEquals(0, info.pending().length, "migrations left pending");
        for (var m : info.applied()) {
            assertTrue(m.getState().isApplied() && !m.getState().isFailed(), m.getScript() + " " + m.getState());
        }
        try (Connection c = dataSource.getConnection();
             PreparedStatement s = c.prepareStatement("select count(*) from cb_org_unit where tenant_id is null");
             ResultSet r = s.executeQuery()) {
            assertTrue(r.next());
            assertEquals(0, r.getInt(1));
        }
    }

    @Test
    void theTenantColumnIsFilledFromTheBoundTenant() throws Exception {
        long id = newUnit(d1, "filled-" + System.nanoTime());
        OrgUnit read = as(d1, () -> data.tenant().find(OrgUnit.class, id));
        assertNotNull(read);
        assertEquals(d1, read.getTenantId());
    }

    @Test
    void anotherTenantsRowCannotBeFoundListedUpdatedOrDeleted() throws Exception {
        String name = "secret-of-d1-" + System.nanoTime();
        long id = newUnit(d1, name);

        assertNull(as(d2, () -> data.tenant().find(OrgUnit.class, id)));
        List<String> d2Names = as(d2, () -> data.tenant()
                .createQuery("select u.name from OrgUnit u", String.class).getResultList());
        assertFalse(d2Names.contains(name));
        List<OrgUnit> byId = as(d2, () -> data.tenant()
                .createQuery("select u from OrgUnit u where u.id = :id", OrgUnit.class).setParameter("id", id)
                .getResultList());
        assertTrue(byId.isEmpty());

        int updated = as(d2, () -> data.tenant().createQuery("update OrgUnit u set u.name = 'hijacked' where u.id = :id")
                .setParameter("id", id).executeUpdate());
        assertEquals(0, updated);
        int deleted = as(d2, () -> data.tenant().createQuery("delete from OrgUnit u where u.id = :id")
                .setParameter("id", id).executeUpdate());
        assertEquals(0, deleted);

        OrgUnit still = as(d1, () -> data.tenant().find(OrgUnit.class, id));
        assertNotNull(still);
        assertEquals(name, still.getName());
        List<String> d1Names = as(d1, () -> data.tenant()
                .createQuery("select u.name from OrgUnit u", String.class).getResultList());
        assertTrue(d1Names.contains(name));
    }

    @Test
    void withoutATenantNothingTenantPrivateRuns() throws Exception {
        assertTrue(CallContext.tenantId().isEmpty());
        assertThrows(NoTenantBoundException.class, () -> data.tenant());

        // A write through the raw EntityManager is stopped before it reaches the database.
        tx.begin();
        try {
            EntityManager em = data.shared();
            RuntimeException e = assertThrows(RuntimeException.class, () -> {
                em.persist(new OrgUnit("orphan", OrgUnitKind.TEAM, null, null));
                em.flush();
            });
            assertTrue(causedBy(e, NoTenantBoundException.class), "expected NoTenantBoundException, got " + e);
        } finally {
            tx.rollback();
        }

        // A read through the raw EntityManager fails too (EclipseLink refuses an unfiltered query).
        tx.begin();
        try {
            EntityManager em = data.shared();
            assertThrows(RuntimeException.class,
                    () -> em.createQuery("select u from OrgUnit u", OrgUnit.class).getResultList());
        } finally {
            tx.rollback();
        }

        // And the database itself refuses a row without a tenant.
        try (Connection c = dataSource.getConnection();
             PreparedStatement s = c.prepareStatement("insert into cb_org_unit (name, kind, created_at, updated_at,"
                     + " version) values ('x', 'TEAM', current_timestamp, current_timestamp, 1)")) {
            assertThrows(SQLException.class, s::executeUpdate);
        }
    }

    @Test
    void aJobNamesItsTenantAndRestoresTheContext() throws Exception {
        try (CallContext.Scope outer = CallContext.forJob(d1, "outer")) {
            assertEquals(d1, CallContext.requireTenant());
            try (CallContext.Scope inner = CallContext.forJob(d2, "inner")) {
                assertEquals(d2, CallContext.requireTenant());
                assertEquals("job:inner", CallContext.actor());
            }
            assertEquals(d1, CallContext.requireTenant());
        }
        assertThrows(NoTenantBoundException.class, CallContext::requireTenant);
    }

    private static boolean causedBy(Throwable t, Class<? extends Throwable> type) {
        for (Throwable e = t; e != null; e = e.getCause()) {
            if (type.isInstance(e)) {
                return true;
            }
            if (e.getCause() == e) {
                return false;
            }
        }
        return false;
    }

}
