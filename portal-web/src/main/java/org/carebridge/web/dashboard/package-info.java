/** The dashboard, one per tenant kind. */
package org.carebridge.web.dashboard;
