package org.carebridge.core.error;

import jakarta.ejb.ApplicationException;

/** The input broke a rule of the value or entity it was meant for (HTTP 400 / field message). */
@ApplicationException(rollback = true)
public class ValidationException extends BusinessException {

    private static final long serialVersionUID = 1L;

    public ValidationException(String messageKey, Object... arguments) {
        super(messageKey, arguments);
    }
}
