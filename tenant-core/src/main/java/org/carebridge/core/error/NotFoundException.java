package org.carebridge.core.error;

import jakarta.ejb.ApplicationException;

/** No such record in the caller's tenant and visibility; also what another tenant's ids look like (HTTP 404). */
@ApplicationException(rollback = true)
public class NotFoundException extends BusinessException {

    private static final long serialVersionUID = 1L;

    public NotFoundException(String messageKey, Object... arguments) {
        super(messageKey, arguments);
    }
}
