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

import static org.openhab.binding.v2x.internal.ocpp.OcppErrorCode.*;

import java.io.IOException;
import java.io.StringReader;
import java.util.regex.Pattern;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;
import org.openhab.binding.v2x.internal.ocpp.OcppErrorCode;
import org.openhab.binding.v2x.internal.ocpp.OcppProtocolException;
import org.openhab.binding.v2x.internal.ocpp.OcppVersion;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;
import com.google.gson.JsonPrimitive;
import com.google.gson.Strictness;
import com.google.gson.stream.JsonReader;
import com.google.gson.stream.JsonToken;

/**
 * Reads and writes OCPP-J frames strictly. Decoding errors come back as {@link OcppProtocolException} with the code
 * the version prescribes; the exception says whether the peer gets a CALLERROR (broken CALLs and unreadable frames)
 * or not (broken answers and SEND frames).
 *
 * @author openHAB V2X contributors - Initial contribution
 */
@NonNullByDefault
public final class OcppCodec {
    public static final int MAX_MESSAGE_ID_LENGTH = 36;

    private static final Pattern UNSIGNED_INTEGER = Pattern.compile("[0-9]{1,3}");

    private OcppCodec() {
    }

    public static OcppFrame decode(String text, OcppVersion version) throws OcppProtocolException {
        JsonArray array = parseArray(text);
        int type = readMessageType(array);
        if (!isKnownType(type, version)) {
            throw new OcppProtocolException(MESSAGE_TYPE_NOT_SUPPORTED, readableId(array),
                    "message type " + type + " is not supported by " + version.subprotocol(), true);
        }
        // Broken answers and SEND frames are never answered, a broken CALL is.
        boolean answerable = type == OcppFrame.CALL;
        String id = readMessageId(array, answerable);
        switch (type) {
            case OcppFrame.CALL:
            case OcppFrame.SEND:
                expectLength(array, 4, id, answerable);
                return type == OcppFrame.CALL
                        ? new OcppFrame.Call(id, readAction(array, id, answerable), readPayload(array, 3, id, true))
                        : new OcppFrame.Send(id, readAction(array, id, false), readPayload(array, 3, id, false));
            case OcppFrame.CALL_RESULT:
                expectLength(array, 3, id, false);
                return new OcppFrame.CallResult(id, readPayload(array, 2, id, false));
            default:
                expectLength(array, 5, id, false);
                String code = readString(array.get(2), "error code", id);
                String description = readString(array.get(3), "error description", id);
                JsonObject details = readPayload(array, 4, id, false);
                return new OcppFrame.CallError(id, code, description, details, type == OcppFrame.CALL_RESULT_ERROR);
        }
    }

    public static String encode(OcppFrame frame) {
        JsonArray array = new JsonArray();
        array.add(frame.messageType());
        array.add(frame.messageId());
        if (frame instanceof OcppFrame.Call call) {
            array.add(call.action());
            array.add(call.payload());
        } else if (frame instanceof OcppFrame.Send send) {
            array.add(send.action());
            array.add(send.payload());
        } else if (frame instanceof OcppFrame.CallResult result) {
            array.add(result.payload());
        } else if (frame instanceof OcppFrame.CallError error) {
            array.add(error.errorCode());
            array.add(error.description());
            array.add(error.details());
        }
        return array.toString();
    }

    /** A CALLERROR answer with the code spelled for the version. */
    public static OcppFrame.CallError error(OcppVersion version, String messageId, OcppErrorCode code,
            String description) {
        return new OcppFrame.CallError(messageId, code.wireName(version), description);
    }

    private static boolean isKnownType(int type, OcppVersion version) {
        return switch (type) {
            case OcppFrame.CALL, OcppFrame.CALL_RESULT, OcppFrame.CALL_ERROR -> true;
            case OcppFrame.CALL_RESULT_ERROR, OcppFrame.SEND -> version == OcppVersion.V21;
            default -> false;
        };
    }

    private static JsonArray parseArray(String text) throws OcppProtocolException {
        JsonElement element;
        try (JsonReader reader = new JsonReader(new StringReader(text))) {
            reader.setStrictness(Strictness.STRICT);
            element = JsonParser.parseReader(reader);
            if (reader.peek() != JsonToken.END_DOCUMENT) {
                throw new OcppProtocolException(RPC_FRAMEWORK_ERROR, "trailing data after the JSON array");
            }
        } catch (JsonParseException | IOException | IllegalStateException | NumberFormatException e) {
            throw new OcppProtocolException(RPC_FRAMEWORK_ERROR, "not valid JSON: " + shortMessage(e));
        } catch (StackOverflowError e) {
            throw new OcppProtocolException(RPC_FRAMEWORK_ERROR, "JSON nested too deeply");
        }
        if (!element.isJsonArray()) {
            throw new OcppProtocolException(RPC_FRAMEWORK_ERROR, "an OCPP-J message is a JSON array");
        }
        JsonArray array = element.getAsJsonArray();
        if (array.isEmpty()) {
            throw new OcppProtocolException(RPC_FRAMEWORK_ERROR, "empty array");
        }
        return array;
    }

    private static int readMessageType(JsonArray array) throws OcppProtocolException {
        JsonElement first = array.get(0);
        if (first instanceof JsonPrimitive primitive && primitive.isNumber()
                && UNSIGNED_INTEGER.matcher(primitive.getAsString()).matches()) {
            return primitive.getAsInt();
        }
        throw new OcppProtocolException(RPC_FRAMEWORK_ERROR, readableId(array),
                "the message type must be an integer", true);
    }

    /** The id if it is a valid one, for answers to frames broken elsewhere; otherwise "-1". */
    private static String readableId(JsonArray array) {
        if (array.size() > 1 && array.get(1) instanceof JsonPrimitive primitive && primitive.isString()) {
            String id = primitive.getAsString();
            if (!id.isEmpty() && id.length() <= MAX_MESSAGE_ID_LENGTH) {
                return id;
            }
        }
        return OcppProtocolException.UNKNOWN_MESSAGE_ID;
    }

    private static String readMessageId(JsonArray array, boolean answerable) throws OcppProtocolException {
        String id = readableId(array);
        if (OcppProtocolException.UNKNOWN_MESSAGE_ID.equals(id) && !isLiteralMinusOne(array)) {
            throw new OcppProtocolException(RPC_FRAMEWORK_ERROR, id,
                    "the message id must be a string of 1 to " + MAX_MESSAGE_ID_LENGTH + " characters", answerable);
        }
        return id;
    }

    private static boolean isLiteralMinusOne(JsonArray array) {
        return array.size() > 1 && array.get(1) instanceof JsonPrimitive primitive && primitive.isString()
                && OcppProtocolException.UNKNOWN_MESSAGE_ID.equals(primitive.getAsString());
    }

    private static void expectLength(JsonArray array, int length, String id, boolean answerable)
            throws OcppProtocolException {
        if (array.size() != length) {
            throw new OcppProtocolException(RPC_FRAMEWORK_ERROR, id,
                    "expected " + length + " elements, got " + array.size(), answerable);
        }
    }

    private static String readAction(JsonArray array, String id, boolean answerable) throws OcppProtocolException {
        JsonElement action = array.get(2);
        if (action instanceof JsonPrimitive primitive && primitive.isString() && !primitive.getAsString().isEmpty()) {
            return primitive.getAsString();
        }
        throw new OcppProtocolException(RPC_FRAMEWORK_ERROR, id, "the action must be a non-empty string", answerable);
    }

    private static JsonObject readPayload(JsonArray array, int index, String id, boolean answerable)
            throws OcppProtocolException {
        JsonElement payload = array.get(index);
        if (payload.isJsonObject()) {
            return payload.getAsJsonObject();
        }
        throw new OcppProtocolException(FORMAT_VIOLATION, id, "the payload must be a JSON object", answerable);
    }

    private static String readString(JsonElement element, String what, String id) throws OcppProtocolException {
        if (element instanceof JsonPrimitive primitive && primitive.isString()) {
            return primitive.getAsString();
        }
        throw new OcppProtocolException(RPC_FRAMEWORK_ERROR, id, "the " + what + " must be a string", false);
    }

    private static String shortMessage(Throwable e) {
        @Nullable
        String message = e.getMessage();
        if (message == null) {
            return e.getClass().getSimpleName();
        }
        return message.length() > 120 ? message.substring(0, 120) : message;
    }
}
