/** Accounts, memberships and roles; password and second-factor checks; API tokens. */
package org.carebridge.core.account;
