/** The audit-trail page. */
package org.carebridge.web.audit;
