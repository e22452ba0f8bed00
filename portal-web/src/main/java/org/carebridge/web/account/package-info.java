/** The own-account page. */
package org.carebridge.web.account;
