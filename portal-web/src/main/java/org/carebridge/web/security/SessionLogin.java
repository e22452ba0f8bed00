package org.carebridge.web.security;

import java.io.Serializable;

/**
 * All a session remembers of its login: which account, in which tenant (null: the platform). What the
 * account may do is read afresh from the database on every request.
 */
public record SessionLogin(long accountId, Long tenantId) implements Serializable {
    public static final String KEY = "carebridge.login";
    /** Account that passed the password step and still owes its second factor. */
    public static final String PENDING_KEY = "carebridge.pending-second-factor";
}
