/** Platform administration pages. */
package org.carebridge.web.platform;
