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
package org.openhab.v2x.simulator.ocpp;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;
import com.google.gson.JsonPrimitive;

/**
 * One OCPP-J RPC frame, encoded and decoded here (independently of the binding's codec).
 *
 * @param type 2 CALL, 3 CALLRESULT, 4 CALLERROR, 5 CALLRESULTERROR (2.1), 6 SEND (2.1)
 * @param messageId the message id
 * @param action the action of a CALL/SEND, the error code of a CALLERROR, else empty
 * @param payload the payload of a CALL/CALLRESULT/SEND, the error details of a CALLERROR
 * @param errorDescription the description of a CALLERROR, else empty
 */
@NonNullByDefault
public record OcppFrame(int type, String messageId, String action, JsonObject payload, String errorDescription) {

    public static final int CALL = 2;
    public static final int CALLRESULT = 3;
    public static final int CALLERROR = 4;
    public static final int CALLRESULTERROR = 5;
    public static final int SEND = 6;

    public static OcppFrame call(String messageId, String action, JsonObject payload) {
        return new OcppFrame(CALL, messageId, action, payload, "");
    }

    public static OcppFrame result(String messageId, JsonObject payload) {
        return new OcppFrame(CALLRESULT, messageId, "", payload, "");
    }

    public static OcppFrame error(String messageId, String errorCode, String description) {
        return new OcppFrame(CALLERROR, messageId, errorCode, new JsonObject(), description);
    }

    public boolean isCall() {
        return type == CALL;
    }

    /** For a CALLERROR/CALLRESULTERROR, the error code. */
    public String errorCode() {
        return action;
    }

    public String encode() {
        JsonArray array = new JsonArray();
        array.add(type);
        array.add(messageId);
        switch (type) {
            case CALL, SEND -> {
                array.add(action);
                array.add(payload);
            }
            case CALLRESULT -> array.add(payload);
            default -> {
                array.add(action);
                array.add(errorDescription);
                array.add(payload);
            }
        }
        return array.toString();
    }

    /**
     * Decodes a text frame.
     *
     * @throws MalformedFrameException if the text is no OCPP-J frame; {@link MalformedFrameException#messageId()}
     *             holds the id when it could still be read
     */
    public static OcppFrame decode(String text) throws MalformedFrameException {
        JsonElement root;
        try {
            root = JsonParser.parseString(text);
        } catch (JsonParseException e) {
            throw new MalformedFrameException("-1", "not JSON: " + e.getMessage());
        }
        if (!root.isJsonArray() || root.getAsJsonArray().size() < 3) {
            throw new MalformedFrameException("-1", "not a JSON array of at least 3 elements");
        }
        JsonArray array = root.getAsJsonArray();
        String messageId = string(array.get(1));
        if (messageId == null) {
            throw new MalformedFrameException("-1", "message id is not a string");
        }
        Integer type = integer(array.get(0));
        if (type == null) {
            throw new MalformedFrameException(messageId, "message type is not a number");
        }
        switch (type) {
            case CALL, SEND -> {
                String action = string(array.get(2));
                if (array.size() != 4 || action == null || !array.get(3).isJsonObject()) {
                    throw new MalformedFrameException(messageId, "CALL needs [2, id, action, {payload}]");
                }
                return new OcppFrame(type, messageId, action, array.get(3).getAsJsonObject(), "");
            }
            case CALLRESULT -> {
                if (array.size() != 3 || !array.get(2).isJsonObject()) {
                    throw new MalformedFrameException(messageId, "CALLRESULT needs [3, id, {payload}]");
                }
                return new OcppFrame(type, messageId, "", array.get(2).getAsJsonObject(), "");
            }
            case CALLERROR, CALLRESULTERROR -> {
                String code = array.size() >= 4 ? string(array.get(2)) : null;
                String description = array.size() >= 4 ? string(array.get(3)) : null;
                if (array.size() != 5 || code == null || description == null || !array.get(4).isJsonObject()) {
                    throw new MalformedFrameException(messageId,
                            "CALLERROR needs [4, id, code, description, {details}]");
                }
                return new OcppFrame(type, messageId, code, array.get(4).getAsJsonObject(), description);
            }
            default -> throw new MalformedFrameException(messageId, "unknown message type " + type);
        }
    }

    private static @Nullable String string(JsonElement element) {
        return element instanceof JsonPrimitive p && p.isString() ? p.getAsString() : null;
    }

    private static @Nullable Integer integer(JsonElement element) {
        if (element instanceof JsonPrimitive p && p.isNumber()) {
            double value = p.getAsDouble();
            if (value == Math.rint(value)) {
                return (int) value;
            }
        }
        return null;
    }

    /** A text frame that is no valid OCPP-J frame. */
    public static class MalformedFrameException extends Exception {
        private static final long serialVersionUID = 1L;
        private final String messageId;

        public MalformedFrameException(String messageId, String message) {
            super(message);
            this.messageId = messageId;
        }

        public String messageId() {
            return messageId;
        }
    }
}
