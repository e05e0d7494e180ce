/*
 * Copyright (c) 2026 Contributors to the openHAB V2X project
 *
 * See the NOTICE file(s) distributed with this work for additional
 * information.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * http://www.eclipse.org/legal/epl-2.0
 *
 * SPDX-License-Identifier: EPL-2.0
 */
package org.openhab.binding.v2x.internal.ocpp;

import org.eclipse.jdt.annotation.NonNullByDefault;

/**
 * A frame or payload that breaks the protocol, or a CALL the local side refuses. Carries what the CALLERROR answer
 * needs: the error code, the message id ("-1" when it could not be read) and a description. {@link #isAnswerable()}
 * is false for broken frames that must not be answered (responses and SEND frames): those are only logged.
 *
 * Handlers of incoming CALLs throw it to answer with a specific error code.
 *
 * @author openHAB V2X contributors - Initial contribution
 */
@NonNullByDefault
public class OcppProtocolException extends Exception {
    public static final String UNKNOWN_MESSAGE_ID = "-1";

    private static final long serialVersionUID = 1L;

    private final OcppErrorCode errorCode;
    private final String messageId;
    private final boolean answerable;

    public OcppProtocolException(OcppErrorCode errorCode, String description) {
        this(errorCode, UNKNOWN_MESSAGE_ID, description, true);
    }

    public OcppProtocolException(OcppErrorCode errorCode, String messageId, String description, boolean answerable) {
        super(description);
        this.errorCode = errorCode;
        this.messageId = messageId;
        this.answerable = answerable;
    }

    public OcppErrorCode getErrorCode() {
        return errorCode;
    }

    public String getMessageId() {
        return messageId;
    }

    public boolean isAnswerable() {
        return answerable;
    }

    public String getDescription() {
        String message = getMessage();
        return message == null ? "" : message;
    }

    /** The same error attached to another message id. */
    public OcppProtocolException withMessageId(String id, boolean answer) {
        return new OcppProtocolException(errorCode, id, getDescription(), answer);
    }
}
