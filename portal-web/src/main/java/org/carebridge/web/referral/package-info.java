/** Referral pages: the sent/received list with its steps, one referral's shared details, the form on a child's page. */
package org.carebridge.web.referral;
