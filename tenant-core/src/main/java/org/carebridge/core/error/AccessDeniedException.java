package org.carebridge.core.error;

import jakarta.ejb.ApplicationException;

/** The caller is authenticated but its roles do not allow this action (HTTP 403). */
@ApplicationException(rollback = true)
public class AccessDeniedException extends BusinessException {

    private static final long serialVersionUID = 1L;

    public AccessDeniedException(String messageKey, Object... arguments) {
        super(messageKey, arguments);
    }
}
