/** Tenants: the organisations that use the portal, onboarded by the platform administrator. */
package org.carebridge.core.tenant;
