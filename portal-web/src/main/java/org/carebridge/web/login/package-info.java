/** Login, tenant switch and logout pages. */
package org.carebridge.web.login;
