/** The register of children in difficulty, tenant-private to a district. */
package org.carebridge.care.child;
