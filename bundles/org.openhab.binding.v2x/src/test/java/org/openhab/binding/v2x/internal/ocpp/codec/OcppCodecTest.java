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

import static org.junit.jupiter.api.Assertions.*;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.openhab.binding.v2x.internal.ocpp.OcppErrorCode;
import org.openhab.binding.v2x.internal.ocpp.OcppProtocolException;
import org.openhab.binding.v2x.internal.ocpp.OcppVersion;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

/**
 * Frame decoding and encoding, including the error codes of broken frames per version.
 *
 * @author openHAB V2X contributors - Initial contribution
 */
@NonNullByDefault
class OcppCodecTest {

    @Test
    void decodesCall() throws Exception {
        OcppFrame frame = OcppCodec.decode(
                "[2,\"19223201\",\"BootNotification\",{\"chargePointVendor\":\"VendorX\",\"chargePointModel\":\"SingleSocketCharger\"}]",
                OcppVersion.V16);
        OcppFrame.Call call = assertInstanceOf(OcppFrame.Call.class, frame);
        assertEquals("19223201", call.messageId());
        assertEquals("BootNotification", call.action());
        assertEquals("VendorX", call.payload().get("chargePointVendor").getAsString());
    }

    @Test
    void decodesCallResultAndCallError() throws Exception {
        OcppFrame.CallResult result = assertInstanceOf(OcppFrame.CallResult.class, OcppCodec.decode(
                "[3,\"19223201\",{\"currentTime\":\"2013-02-01T20:53:32.486Z\",\"interval\":300,\"status\":\"Accepted\"}]",
                OcppVersion.V201));
        assertEquals(300, result.payload().get("interval").getAsInt());
        OcppFrame.CallError error = assertInstanceOf(OcppFrame.CallError.class, OcppCodec
                .decode("[4,\"162376037\",\"NotSupported\",\"SetDisplayMessageRequest not implemented\",{}]",
                        OcppVersion.V201));
        assertEquals("NotSupported", error.errorCode());
        assertEquals("SetDisplayMessageRequest not implemented", error.description());
        assertFalse(error.resultError());
    }

    @Test
    void decodesOcpp21SendAndCallResultError() throws Exception {
        OcppFrame.Send send = assertInstanceOf(OcppFrame.Send.class, OcppCodec.decode(
                "[6,\"a1\",\"NotifyPeriodicEventStream\",{\"id\":1,\"pending\":0,\"basetime\":\"2024-01-01T00:00:00Z\",\"data\":[]}]",
                OcppVersion.V21));
        assertEquals("NotifyPeriodicEventStream", send.action());
        OcppFrame.CallError resultError = assertInstanceOf(OcppFrame.CallError.class,
                OcppCodec.decode("[5,\"a2\",\"FormatViolation\",\"bad result\",{}]", OcppVersion.V21));
        assertTrue(resultError.resultError());
        assertEquals(5, resultError.messageType());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = { //
            "[5,\"a2\",\"GenericError\",\"x\",{}]|V201|MessageTypeNotSupported|a2", //
            "[6,\"a3\",\"X\",{}]|V201|MessageTypeNotSupported|a3", //
            "[7,\"a4\",\"X\",{}]|V21|MessageTypeNotSupported|a4", //
            "[6,\"a3\",\"X\",{}]|V16|FormationViolation|a3", //
            "[2,\"a5\",\"Heartbeat\",[]]|V201|FormatViolation|a5", //
            "[2,\"a5\",\"Heartbeat\",\"x\"]|V16|FormationViolation|a5", //
            "[2,\"a6\",\"Heartbeat\"]|V201|RpcFrameworkError|a6", //
            "[2,\"a6\",\"Heartbeat\",{},{}]|V21|RpcFrameworkError|a6", //
            "[2,\"a7\",17,{}]|V201|RpcFrameworkError|a7", //
            "[2,\"a7\",\"\",{}]|V201|RpcFrameworkError|a7", //
            "[2,12,\"Heartbeat\",{}]|V201|RpcFrameworkError|-1", //
            "[2,\"\",\"Heartbeat\",{}]|V201|RpcFrameworkError|-1", //
            "[2,\"0123456789012345678901234567890123456\",\"Heartbeat\",{}]|V201|RpcFrameworkError|-1", //
            "[\"2\",\"a8\",\"Heartbeat\",{}]|V201|RpcFrameworkError|a8", //
            "[2.5,\"a8\",\"Heartbeat\",{}]|V201|RpcFrameworkError|a8", //
            "[2,\"a9\",\"Heartbeat\",{}|V201|RpcFrameworkError|-1", //
            "{\"a\":1}|V201|RpcFrameworkError|-1", //
            "[]|V201|RpcFrameworkError|-1", //
            "not json|V16|FormationViolation|-1", //
            "[2,\"a9\",\"Heartbeat\",{}] trailing|V201|RpcFrameworkError|-1", //
            "[2,'a9','Heartbeat',{}]|V201|RpcFrameworkError|-1", //
    })
    void brokenCallsAreAnsweredWithTheVersionsErrorCode(String text, OcppVersion version, String expectedCode,
            String expectedId) {
        OcppProtocolException e = assertThrows(OcppProtocolException.class, () -> OcppCodec.decode(text, version));
        assertTrue(e.isAnswerable(), "a broken CALL or unreadable frame gets a CALLERROR");
        assertEquals(expectedCode, e.getErrorCode().wireName(version));
        assertEquals(expectedId, e.getMessageId());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = { //
            "[3,\"a1\"]", "[3,\"a1\",[]]", "[3,\"a1\",{},{}]", "[4,\"a1\",\"GenericError\",\"x\"]",
            "[4,\"a1\",5,\"x\",{}]", "[4,\"a1\",\"GenericError\",null,{}]", "[3,42,{}]", "[6,\"a1\",\"X\",[]]" })
    void brokenAnswersAreNotAnswered(String text) {
        OcppProtocolException e = assertThrows(OcppProtocolException.class,
                () -> OcppCodec.decode(text, OcppVersion.V21));
        assertFalse(e.isAnswerable());
    }

    @Test
    void encodesFramesAsArrays() {
        JsonObject payload = new JsonObject();
        payload.addProperty("status", "Accepted");
        assertEquals("[2,\"m1\",\"Heartbeat\",{}]",
                OcppCodec.encode(new OcppFrame.Call("m1", "Heartbeat", new JsonObject())));
        assertEquals("[3,\"m1\",{\"status\":\"Accepted\"}]", OcppCodec.encode(new OcppFrame.CallResult("m1", payload)));
        assertEquals("[4,\"-1\",\"FormationViolation\",\"bad\",{}]",
                OcppCodec.encode(OcppCodec.error(OcppVersion.V16, "-1", OcppErrorCode.FORMAT_VIOLATION, "bad")));
        assertEquals("[5,\"m2\",\"FormatViolation\",\"x\",{}]", OcppCodec
                .encode(new OcppFrame.CallError("m2", "FormatViolation", "x", new JsonObject(), true)));
        assertEquals("[6,\"m3\",\"A\",{}]", OcppCodec.encode(new OcppFrame.Send("m3", "A", new JsonObject())));
    }

    @Test
    void encodingEscapesText() throws Exception {
        String text = OcppCodec.encode(new OcppFrame.CallError("m1", "GenericError", "quote \" and \\ and \n",
                new JsonObject(), false));
        OcppFrame.CallError back = assertInstanceOf(OcppFrame.CallError.class,
                OcppCodec.decode(text, OcppVersion.V201));
        assertEquals("quote \" and \\ and \n", back.description());
        assertTrue(JsonParser.parseString(text).isJsonArray());
    }

    @Test
    void errorCodesAreSpelledPerVersion() {
        assertEquals("OccurenceConstraintViolation",
                OcppErrorCode.OCCURRENCE_CONSTRAINT_VIOLATION.wireName(OcppVersion.V16));
        assertEquals("OccurrenceConstraintViolation",
                OcppErrorCode.OCCURRENCE_CONSTRAINT_VIOLATION.wireName(OcppVersion.V21));
        assertEquals("FormationViolation", OcppErrorCode.FORMAT_VIOLATION.wireName(OcppVersion.V16));
        assertEquals("FormatViolation", OcppErrorCode.FORMAT_VIOLATION.wireName(OcppVersion.V201));
        assertEquals(OcppErrorCode.OCCURRENCE_CONSTRAINT_VIOLATION,
                OcppErrorCode.fromWire("OccurenceConstraintViolation"));
        assertEquals(OcppErrorCode.FORMAT_VIOLATION, OcppErrorCode.fromWire("FormationViolation"));
        assertNull(OcppErrorCode.fromWire("SomethingElse"));
    }
}
