/** Tenant-scoped persistence: the call context, the tenant-owned base entity, and paging. */
package org.carebridge.core.persistence;
