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

import static org.junit.jupiter.api.Assertions.*;
import static org.openhab.binding.v2x.internal.handler.OcppTestRig.await;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.openhab.binding.v2x.internal.ocpp.schema.OcppSchemas;
import org.openhab.core.thing.ThingStatus;
import org.openhab.v2x.simulator.ocpp.ChargePointSimulator;
import org.openhab.v2x.simulator.ocpp.FrameLog;
import org.openhab.v2x.simulator.ocpp.OcppVersion;

/**
 * Every frame the binding sends and accepts in a charging session (boot, configuration, status, meter values,
 * transaction start and stop, charging profiles, and on 2.1 the charging needs, a discharge setpoint and a dynamic
 * schedule update) is checked against the official OCA JSON schema of its version.
 *
 * @author openHAB V2X contributors - Initial contribution
 */
@NonNullByDefault
@Timeout(60)
class OcppSchemaConformanceTest {

    @ParameterizedTest
    @EnumSource(OcppVersion.class)
    void aWholeSessionConformsToTheSchemas(OcppVersion version) throws Exception {
        OcppSchemas schemas = OcppSchemas.of(version);
        boolean v21 = version == OcppVersion.V21;
        try (OcppTestRig rig = new OcppTestRig()) {
            rig.startServer(1);
            String id = "SCHEMA-" + version.name();
            String uid = rig.addCharger(id, Map.of());
            ChargePointSimulator simulator = rig.simulator(id, version, OcppTestRig.car(50),
                    c -> c.speed(60).meterIntervalSeconds(5));
            rig.awaitStatus(uid, ThingStatus.ONLINE);
            OcppChargerHandler charger = rig.charger(uid);
            await(() -> charger.transactionId() != null, () -> "the transaction did not start");
            await(() -> simulator.getMeterIntervalSeconds() == 1, () -> "sampling was not configured");
            if (v21) {
                simulator.notifyChargingNeeds();
                await(() -> rig.channelWatts(uid + ":limits#max-discharge-power") != null,
                        () -> "NotifyEVChargingNeeds was not read");
            }
            rig.setpoint(id, v21 ? -3000 : 3000);
            await(() -> simulator.getPowerW() != 7400, () -> "the setpoint did not reach the charger");
            if (v21) {
                // the next setpoint is an update of this profile once the binding has its acceptance
                await(() -> Double.valueOf(-3000).equals(charger.state().setpointW()),
                        () -> "the profile was not confirmed: " + charger.state());
                rig.setpoint(id, -2000);
                await(() -> contains(simulator, "\"UpdateDynamicSchedule\""), () -> "no UpdateDynamicSchedule");
            }
            await(() -> simulator.getSentFrames().stream().anyMatch(f -> f.contains("\"MeterValues\"")),
                    () -> "no MeterValues");
            simulator.stopTransaction();
            await(() -> charger.transactionId() == null, () -> "the transaction did not end");

            Set<String> expected = new TreeSet<>(List.of("BootNotification.req", "BootNotification.conf",
                    "StatusNotification.req", "StatusNotification.conf", "MeterValues.req", "MeterValues.conf",
                    "SetChargingProfile.req", "SetChargingProfile.conf"));
            if (version == OcppVersion.V16) {
                expected.addAll(List.of("ChangeConfiguration.req", "ChangeConfiguration.conf",
                        "StartTransaction.req", "StartTransaction.conf", "StopTransaction.req",
                        "StopTransaction.conf"));
            } else {
                expected.addAll(List.of("SetVariables.req", "SetVariables.conf", "TransactionEvent.req",
                        "TransactionEvent.conf"));
            }
            if (v21) {
                expected.addAll(List.of("NotifyEVChargingNeeds.req", "NotifyEVChargingNeeds.conf",
                        "UpdateDynamicSchedule.req", "UpdateDynamicSchedule.conf"));
            }
            // the last answers may still be on their way when the binding has already acted on the call
            await(() -> missing(schemas, simulator, expected).isEmpty(),
                    () -> "frames not exercised: " + missing(schemas, simulator, expected));
            assertEquals(List.of(), schemas.checkConversation(conversation(simulator), null), "schema violations");
        }
    }

    /** Over a real connection, each kind of schema violation in a received CALL gets the CALLERROR the spec names. */
    @ParameterizedTest
    @EnumSource(value = OcppVersion.class, names = { "V16", "V21" })
    void violationsInReceivedFramesGetTheNamedCallError(OcppVersion version) throws Exception {
        boolean v16 = version == OcppVersion.V16;
        try (OcppTestRig rig = new OcppTestRig()) {
            rig.startServer(1);
            String id = "BAD-" + version.name();
            String uid = rig.addCharger(id, Map.of());
            ChargePointSimulator simulator = rig.simulator(id, version, OcppTestRig.car(50), c -> c);
            rig.awaitStatus(uid, ThingStatus.ONLINE);
            String status = v16 ? "{\"connectorId\":1,\"errorCode\":\"NoError\",\"status\":%s}"
                    : "{\"timestamp\":\"2025-03-01T10:00:00Z\",\"connectorStatus\":%s,\"evseId\":1,\"connectorId\":1}";
            Map<String, String> expected = Map.of( //
                    "[2,\"bad1\",\"StatusNotification\"," + status.formatted("\"Sleeping\"") + "]",
                    "PropertyConstraintViolation", //
                    "[2,\"bad2\",\"StatusNotification\"," + status.formatted("7") + "]", "TypeConstraintViolation",
                    "[2,\"bad3\",\"StatusNotification\",{\"connectorId\":1}]",
                    v16 ? "OccurenceConstraintViolation" : "OccurrenceConstraintViolation",
                    "[2,\"bad4\",\"StatusNotification\",[]]", v16 ? "FormationViolation" : "FormatViolation");
            for (Map.Entry<String, String> entry : expected.entrySet()) {
                String messageId = entry.getKey().substring(4, 8);
                simulator.sendRaw(entry.getKey());
                await(() -> simulator.getReceivedFrames().stream()
                        .anyMatch(f -> f.startsWith("[4,\"" + messageId + "\",\"" + entry.getValue() + "\"")),
                        () -> "no " + entry.getValue() + " for " + entry.getKey() + ": " + simulator.getReceivedFrames());
            }
            assertEquals(ThingStatus.ONLINE, rig.status(uid).getStatus(), "bad frames do not take the charger offline");
        }
    }

    /** The check is not vacuous: the schemas do catch what the binding must never send. */
    @Test
    void theSchemasCatchViolations() {
        OcppSchemas v16 = OcppSchemas.of(OcppVersion.V16);
        assertFalse(v16.violations("BootNotification", false, "{\"status\":\"Accepted\",\"interval\":60}").isEmpty());
        assertFalse(v16.violations("StatusNotification", true,
                "{\"connectorId\":1,\"errorCode\":\"NoError\",\"status\":\"Bogus\"}").isEmpty());
        OcppSchemas v21 = OcppSchemas.of(OcppVersion.V21);
        assertTrue(v21.violations("UpdateDynamicSchedule", true,
                "{\"chargingProfileId\":1,\"scheduleUpdate\":{\"setpoint\":-2000}}").isEmpty());
        assertFalse(v21.violations("UpdateDynamicSchedule", true, "{\"chargingProfileId\":\"1\"}").isEmpty());
        List<String> problems = v21.checkConversation(List.of(Map.entry(true, "[2,\"1\",\"Heartbeat\",{}]"),
                Map.entry(false, "[3,\"1\",{}]")), null);
        assertEquals(1, problems.size(), "a Heartbeat answer needs currentTime: " + problems);
    }

    private static Set<String> missing(OcppSchemas schemas, ChargePointSimulator simulator, Set<String> expected) {
        List<String> seen = new ArrayList<>();
        schemas.checkConversation(conversation(simulator), seen);
        Set<String> missing = new TreeSet<>(expected);
        missing.removeAll(seen);
        return missing;
    }

    private static boolean contains(ChargePointSimulator simulator, String text) {
        return simulator.getReceivedFrames().stream().anyMatch(f -> f.contains(text));
    }

    /** The frame log as (sentByChargePoint, text) in wire order. */
    static List<Map.Entry<Boolean, String>> conversation(ChargePointSimulator simulator) {
        List<Map.Entry<Boolean, String>> frames = new ArrayList<>();
        for (FrameLog.Entry entry : simulator.getFrameLog().entries()) {
            frames.add(Map.entry(!entry.received(), entry.text()));
        }
        return frames;
    }
}
