/** The organisational-units page. */
package org.carebridge.web.orgunit;
