package org.carebridge.core.persistence;

import jakarta.ejb.ApplicationException;

/** Tenant-private data was touched with no tenant bound to the call: a programming error, never a user's. */
@ApplicationException(rollback = true)
public class NoTenantBoundException extends IllegalStateException {

    private static final long serialVersionUID = 1L;

    public NoTenantBoundException() {
        super("No tenant is bound to this call; tenant-private data cannot be read or written");
    }
}
