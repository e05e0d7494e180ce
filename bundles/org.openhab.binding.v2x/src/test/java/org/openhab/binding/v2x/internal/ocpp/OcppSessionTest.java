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

import static org.junit.jupiter.api.Assertions.*;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeoutException;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.junit.jupiter.api.Test;
import org.openhab.binding.v2x.internal.ocpp.dto.v16.ChargingProfile;
import org.openhab.binding.v2x.internal.ocpp.dto.v16.ChargingSchedule;
import org.openhab.binding.v2x.internal.ocpp.dto.v16.ChargingSchedulePeriod;
import org.openhab.binding.v2x.internal.ocpp.dto.v16.HeartbeatResponse;
import org.openhab.binding.v2x.internal.ocpp.dto.v16.RemoteStopTransactionRequest;
import org.openhab.binding.v2x.internal.ocpp.dto.v16.SetChargingProfileRequest;
import org.openhab.binding.v2x.internal.ocpp.dto.v16.StatusResponse;
import org.openhab.binding.v2x.internal.ocpp.dto.v2.UpdateDynamicScheduleRequest;

import com.google.gson.JsonArray;
import com.google.gson.JsonParser;

/**
 * Session behaviour with a recording transport and virtual time.
 *
 * @author openHAB V2X contributors - Initial contribution
 */
@NonNullByDefault
class OcppSessionTest {
    private final ManualScheduler scheduler = new ManualScheduler();
    private final RecordingTransport transport = new RecordingTransport();

    private OcppSession session(OcppVersion version) {
        return new OcppSession("CP1", version, transport, scheduler, OcppSessionConfig.defaults()
                .withResponseTimeout(Duration.ofSeconds(30)).withSupervision(Duration.ZERO, Duration.ZERO));
    }

    @Test
    void onlyOneCallIsOutstandingAndTheRestWaitInOrder() throws Exception {
        OcppSession session = session(OcppVersion.V16);
        CompletableFuture<StatusResponse> first = session.call(Ocpp16Actions.REMOTE_STOP_TRANSACTION, stop(1));
        CompletableFuture<StatusResponse> second = session.call(Ocpp16Actions.REMOTE_STOP_TRANSACTION, stop(2));
        CompletableFuture<StatusResponse> third = session.call(Ocpp16Actions.SET_CHARGING_PROFILE, profile());
        assertEquals(1, transport.sent.size(), "the second CALL waits for the first answer");
        JsonArray call1 = transport.frame(0);
        assertEquals(2, call1.get(0).getAsInt());
        assertEquals("RemoteStopTransaction", call1.get(2).getAsString());
        assertEquals(1, call1.get(3).getAsJsonObject().get("transactionId").getAsInt());

        session.onText("[3,\"" + call1.get(1).getAsString() + "\",{\"status\":\"Accepted\"}]");
        assertEquals("Accepted", first.get().status);
        assertEquals(2, transport.sent.size());
        JsonArray call2 = transport.frame(1);
        assertEquals(2, call2.get(3).getAsJsonObject().get("transactionId").getAsInt());
        assertFalse(second.isDone());

        session.onText("[4,\"" + call2.get(1).getAsString() + "\",\"NotSupported\",\"no\",{}]");
        ExecutionException error = assertThrows(ExecutionException.class, second::get);
        OcppCallErrorException callError = assertInstanceOf(OcppCallErrorException.class, error.getCause());
        assertEquals(OcppErrorCode.NOT_SUPPORTED, callError.getKnownErrorCode());

        JsonArray call3 = transport.frame(2);
        assertEquals("SetChargingProfile", call3.get(2).getAsString());
        String profileJson = call3.get(3).toString();
        assertFalse(profileJson.contains("null"), "optional fields are omitted: " + profileJson);
        assertTrue(profileJson.contains("\"limit\":-2000.0"), profileJson);
        session.onText("[3,\"" + call3.get(1).getAsString() + "\",{\"status\":\"Rejected\"}]");
        assertEquals("Rejected", third.get().status);
    }

    @Test
    void timeoutFailsTheCallAndReleasesTheNextOne() throws Exception {
        OcppSession session = session(OcppVersion.V16);
        CompletableFuture<StatusResponse> first = session.call(Ocpp16Actions.REMOTE_STOP_TRANSACTION, stop(1));
        CompletableFuture<StatusResponse> second = session.call(Ocpp16Actions.REMOTE_STOP_TRANSACTION, stop(2));
        scheduler.advance(Duration.ofSeconds(29));
        assertFalse(first.isDone());
        scheduler.advance(Duration.ofSeconds(1));
        ExecutionException error = assertThrows(ExecutionException.class, first::get);
        assertInstanceOf(TimeoutException.class, error.getCause());
        assertEquals(2, transport.sent.size(), "the queued CALL goes out after the timeout");

        // the late answer to the first CALL is ignored, the second still waits for its own
        session.onText("[3,\"" + transport.frame(0).get(1).getAsString() + "\",{\"status\":\"Accepted\"}]");
        assertFalse(second.isDone());
        session.onText("[3,\"" + transport.frame(1).get(1).getAsString() + "\",{\"status\":\"Accepted\"}]");
        assertEquals("Accepted", second.get().status);
        assertEquals(2, transport.sent.size(), "nothing is sent in answer to answers");
    }

    @Test
    void invalidResponsePayloadFailsTheCallAndIn21IsReported() throws Exception {
        OcppSession session = session(OcppVersion.V21);
        UpdateDynamicScheduleRequest update = new UpdateDynamicScheduleRequest();
        update.chargingProfileId = 3;
        update.scheduleUpdate = new org.openhab.binding.v2x.internal.ocpp.dto.v2.ChargingScheduleUpdate();
        update.scheduleUpdate.setpoint = -2500.0;
        CompletableFuture<?> future = session.call(Ocpp2Actions.UPDATE_DYNAMIC_SCHEDULE, update);
        String id = transport.frame(0).get(1).getAsString();
        session.onText("[3,\"" + id + "\",{\"statusInfo\":{\"reasonCode\":\"x\"}}]");
        ExecutionException error = assertThrows(ExecutionException.class, future::get);
        OcppProtocolException protocol = assertInstanceOf(OcppProtocolException.class, error.getCause());
        assertEquals(OcppErrorCode.OCCURRENCE_CONSTRAINT_VIOLATION, protocol.getErrorCode());
        JsonArray resultError = transport.frame(1);
        assertEquals(5, resultError.get(0).getAsInt());
        assertEquals(id, resultError.get(1).getAsString());
        assertEquals("OccurrenceConstraintViolation", resultError.get(2).getAsString());
    }

    @Test
    void actionsOfOtherVersionsAndInvalidRequestsAreRefusedLocally() {
        OcppSession session = session(OcppVersion.V201);
        CompletableFuture<?> wrongVersion = session.call(Ocpp2Actions.UPDATE_DYNAMIC_SCHEDULE,
                new UpdateDynamicScheduleRequest());
        assertTrue(wrongVersion.isCompletedExceptionally());
        CompletableFuture<?> incomplete = session(OcppVersion.V16).call(Ocpp16Actions.REMOTE_STOP_TRANSACTION,
                new RemoteStopTransactionRequest());
        assertTrue(incomplete.isCompletedExceptionally());
        assertEquals(0, transport.sent.size());
    }

    @Test
    void incomingCallsAreDispatchedAndAnswered() {
        OcppSession session = session(OcppVersion.V16);
        session.setCallHandler(new OcppCallDispatcher().on(Ocpp16Actions.HEARTBEAT, (s, request) -> {
            HeartbeatResponse response = new HeartbeatResponse();
            response.currentTime = "2025-03-01T10:00:00Z";
            return response;
        }).on(Ocpp16Actions.AUTHORIZE, (s, request) -> {
            throw new OcppProtocolException(OcppErrorCode.SECURITY_ERROR, "no");
        }));
        session.onText("[2,\"h1\",\"Heartbeat\",{}]");
        assertEquals("[3,\"h1\",{\"currentTime\":\"2025-03-01T10:00:00Z\"}]", transport.sent.get(0));
        session.onText("[2,\"h2\",\"Authorize\",{\"idTag\":\"x\"}]");
        assertEquals("[4,\"h2\",\"SecurityError\",\"no\",{}]", transport.sent.get(1));
        session.onText("[2,\"h3\",\"StatusNotification\",{\"connectorId\":1,\"errorCode\":\"NoError\",\"status\":\"Available\"}]");
        assertErrorCode(2, "h3", "NotSupported");
        session.onText("[2,\"h4\",\"FlyToTheMoon\",{}]");
        assertErrorCode(3, "h4", "NotImplemented");
        session.onText("[2,\"h5\",\"StatusNotification\",{\"connectorId\":1,\"status\":\"Available\"}]");
        assertErrorCode(4, "h5", "OccurenceConstraintViolation");
        session.onText("[2,\"h6\",\"StatusNotification\",{\"connectorId\":\"one\",\"errorCode\":\"NoError\",\"status\":\"Available\"}]");
        assertErrorCode(5, "h6", "TypeConstraintViolation");
        session.onText("[2,\"h7\",\"RemoteStopTransaction\",{\"transactionId\":1}]");
        assertErrorCode(6, "h7", "NotSupported");
        session.onText("[2,\"h8\",\"Heartbeat\",[]]");
        assertErrorCode(7, "h8", "FormationViolation");
        session.onText("garbage");
        assertErrorCode(8, "-1", "FormationViolation");
        session.onText("[3,\"unknown\",{}]");
        assertEquals(9, transport.sent.size(), "an unknown CALLRESULT is ignored");
    }

    @Test
    void v2ErrorCodesUseThe2xSpelling() {
        OcppSession session = session(OcppVersion.V201);
        session.onText("[2,\"b1\",\"BootNotification\",{\"reason\":\"PowerUp\"}]");
        assertErrorCode(0, "b1", "OccurrenceConstraintViolation");
        session.onText("[2,\"b2\",\"Heartbeat\",\"{}\"]");
        assertErrorCode(1, "b2", "FormatViolation");
        session.onText("[6,\"b3\",\"Heartbeat\",{}]");
        assertErrorCode(2, "b3", "MessageTypeNotSupported");
        session.onText("{}");
        assertErrorCode(3, "-1", "RpcFrameworkError");
    }

    @Test
    void valuesTheSchemaDoesNotAllowArePropertyConstraintViolations() {
        OcppSession v16 = session(OcppVersion.V16);
        v16.onText("[2,\"p1\",\"StatusNotification\",{\"connectorId\":1,\"errorCode\":\"NoError\",\"status\":\"Sleeping\"}]");
        assertErrorCode(0, "p1", "PropertyConstraintViolation");
        v16.onText("[2,\"p2\",\"BootNotification\",{\"chargePointVendor\":\"" + "v".repeat(21)
                + "\",\"chargePointModel\":\"m\"}]");
        assertErrorCode(1, "p2", "PropertyConstraintViolation");
        OcppSession v21 = session(OcppVersion.V21);
        v21.onText("[2,\"p3\",\"NotifyEVChargingNeeds\",{\"evseId\":1,\"chargingNeeds\":{\"requestedEnergyTransfer\":"
                + "\"AC_BPT\",\"availableEnergyTransfer\":[\"AC_BPT\",\"Teleport\"]}}]");
        assertErrorCode(2, "p3", "PropertyConstraintViolation");
        v21.onText("[2,\"p4\",\"TransactionEvent\",{\"eventType\":\"Started\",\"timestamp\":\"2025-03-01T10:00:00Z\","
                + "\"triggerReason\":\"CablePluggedIn\",\"seqNo\":0,\"transactionInfo\":{\"transactionId\":\""
                + "t".repeat(37) + "\"}}]");
        assertErrorCode(3, "p4", "PropertyConstraintViolation");
    }

    @Test
    void callsArrivingDuringProcessingAreAnsweredInOrder() {
        OcppSession session = session(OcppVersion.V201);
        CompletableFuture<Object> slow = new CompletableFuture<>();
        List<String> handled = new CopyOnWriteArrayList<>();
        session.setCallHandler((s, action, request) -> {
            handled.add(action.name());
            if (action == Ocpp2Actions.HEARTBEAT && handled.size() == 1) {
                return slow;
            }
            return CompletableFuture.completedFuture(new org.openhab.binding.v2x.internal.ocpp.dto.EmptyPayload());
        });
        session.onText("[2,\"c1\",\"Heartbeat\",{}]");
        session.onText(
                "[2,\"c2\",\"StatusNotification\",{\"timestamp\":\"2025-03-01T10:00:00Z\",\"connectorStatus\":\"Available\",\"evseId\":1,\"connectorId\":1}]");
        assertEquals(List.of("Heartbeat"), handled, "the second CALL waits for the first answer");
        assertEquals(0, transport.sent.size());
        org.openhab.binding.v2x.internal.ocpp.dto.v2.HeartbeatResponse response = new org.openhab.binding.v2x.internal.ocpp.dto.v2.HeartbeatResponse();
        response.currentTime = "2025-03-01T10:00:00Z";
        slow.complete(response);
        assertEquals(List.of("Heartbeat", "StatusNotification"), handled);
        assertEquals("c1", transport.frame(0).get(1).getAsString());
        assertEquals(3, transport.frame(0).get(0).getAsInt());
        assertEquals("[3,\"c2\",{}]", transport.sent.get(1));
    }

    @Test
    void tooManyWaitingCallsGetRpcFrameworkError() {
        OcppSession session = new OcppSession("CP1", OcppVersion.V201, transport, scheduler,
                new OcppSessionConfig(Duration.ofSeconds(30), Duration.ZERO, Duration.ZERO, 4, 1));
        session.setCallHandler((s, action, request) -> new CompletableFuture<>());
        session.onText("[2,\"d1\",\"Heartbeat\",{}]");
        session.onText("[2,\"d2\",\"Heartbeat\",{}]");
        session.onText("[2,\"d3\",\"Heartbeat\",{}]");
        assertEquals(1, transport.sent.size());
        assertErrorCode(0, "d3", "RpcFrameworkError");
    }

    @Test
    void handlerExceptionsBecomeInternalError() {
        OcppSession session = session(OcppVersion.V21);
        session.setCallHandler((s, action, request) -> {
            throw new IllegalStateException("bug");
        });
        session.onText("[2,\"e1\",\"Heartbeat\",{}]");
        assertErrorCode(0, "e1", "InternalError");
        session.setCallHandler((s, action, request) -> CompletableFuture.completedFuture("wrong type"));
        session.onText("[2,\"e2\",\"Heartbeat\",{}]");
        assertErrorCode(1, "e2", "InternalError");
    }

    @Test
    void sendFramesAreNeverAnswered() {
        OcppSession session = session(OcppVersion.V21);
        List<String> handled = new CopyOnWriteArrayList<>();
        session.setCallHandler((s, action, request) -> {
            handled.add(action.name());
            return CompletableFuture.completedFuture(new org.openhab.binding.v2x.internal.ocpp.dto.EmptyPayload());
        });
        session.onText(
                "[6,\"s1\",\"StatusNotification\",{\"timestamp\":\"2025-03-01T10:00:00Z\",\"connectorStatus\":\"Available\",\"evseId\":1,\"connectorId\":1}]");
        session.onText("[6,\"s2\",\"Unknown\",{}]");
        session.onText("[6,\"s3\",\"Heartbeat\",[]]");
        assertEquals(List.of("StatusNotification"), handled);
        assertEquals(0, transport.sent.size());
    }

    @Test
    void closingFailsWaitingCalls() {
        OcppSession session = session(OcppVersion.V16);
        CompletableFuture<StatusResponse> first = session.call(Ocpp16Actions.REMOTE_STOP_TRANSACTION, stop(1));
        CompletableFuture<StatusResponse> second = session.call(Ocpp16Actions.REMOTE_STOP_TRANSACTION, stop(2));
        session.onClosed(1006, "gone");
        assertFalse(session.isOpen());
        for (CompletableFuture<StatusResponse> future : List.of(first, second)) {
            ExecutionException error = assertThrows(ExecutionException.class, future::get);
            assertInstanceOf(OcppSessionClosedException.class, error.getCause());
        }
        assertTrue(session.call(Ocpp16Actions.REMOTE_STOP_TRANSACTION, stop(3)).isCompletedExceptionally());
        assertEquals(1, transport.sent.size());
    }

    @Test
    void pingsKeepAndSilenceClosesTheSession() {
        OcppSession session = new OcppSession("CP1", OcppVersion.V201, transport, scheduler, OcppSessionConfig
                .defaults().withSupervision(Duration.ofSeconds(10), Duration.ofSeconds(30)));
        session.startSupervision();
        scheduler.advance(Duration.ofSeconds(10));
        assertEquals(1, transport.pings);
        session.onActivity();
        scheduler.advance(Duration.ofSeconds(20));
        assertEquals(3, transport.pings);
        assertTrue(session.isOpen());
        session.onText("[3,\"x\",{}]");
        scheduler.advance(Duration.ofSeconds(30));
        assertTrue(session.isOpen(), "a message 30 s ago is not silence yet");
        scheduler.advance(Duration.ofSeconds(10));
        assertFalse(session.isOpen());
        assertEquals(OcppSession.CLOSE_GOING_AWAY, transport.closeCode);
        assertEquals(0, scheduler.pendingTasks(), "supervision stops with the session");
    }

    private void assertErrorCode(int index, String id, String code) {
        JsonArray frame = transport.frame(index);
        assertEquals(4, frame.get(0).getAsInt(), frame.toString());
        assertEquals(id, frame.get(1).getAsString());
        assertEquals(code, frame.get(2).getAsString(), frame.toString());
        assertTrue(frame.get(4).isJsonObject());
    }

    private static RemoteStopTransactionRequest stop(int transactionId) {
        RemoteStopTransactionRequest request = new RemoteStopTransactionRequest();
        request.transactionId = transactionId;
        return request;
    }

    private static SetChargingProfileRequest profile() {
        ChargingSchedulePeriod period = new ChargingSchedulePeriod();
        period.startPeriod = 0;
        period.limit = -2000.0;
        ChargingSchedule schedule = new ChargingSchedule();
        schedule.chargingRateUnit = "W";
        schedule.chargingSchedulePeriod = List.of(period);
        ChargingProfile profile = new ChargingProfile();
        profile.chargingProfileId = 1;
        profile.stackLevel = 0;
        profile.chargingProfilePurpose = "TxDefaultProfile";
        profile.chargingProfileKind = "Absolute";
        profile.chargingSchedule = schedule;
        SetChargingProfileRequest request = new SetChargingProfileRequest();
        request.connectorId = 1;
        request.csChargingProfiles = profile;
        return request;
    }

    /** Records what the session sends. */
    static class RecordingTransport implements OcppTransport {
        final List<String> sent = new CopyOnWriteArrayList<>();
        volatile int pings;
        volatile int closeCode = -1;

        JsonArray frame(int index) {
            return JsonParser.parseString(sent.get(index)).getAsJsonArray();
        }

        @Override
        public void sendText(String text) {
            sent.add(text);
        }

        @Override
        public void sendPing() {
            pings++;
        }

        @Override
        public void close(int statusCode, String reason) {
            closeCode = statusCode;
        }

        @Override
        public String remoteAddress() {
            return "test";
        }
    }
}
