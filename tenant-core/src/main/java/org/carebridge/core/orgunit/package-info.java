/** A tenant's own organisational units (tenant-private): the foundation's example of tenant isolation. */
package org.carebridge.core.orgunit;
