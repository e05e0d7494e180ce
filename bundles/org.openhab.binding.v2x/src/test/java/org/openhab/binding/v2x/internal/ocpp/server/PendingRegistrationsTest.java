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
package org.openhab.binding.v2x.internal.ocpp.server;

import static org.junit.jupiter.api.Assertions.*;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.junit.jupiter.api.Test;
import org.openhab.binding.v2x.internal.ocpp.ManualScheduler;
import org.openhab.binding.v2x.internal.ocpp.OcppSession;
import org.openhab.binding.v2x.internal.ocpp.OcppSessionConfig;
import org.openhab.binding.v2x.internal.ocpp.OcppTransport;
import org.openhab.binding.v2x.internal.ocpp.OcppVersion;
import org.openhab.binding.v2x.internal.ocpp.chargepoint.DeviceInfo;

import com.google.gson.JsonArray;
import com.google.gson.JsonParser;

/**
 * Charge points without a charger held in registration status Pending, fed with OCPP frames as they arrive on the
 * wire.
 *
 * @author openHAB V2X - Initial contribution
 */
@NonNullByDefault
class PendingRegistrationsTest {

    private final List<UnregisteredChargePoint> knocks = new CopyOnWriteArrayList<>();
    private final PendingRegistrations pending = new PendingRegistrations(2, 60,
            Clock.fixed(Instant.parse("2026-05-01T10:00:00.400Z"), ZoneOffset.UTC), knocks::add);
    private final ManualScheduler scheduler = new ManualScheduler();

    private static final class Wire implements OcppTransport {
        final List<String> sent = new CopyOnWriteArrayList<>();
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
        }

        @Override
        public void close(int statusCode, String reason) {
            closeCode = statusCode;
        }

        @Override
        public String remoteAddress() {
            return "127.0.0.1:50000";
        }
    }

    private OcppSession session(String id, OcppVersion version, Wire wire) {
        return new OcppSession(id, version, wire, scheduler,
                OcppSessionConfig.defaults().withSupervision(Duration.ZERO, Duration.ZERO));
    }

    @Test
    void aBootNotificationIsAnsweredPendingAndTellsWhoTheChargerIs() {
        Wire wire = new Wire();
        OcppSession session = session("CP7", OcppVersion.V21, wire);
        assertTrue(pending.admit(session));
        assertEquals(List.of(new UnregisteredChargePoint("CP7", OcppVersion.V21, null)), knocks,
                "the connection alone tells id and version");

        session.onText("[2,\"b1\",\"BootNotification\",{\"reason\":\"PowerUp\",\"chargingStation\":"
                + "{\"vendorName\":\"ACME\",\"model\":\"Bidi 11\",\"serialNumber\":\"S1\",\"firmwareVersion\":\"2.3\"}}]");

        JsonArray answer = wire.frame(0);
        assertEquals(3, answer.get(0).getAsInt());
        assertEquals("Pending", answer.get(2).getAsJsonObject().get("status").getAsString());
        assertEquals(60, answer.get(2).getAsJsonObject().get("interval").getAsInt());
        assertEquals("2026-05-01T10:00:00Z", answer.get(2).getAsJsonObject().get("currentTime").getAsString());
        assertEquals(new UnregisteredChargePoint("CP7", OcppVersion.V21, new DeviceInfo("ACME", "Bidi 11", "S1", "2.3")),
                knocks.get(1));
    }

    @Test
    void ocpp16BootNotificationIsAnsweredPendingToo() {
        Wire wire = new Wire();
        OcppSession session = session("OLD", OcppVersion.V16, wire);
        pending.admit(session);
        session.onText("[2,\"b1\",\"BootNotification\",{\"chargePointVendor\":\"Old\",\"chargePointModel\":\"One\"}]");
        assertEquals("Pending", wire.frame(0).get(2).getAsJsonObject().get("status").getAsString());
        assertEquals(new DeviceInfo("Old", "One", null, null), knocks.get(1).device());
    }

    @Test
    void everythingButTheBootIsRefusedWithSecurityError() {
        Wire wire = new Wire();
        OcppSession session = session("CP7", OcppVersion.V16, wire);
        pending.admit(session);
        session.onText("[2,\"s1\",\"StartTransaction\",{\"connectorId\":1,\"idTag\":\"X\",\"meterStart\":0,"
                + "\"timestamp\":\"2026-05-01T10:00:00Z\"}]");
        session.onText("[2,\"h1\",\"Heartbeat\",{}]");
        assertEquals(4, wire.frame(0).get(0).getAsInt());
        assertEquals("SecurityError", wire.frame(0).get(2).getAsString());
        assertEquals("SecurityError", wire.frame(1).get(2).getAsString());
    }

    @Test
    void onlyAFewConnectionsAreHeldAndAChargerMayReplaceItsOwn() {
        assertTrue(pending.admit(session("A", OcppVersion.V21, new Wire())));
        assertTrue(pending.admit(session("B", OcppVersion.V21, new Wire())));
        assertFalse(pending.hasRoomFor("C"));
        assertFalse(pending.admit(session("C", OcppVersion.V21, new Wire())));
        assertTrue(pending.hasRoomFor("A"), "a reconnect replaces the charger's own connection");
        assertTrue(pending.admit(session("A", OcppVersion.V21, new Wire())));
    }

    @Test
    void releaseClosesThePendingConnectionSoTheChargerReconnects() {
        Wire wire = new Wire();
        OcppSession session = session("CP7", OcppVersion.V21, wire);
        pending.admit(session);
        assertTrue(pending.release("CP7"));
        assertEquals(OcppSession.CLOSE_GOING_AWAY, wire.closeCode);
        assertFalse(pending.isPending("CP7"));
        assertFalse(pending.release("CP7"));
    }

    @Test
    void aClosedConnectionFreesItsPlace() {
        OcppSession a = session("A", OcppVersion.V21, new Wire());
        pending.admit(a);
        pending.admit(session("B", OcppVersion.V21, new Wire()));
        pending.closed(a);
        assertTrue(pending.hasRoomFor("C"));
    }
}
