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

import java.util.List;
import java.util.Map;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.openhab.core.library.types.StringType;
import org.openhab.core.thing.ThingStatus;
import org.openhab.v2x.simulator.ocpp.OcppVersion;

import com.google.gson.JsonObject;

/**
 * Interoperability with an independent OCPP implementation: ocpp-rpc clients in strict mode (every frame checked
 * against the official schemas both ways), one per version, play charge points against the binding's server through
 * the thing handlers: boot, heartbeat, status, meter values, a transaction, a setpoint (on 2.1 a discharge by a
 * CentralSetpoint profile and then an UpdateDynamicSchedule, the answers to NotifyEVChargingNeeds with the schedule
 * they promise, NotifyAllowedEnergyTransfer on mode changes) and the end of the transaction.
 *
 * @author openHAB V2X contributors - Initial contribution
 */
@NonNullByDefault
@Timeout(90)
class OcppRpcInteropTest {

    @ParameterizedTest
    @EnumSource(OcppVersion.class)
    void ocppRpcInStrictModePlaysAChargingSession(OcppVersion version) throws Exception {
        boolean v21 = version == OcppVersion.V21;
        try (OcppTestRig rig = new OcppTestRig()) {
            rig.startServer(1);
            String id = "RPC-" + version.name();
            String uid = rig.addCharger(id, Map.of());
            try (NodeChargePoint node = new NodeChargePoint("ws://127.0.0.1:" + rig.port + "/ocpp", id,
                    OcppTestRig.PASSWORD, version.subprotocol())) {
                await(() -> !node.events("transaction").isEmpty() || !node.isAlive() || !node.events("error").isEmpty(),
                        () -> "no transaction: " + node.diagnostics());
                assertEquals(List.of(), node.events("error"), node.diagnostics());
                assertEquals(version.subprotocol(), node.events("connected").get(0).get("protocol").getAsString());
                JsonObject boot = node.result("BootNotification");
                assertEquals("Accepted", boot == null ? null : boot.get("status").getAsString(), node.diagnostics());

                rig.awaitStatus(uid, ThingStatus.ONLINE);
                OcppChargerHandler charger = rig.charger(uid);
                await(() -> charger.transactionId() != null, () -> "the binding saw no transaction");
                await(() -> Double.valueOf(55).equals(rig.channelNumber(uid + ":car#soc")),
                        () -> "SoC channel is " + rig.channelNumber(uid + ":car#soc"));
                await(() -> Double.valueOf(7000).equals(rig.channelWatts(uid + ":power#active-power")),
                        () -> "power channel is " + rig.channelWatts(uid + ":power#active-power"));
                if (v21) {
                    JsonObject needs = node.result("NotifyEVChargingNeeds");
                    assertNotNull(needs, node.diagnostics());
                    // openHAB does not control the charger yet, so it promises no schedule
                    assertEquals("NoChargingProfile", needs.get("status").getAsString());
                    await(() -> Double.valueOf(7400).equals(rig.channelWatts(uid + ":limits#max-discharge-power")),
                            () -> "the charging needs were not read");
                }

                double setpoint = v21 ? -3000 : 3000;
                rig.setpoint(id, setpoint);
                await(() -> node.calls("SetChargingProfile").stream().anyMatch(c -> firstPeriodHas(c, version, setpoint)),
                        () -> "no SetChargingProfile for " + setpoint + ": " + node.diagnostics());
                if (v21) {
                    // the next setpoint is an update of this profile once the binding has its acceptance
                    await(() -> Double.valueOf(setpoint).equals(charger.state().setpointW()),
                            () -> "the profile was not confirmed: " + charger.state());
                    rig.setpoint(id, -2000);
                    await(() -> node.calls("UpdateDynamicSchedule").stream()
                            .anyMatch(c -> c.getAsJsonObject("params").getAsJsonObject("scheduleUpdate")
                                    .get("setpoint").getAsDouble() == -2000),
                            () -> "no UpdateDynamicSchedule: " + node.diagnostics());
                }

                if (v21) {
                    // the car now allows less discharge: the answer promises a schedule, and a new profile follows
                    // with the current control (-2000 W) held to the car's new limit
                    node.send("needs 1500");
                    await(() -> node.events("result").stream()
                            .filter(e -> "NotifyEVChargingNeeds".equals(e.get("method").getAsString())).count() == 2,
                            () -> "no second answer: " + node.diagnostics());
                    List<JsonObject> answers = node.events("result").stream()
                            .filter(e -> "NotifyEVChargingNeeds".equals(e.get("method").getAsString())).toList();
                    assertEquals("Accepted", answers.get(1).getAsJsonObject("result").get("status").getAsString());
                    await(() -> node.calls("SetChargingProfile").stream()
                            .anyMatch(c -> firstPeriodHas(c, version, -1500)),
                            () -> "no schedule after Accepted: " + node.diagnostics());
                }

                if (v21) {
                    // charge-only takes the bidirectional mode away from the car, v2x gives it back
                    String txId = node.events("transaction").get(0).get("transactionId").getAsString();
                    rig.host.sendCommand(OcppTestRig.itemName("Mode", id), new StringType("charge-only"));
                    await(() -> allowed(node, txId, "[\"AC_three_phase\"]"),
                            () -> "no NotifyAllowedEnergyTransfer without AC_BPT: " + node.diagnostics());
                    rig.host.sendCommand(OcppTestRig.itemName("Mode", id), new StringType("v2x"));
                    await(() -> allowed(node, txId, "[\"AC_three_phase\",\"AC_BPT\"]"),
                            () -> "no NotifyAllowedEnergyTransfer with AC_BPT: " + node.diagnostics());
                }

                node.send("stop");
                assertEquals(0, node.awaitExit(30), node.diagnostics());
                assertFalse(node.events("done").isEmpty(), node.diagnostics());
                await(() -> charger.transactionId() == null, () -> "the binding still has a transaction");
                assertEquals(List.of(), node.events("violation"), "strict mode found violations");
                assertEquals(List.of(), node.events("error"), node.diagnostics());
            }
        }
    }

    private static boolean allowed(NodeChargePoint node, String transactionId, String modes) {
        return node.calls("NotifyAllowedEnergyTransfer").stream().map(c -> c.getAsJsonObject("params"))
                .anyMatch(p -> transactionId.equals(p.get("transactionId").getAsString())
                        && modes.equals(p.get("allowedEnergyTransfer").toString()));
    }

    private static boolean firstPeriodHas(JsonObject call, OcppVersion version, double watts) {
        JsonObject params = call.getAsJsonObject("params");
        JsonObject profile = params.getAsJsonObject(version == OcppVersion.V16 ? "csChargingProfiles" : "chargingProfile");
        JsonObject schedule = version == OcppVersion.V16 ? profile.getAsJsonObject("chargingSchedule")
                : profile.getAsJsonArray("chargingSchedule").get(0).getAsJsonObject();
        JsonObject period = schedule.getAsJsonArray("chargingSchedulePeriod").get(0).getAsJsonObject();
        if (version == OcppVersion.V21) {
            return "CentralSetpoint".equals(period.get("operationMode").getAsString())
                    && period.get("setpoint").getAsDouble() == watts;
        }
        return period.get("limit").getAsDouble() == watts;
    }
}
