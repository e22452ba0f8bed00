/** The append-only audit trail of changes, logins and views of sensitive records. */
package org.carebridge.core.audit;
