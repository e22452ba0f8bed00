/** The active-discovery (leads) page. */
package org.carebridge.web.lead;
