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
package org.openhab.binding.v2x.internal.ocpp.chargepoint;

import static org.junit.jupiter.api.Assertions.*;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;
import org.junit.jupiter.api.Test;
import org.openhab.binding.v2x.internal.charger.ChargerState;
import org.openhab.binding.v2x.internal.charger.PowerLimits;
import org.openhab.binding.v2x.internal.ocpp.ManualScheduler;
import org.openhab.binding.v2x.internal.ocpp.OcppSession;
import org.openhab.binding.v2x.internal.ocpp.OcppSessionConfig;
import org.openhab.binding.v2x.internal.ocpp.OcppTransport;
import org.openhab.binding.v2x.internal.ocpp.OcppVersion;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

/**
 * The setpoint writer against a session with a recording transport: which request goes out, and how a refusal
 * falls back to the next way of sending the control.
 *
 * @author openHAB V2X - Initial contribution
 */
@NonNullByDefault
class SetpointWriterTest {

    private final Object lock = new Object();
    private final RecordingTransport transport = new RecordingTransport();
    private final List<ChargerState> published = new ArrayList<>();
    private final TransactionTracker transactions = new TransactionTracker(Clock.systemUTC());
    private final ChargerStateReport report = new ChargerStateReport(lock, published::add);
    private @Nullable OcppSession session;

    private SetpointWriter writer(OcppVersion version) {
        OcppSession newSession = new OcppSession("CP1", version, transport, new ManualScheduler(),
                OcppSessionConfig.defaults().withResponseTimeout(Duration.ofSeconds(30))
                        .withSupervision(Duration.ZERO, Duration.ZERO));
        session = newSession;
        return new SetpointWriter(lock, () -> new ChargePointSettings("CP1", 1, 10, 120), () -> session,
                () -> null, () -> new PowerLimits(0, 7400, 0, 7400, true), transactions, report);
    }

    @Test
    void v21InstallsADynamicProfileAndThenOnlyUpdatesIt() {
        SetpointWriter writer = writer(OcppVersion.V21);
        writer.send(-3000);
        assertEquals("SetChargingProfile", transport.action(0));
        assertEquals("Dynamic", transport.payload(0).getAsJsonObject("chargingProfile")
                .get("chargingProfileKind").getAsString());
        answer(0, "Accepted");
        assertEquals(-3000, lastState().setpointW());

        writer.send(-2000);
        assertEquals("UpdateDynamicSchedule", transport.action(1));
        answer(1, "Rejected");
        // the profile is gone: a new one is installed
        assertEquals("SetChargingProfile", transport.action(2));
    }

    @Test
    void v21FallsBackToARelativeProfileWhenDynamicIsRefused() {
        SetpointWriter writer = writer(OcppVersion.V21);
        writer.send(-3000);
        answer(0, "Rejected");
        assertEquals("SetChargingProfile", transport.action(1));
        assertEquals("Relative", transport.payload(1).getAsJsonObject("chargingProfile")
                .get("chargingProfileKind").getAsString());
        answer(1, "Accepted");
        assertEquals(-3000, lastState().setpointW());
        assertNull(lastState().lastError());
    }

    @Test
    void anUnknownTransactionFallsBackToTheDefaultProfileThenReportsTheRefusal() {
        SetpointWriter writer = writer(OcppVersion.V201);
        transactions.set("tx-1");
        writer.send(2000);
        assertEquals("TxProfile", transport.payload(0).getAsJsonObject("chargingProfile")
                .get("chargingProfilePurpose").getAsString());
        answer(0, "Rejected");
        assertNull(transactions.current(), "the charger does not know the transaction");
        assertEquals("TxDefaultProfile", transport.payload(1).getAsJsonObject("chargingProfile")
                .get("chargingProfilePurpose").getAsString());
        answer(1, "Rejected");
        assertEquals(2, transport.sent.size(), "no fallback is left");
        assertEquals("Setpoint rejected: Rejected", lastState().lastError());
    }

    @Test
    void withoutASessionTheControlIsKeptForLater() {
        SetpointWriter writer = writer(OcppVersion.V16);
        session = null;
        assertFalse(writer.send(1000).join());
        assertTrue(writer.controlWritten());
        assertTrue(transport.sent.isEmpty());
    }

    private void answer(int index, String status) {
        OcppSession current = session;
        assertNotNull(current);
        current.onText("[3,\"" + transport.frame(index).get(1).getAsString() + "\",{\"status\":\"" + status + "\"}]");
    }

    private ChargerState lastState() {
        return published.get(published.size() - 1);
    }

    private static class RecordingTransport implements OcppTransport {
        final List<String> sent = new CopyOnWriteArrayList<>();

        JsonArray frame(int index) {
            assertTrue(index < sent.size(), "only " + sent.size() + " frames sent: " + sent);
            return JsonParser.parseString(sent.get(index)).getAsJsonArray();
        }

        String action(int index) {
            return frame(index).get(2).getAsString();
        }

        JsonObject payload(int index) {
            return frame(index).get(3).getAsJsonObject();
        }

        @Override
        public void sendText(String text) {
            sent.add(text);
        }

        @Override
        public void sendPing() {
        }

        @Override
        public void close(int statusCode, String reason) {
        }

        @Override
        public String remoteAddress() {
            return "test";
        }
    }
}
