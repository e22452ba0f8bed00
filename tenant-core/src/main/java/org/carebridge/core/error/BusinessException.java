package org.carebridge.core.error;

import jakarta.ejb.ApplicationException;

import java.util.Arrays;

/**
 * A rule of the domain said no. Carries a message-bundle key and its arguments, never an HTTP
 * status: the REST layer maps it to problem+json and the JSF layer to a translated message.
 * Rolls the transaction back.
 */
@ApplicationException(rollback = true)
public class BusinessException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String messageKey;
    private final transient Object[] arguments;

    public BusinessException(String messageKey, Object... arguments) {
        super(messageKey + (arguments.length == 0 ? "" : " " + Arrays.toString(arguments)));
        this.messageKey = messageKey;
        this.arguments = arguments.clone();
    }

    public String messageKey() {
        return messageKey;
    }

    public Object[] arguments() {
        return arguments.clone();
    }
}
