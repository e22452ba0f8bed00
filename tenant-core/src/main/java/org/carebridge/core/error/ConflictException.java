package org.carebridge.core.error;

import jakarta.ejb.ApplicationException;

/** The record changed meanwhile, or the request conflicts with its state (HTTP 409). */
@ApplicationException(rollback = true)
public class ConflictException extends BusinessException {

    private static final long serialVersionUID = 1L;

    public ConflictException(String messageKey, Object... arguments) {
        super(messageKey, arguments);
    }
}
