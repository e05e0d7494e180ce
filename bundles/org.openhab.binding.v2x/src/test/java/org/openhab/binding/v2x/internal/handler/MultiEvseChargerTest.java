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
package org.openhab.binding.v2x.internal.handler;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.*;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.openhab.core.library.types.QuantityType;
import org.openhab.core.library.types.StringType;
import org.openhab.core.library.unit.Units;
import org.openhab.core.thing.ThingStatus;
import org.openhab.core.thing.ThingStatusDetail;
import org.openhab.core.types.State;

import com.google.gson.JsonObject;

/**
 * A charge point with two EVSEs (connectors in 1.6) on one WebSocket connection, served by two charger things with
 * the same charge point id and EVSE ids 1 and 2: each thing gets the status, meter values, transactions and
 * setpoints of its own EVSE; a third thing for an EVSE that has one already is refused and disturbs nobody.
 *
 * @author openHAB V2X - Initial contribution
 */
@NonNullByDefault
class MultiEvseChargerTest {

    private static final Duration WAIT = Duration.ofSeconds(10);
    private static final String CP = "DUAL";
    private static final String EVSE1 = "v2x:ocpp-charger:home:evse1";
    private static final String EVSE2 = "v2x:ocpp-charger:home:evse2";
    private static final String TIME = "2026-06-01T12:00:00Z";

    /** The protocol versions as the tests name them, with their subprotocol. */
    enum Version {
        V16("ocpp1.6"),
        V201("ocpp2.0.1"),
        V21("ocpp2.1");

        final String subprotocol;

        Version(String subprotocol) {
            this.subprotocol = subprotocol;
        }

        boolean v2() {
            return this != V16;
        }
    }

    private @Nullable OcppTestRig rig;
    private final ScriptedChargePoint chargePoint = new ScriptedChargePoint();

    @AfterEach
    void tearDown() {
        chargePoint.close();
        OcppTestRig current = rig;
        if (current != null) {
            current.close();
        }
    }

    @ParameterizedTest
    @EnumSource(Version.class)
    void eachThingGetsTheMessagesOfItsOwnEvse(Version version) throws Exception {
        OcppTestRig rig = connectTwoEvses(version);

        chargePoint.call("StatusNotification", version.v2()
                ? "{\"timestamp\":\"" + TIME + "\",\"connectorStatus\":\"Faulted\",\"evseId\":2,\"connectorId\":1}"
                : "{\"connectorId\":2,\"errorCode\":\"GroundFailure\",\"status\":\"Faulted\"}");
        chargePoint.call("MeterValues", meterValues(version, 1, 3000));
        chargePoint.call("MeterValues", meterValues(version, 2, 5000));

        await().atMost(WAIT).until(() -> watts(rig, EVSE1) == 3000.0 && watts(rig, EVSE2) == 5000.0);
        await().atMost(WAIT).until(() -> new StringType("fault").equals(state(rig, EVSE2, "status#operating-state")));
        assertNotEquals(new StringType("fault"), state(rig, EVSE1, "status#operating-state"));
    }

    @ParameterizedTest
    @EnumSource(Version.class)
    void transactionsBelongToTheirEvse(Version version) throws Exception {
        OcppTestRig rig = connectTwoEvses(version);
        if (version.v2()) {
            chargePoint.call("TransactionEvent", "{\"eventType\":\"Started\",\"timestamp\":\"" + TIME
                    + "\",\"triggerReason\":\"CablePluggedIn\",\"seqNo\":0,"
                    + "\"transactionInfo\":{\"transactionId\":\"T2\",\"chargingState\":\"Charging\"},"
                    + "\"evse\":{\"id\":2,\"connectorId\":1}}");
            // later events of a transaction need not name the EVSE: the transaction id tells it
            chargePoint.call("TransactionEvent", "{\"eventType\":\"Updated\",\"timestamp\":\"" + TIME
                    + "\",\"triggerReason\":\"MeterValuePeriodic\",\"seqNo\":1,"
                    + "\"transactionInfo\":{\"transactionId\":\"T2\",\"chargingState\":\"Charging\"},"
                    + "\"meterValue\":[{\"timestamp\":\"" + TIME + "\",\"sampledValue\":[{\"value\":4000,"
                    + "\"measurand\":\"Power.Active.Import\",\"unitOfMeasure\":{\"unit\":\"W\"}}]}]}");
            await().atMost(WAIT).until(() -> "T2".equals(rig.charger(EVSE2).transactionId()));
            await().atMost(WAIT).until(() -> watts(rig, EVSE2) == 4000.0);
            assertNull(rig.charger(EVSE1).transactionId());
            assertNull(watts(rig, EVSE1));
        } else {
            int second = startTransaction(2);
            int first = startTransaction(1);
            assertNotEquals(first, second, "the two connectors got the same transaction id");
            await().atMost(WAIT).until(() -> Integer.toString(second).equals(rig.charger(EVSE2).transactionId())
                    && Integer.toString(first).equals(rig.charger(EVSE1).transactionId()));
            chargePoint.call("StopTransaction",
                    "{\"transactionId\":" + second + ",\"meterStop\":0,\"timestamp\":\"" + TIME + "\"}");
            await().atMost(WAIT).until(() -> rig.charger(EVSE2).transactionId() == null);
            assertEquals(Integer.toString(first), rig.charger(EVSE1).transactionId());
        }
    }

    @ParameterizedTest
    @EnumSource(Version.class)
    void setpointsGoToTheEvseOfTheirThing(Version version) throws Exception {
        OcppTestRig rig = connectTwoEvses(version);
        String evseField = version.v2() ? "evseId" : "connectorId";

        rig.host.sendCommand(OcppTestRig.itemName("Setpoint", "evse2"), new QuantityType<>(2000, Units.WATT));
        await().atMost(WAIT).until(() -> chargePoint.received("SetChargingProfile",
                p -> p.get(evseField).getAsInt() == 2 && profileId(p, version) == 7211));
        rig.host.sendCommand(OcppTestRig.itemName("Setpoint", "evse1"), new QuantityType<>(1000, Units.WATT));
        await().atMost(WAIT).until(() -> chargePoint.received("SetChargingProfile",
                p -> p.get(evseField).getAsInt() == 1 && profileId(p, version) == 7201));
        // every profile for EVSE 2 has EVSE 2's id, so it never replaces EVSE 1's
        assertTrue(chargePoint.requests("SetChargingProfile").stream().map(ScriptedChargePoint.Request::payload)
                .allMatch(p -> (p.get(evseField).getAsInt() == 2) == (profileId(p, version) == 7211)));
    }

    @Test
    void aSecondThingForTheSameEvseIsRefusedAndDisturbsNobody() throws Exception {
        OcppTestRig rig = connectTwoEvses(Version.V201);
        String duplicate = "v2x:ocpp-charger:home:evse2again";
        rig.thing(duplicate, OcppTestRig.SERVER_UID, chargerConfig(2));

        await().atMost(WAIT).until(() -> rig.status(duplicate).getStatusDetail() == ThingStatusDetail.CONFIGURATION_ERROR);
        String description = Objects.requireNonNullElse(rig.status(duplicate).getDescription(), "");
        assertTrue(description.contains("duplicate-evse") || description.contains(EVSE2), description);
        assertEquals(ThingStatus.OFFLINE, rig.status(duplicate).getStatus());
        assertEquals(ThingStatus.ONLINE, rig.status(EVSE2).getStatus());

        // the first thing still gets its EVSE's messages, also after the refused thing is removed
        rig.host.removeThing(duplicate);
        chargePoint.call("MeterValues", meterValues(Version.V201, 2, 6000));
        await().atMost(WAIT).until(() -> watts(rig, EVSE2) == 6000.0);
        assertTrue(chargePoint.isOpen(), "the connection stays open");
        assertEquals(ThingStatus.ONLINE, rig.status(EVSE2).getStatus());
    }

    @Test
    void removingOneEvsesThingKeepsTheOtherConnected() throws Exception {
        OcppTestRig rig = connectTwoEvses(Version.V201);
        rig.host.removeThing(EVSE1);
        chargePoint.call("MeterValues", meterValues(Version.V201, 2, 2500));
        await().atMost(WAIT).until(() -> watts(rig, EVSE2) == 2500.0);
        assertTrue(chargePoint.isOpen(), "the connection stays open for EVSE 2");
    }

    /** Two things for EVSEs 1 and 2 of one charge point, both ONLINE on one connection. */
    private OcppTestRig connectTwoEvses(Version version) throws Exception {
        OcppTestRig current = new OcppTestRig();
        rig = current;
        current.startServer(1);
        for (int evse = 1; evse <= 2; evse++) {
            String uid = evse == 1 ? EVSE1 : EVSE2;
            current.thing(uid, OcppTestRig.SERVER_UID, chargerConfig(evse));
            current.item(OcppTestRig.itemName("Setpoint", "evse" + evse), "Number:Power", uid + ":power#setpoint");
        }
        chargePoint.connect(current.port, CP, OcppTestRig.PASSWORD, version.subprotocol);
        JsonObject booted = chargePoint.call("BootNotification", version.v2()
                ? "{\"reason\":\"PowerUp\",\"chargingStation\":{\"vendorName\":\"Test\",\"model\":\"Dual\"}}"
                : "{\"chargePointVendor\":\"Test\",\"chargePointModel\":\"Dual\"}");
        assertEquals("Accepted", booted.get("status").getAsString());
        await().atMost(WAIT).until(() -> current.status(EVSE1).getStatus() == ThingStatus.ONLINE
                && current.status(EVSE2).getStatus() == ThingStatus.ONLINE);
        return current;
    }

    private static Map<String, Object> chargerConfig(int evseId) {
        Map<String, Object> config = new LinkedHashMap<>();
        config.put("chargePointId", CP);
        config.put("password", OcppTestRig.PASSWORD);
        config.put("evseId", evseId);
        config.put("minSetpointInterval", 0);
        config.put("setpointDeadband", 0);
        config.put("meterInterval", 1);
        return config;
    }

    private int startTransaction(int connectorId) throws Exception {
        JsonObject answer = chargePoint.call("StartTransaction", "{\"connectorId\":" + connectorId
                + ",\"idTag\":\"tag\",\"meterStart\":0,\"timestamp\":\"" + TIME + "\"}");
        return answer.get("transactionId").getAsInt();
    }

    private static String meterValues(Version version, int evseId, double watts) {
        String sample = version.v2()
                ? "{\"value\":" + watts + ",\"measurand\":\"Power.Active.Import\",\"unitOfMeasure\":{\"unit\":\"W\"}}"
                : "{\"value\":\"" + watts + "\",\"measurand\":\"Power.Active.Import\",\"unit\":\"W\"}";
        return "{\"" + (version.v2() ? "evseId" : "connectorId") + "\":" + evseId + ",\"meterValue\":[{\"timestamp\":\""
                + TIME + "\",\"sampledValue\":[" + sample + "]}]}";
    }

    private static int profileId(JsonObject request, Version version) {
        return version.v2() ? request.getAsJsonObject("chargingProfile").get("id").getAsInt()
                : request.getAsJsonObject("csChargingProfiles").get("chargingProfileId").getAsInt();
    }

    private static @Nullable State state(OcppTestRig rig, String thing, String channel) {
        return rig.host.getChannelState(thing + ":" + channel);
    }

    private static @Nullable Double watts(OcppTestRig rig, String thing) {
        return rig.channelWatts(thing + ":power#import-power");
    }
}
