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
package org.openhab.binding.v2x.internal.ocpp.codec;

import org.eclipse.jdt.annotation.NonNullByDefault;

import com.google.gson.JsonObject;

/**
 * One OCPP-J RPC frame. The payload objects are owned by the frame: do not change them after creating it.
 *
 * @author openHAB V2X contributors - Initial contribution
 */
@NonNullByDefault
public sealed interface OcppFrame {
    int CALL = 2;
    int CALL_RESULT = 3;
    int CALL_ERROR = 4;
    int CALL_RESULT_ERROR = 5;
    int SEND = 6;

    String messageId();

    int messageType();

    /** {@code [2, id, action, payload]}: a request that needs an answer. */
    record Call(String messageId, String action, JsonObject payload) implements OcppFrame {
        @Override
        public int messageType() {
            return CALL;
        }
    }

    /** {@code [3, id, payload]}: the successful answer to a CALL. */
    record CallResult(String messageId, JsonObject payload) implements OcppFrame {
        @Override
        public int messageType() {
            return CALL_RESULT;
        }
    }

    /**
     * {@code [4, id, code, description, details]} or, in 2.1, {@code [5, ...]} (CALLRESULTERROR, the answer to a
     * broken CALLRESULT). The error code stays a string: peers send codes this side may not know.
     */
    record CallError(String messageId, String errorCode, String description, JsonObject details,
            boolean resultError) implements OcppFrame {
        public CallError(String messageId, String errorCode, String description) {
            this(messageId, errorCode, description, new JsonObject(), false);
        }

        @Override
        public int messageType() {
            return resultError ? CALL_RESULT_ERROR : CALL_ERROR;
        }
    }

    /** {@code [6, id, action, payload]} (2.1): a request that is never answered. */
    record Send(String messageId, String action, JsonObject payload) implements OcppFrame {
        @Override
        public int messageType() {
            return SEND;
        }
    }
}
