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

import java.time.Duration;
import java.util.Map;
import java.util.Objects;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.openhab.binding.v2x.internal.action.OcppChargerActions;
import org.openhab.core.thing.Thing;
import org.openhab.core.thing.ThingStatus;
import org.openhab.core.thing.ThingStatusDetail;
import org.openhab.v2x.simulator.ocpp.ChargePointSimulator;
import org.openhab.v2x.simulator.ocpp.ManualSimulatorClock;
import org.openhab.v2x.simulator.ocpp.OcppVersion;

import com.google.gson.JsonObject;

/**
 * The OCPP things end to end on loopback: the test host runs the binding's handlers, the charge point simulator
 * connects as a real charger would, and the assertions look at thing status, channels and what the simulator
 * received and does.
 *
 * @author openHAB V2X - Initial contribution
 */
@NonNullByDefault
@Timeout(60)
class OcppChargerEndToEndTest {

    private @Nullable OcppTestRig rig;

    @BeforeEach
    void setUp() throws Exception {
        OcppTestRig newRig = new OcppTestRig();
        newRig.startServer(1);
        rig = newRig;
    }

    @AfterEach
    void tearDown() {
        OcppTestRig current = rig;
        if (current != null) {
            current.close();
        }
    }

    private OcppTestRig rig() {
        return Objects.requireNonNull(rig);
    }

    @ParameterizedTest
    @EnumSource(OcppVersion.class)
    void dischargeSetpointReachesTheCarWithTheRightProfile(OcppVersion version) throws Exception {
        OcppTestRig rig = rig();
        boolean v21 = version == OcppVersion.V21;
        String id = "CP-" + version.name();
        String uid = rig.addCharger(id, Map.of("allowNegativeLimitDischarge", !v21));
        assertEquals(ThingStatusDetail.COMMUNICATION_ERROR, rig.status(uid).getStatusDetail());

        // the battery runs 120 times faster than real time, so the SoC visibly moves within a second
        ChargePointSimulator simulator = rig.simulator(id, version, OcppTestRig.car(50),
                c -> c.negativeLimitDischarge(!v21).speed(120).meterIntervalSeconds(5));
        rig.awaitStatus(uid, ThingStatus.ONLINE);
        OcppChargerHandler charger = rig.charger(uid);
        Thing thing = Objects.requireNonNull(rig.host.getThing(uid));
        await(() -> thing.getProperties().containsKey(Thing.PROPERTY_VENDOR), () -> "no vendor property");
        assertEquals(version.subprotocol(), thing.getProperties().get(OcppChargerHandler.PROPERTY_OCPP_VERSION));
        assertNotNull(thing.getProperties().get(Thing.PROPERTY_MODEL_ID));

        // without a profile the simulated car charges at its maximum, and the channels say so
        await(() -> near(rig.channelNumber(uid + ":car#soc"), 50, 2), () -> "no SoC on the channel");
        await(() -> near(rig.channelWatts(uid + ":power#active-power"), 7400, 1),
                () -> "active power is " + rig.channelWatts(uid + ":power#active-power"));
        await(() -> charger.transactionId() != null, () -> "the transaction did not start");
        // the binding configured the sampling (ChangeConfiguration / SetVariables)
        await(() -> simulator.getMeterIntervalSeconds() == 1, () -> "meter interval " + simulator.getMeterIntervalSeconds());
        if (v21) {
            await(() -> "true".equals(thing.getProperties().get(OcppChargerHandler.PROPERTY_V2X_SUPPORTED)),
                    () -> "V2X support not read: " + thing.getProperties());
            simulator.notifyChargingNeeds();
            await(() -> near(rig.channelWatts(uid + ":limits#max-discharge-power"), 7400, 0),
                    () -> "no discharge limit from NotifyEVChargingNeeds");
            assertTrue(near(rig.channelWatts(uid + ":limits#max-charge-power"), 7400, 0));
            assertTrue(near(rig.channelNumber(uid + ":car#capacity"), 60, 0));
            assertTrue(near(rig.channelNumber(uid + ":car#target-soc"), 80, 0));
            assertNotNull(rig.host.getChannelState(uid + ":car#departure-time"));
        }

        rig.setpoint(id, -3000);

        await(() -> profileMatches(simulator, version, -3000), () -> "profile is " + simulator.getLastProfile());
        JsonObject profile = Objects.requireNonNull(simulator.getLastProfile());
        assertEquals("TxProfile", profile.get("chargingProfilePurpose").getAsString());
        assertEquals(simulator.getTransactionId(), profile.get("transactionId").getAsString());
        JsonObject schedule = schedule(profile, version);
        JsonObject period = schedule.getAsJsonArray("chargingSchedulePeriod").get(0).getAsJsonObject();
        assertEquals("W", schedule.get("chargingRateUnit").getAsString());
        assertEquals(0, period.get("startPeriod").getAsInt());
        if (v21) {
            assertEquals("Dynamic", profile.get("chargingProfileKind").getAsString());
            assertEquals("CentralSetpoint", period.get("operationMode").getAsString());
            assertEquals(-3000, period.get("setpoint").getAsDouble());
            assertEquals(-7400, period.get("dischargeLimit").getAsDouble());
            assertEquals(10, profile.get("maxOfflineDuration").getAsInt());
            assertTrue(profile.get("invalidAfterOfflineDuration").getAsBoolean());
        } else {
            assertEquals("Relative", profile.get("chargingProfileKind").getAsString());
            assertEquals(-3000, period.get("limit").getAsDouble());
            assertFalse(period.has("operationMode"));
            assertFalse(period.has("setpoint"));
            assertFalse(profile.has("maxOfflineDuration"));
        }

        await(() -> near(simulator.getPowerW(), -3000, 1), () -> "car power is " + simulator.getPowerW());
        await(() -> near(rig.channelWatts(uid + ":power#active-power"), -3000, 1),
                () -> "active power channel is " + rig.channelWatts(uid + ":power#active-power"));
        assertTrue(near(rig.channelWatts(uid + ":power#export-power"), 3000, 1));
        assertEquals("discharging", String.valueOf(rig.host.getChannelState(uid + ":status#operating-state")));
        double socWhileDischarging = Objects.requireNonNull(rig.channelNumber(uid + ":car#soc"));
        await(() -> rig.channelNumber(uid + ":car#soc") instanceof Double soc && soc < socWhileDischarging,
                () -> "SoC does not fall: " + rig.channelNumber(uid + ":car#soc"));

        if (v21) {
            // the profile was installed as Dynamic: a new setpoint is an UpdateDynamicSchedule; less discharge is
            // never held back by the minimum setpoint interval, so it goes out at once
            rig.setpoint(id, -2000);
            await(() -> simulator.getReceivedFrames().stream().anyMatch(f -> f.contains("\"UpdateDynamicSchedule\"")),
                    () -> "no UpdateDynamicSchedule");
            await(() -> near(simulator.getPowerW(), -2000, 1), () -> "car power is " + simulator.getPowerW());
        }
    }

    @ParameterizedTest
    @EnumSource(value = OcppVersion.class, names = { "V16", "V201" })
    void withoutTheOptInNoNegativeLimitIsSent(OcppVersion version) throws Exception {
        OcppTestRig rig = rig();
        String id = "PLAIN-" + version.name();
        String uid = rig.addCharger(id, Map.of());
        ChargePointSimulator simulator = rig.simulator(id, version, OcppTestRig.car(50),
                c -> c.negativeLimitDischarge(true));
        rig.awaitStatus(uid, ThingStatus.ONLINE);
        await(() -> rig.charger(uid).transactionId() != null, () -> "the transaction did not start");

        rig.setpoint(id, -3000);

        await(() -> simulator.getLastProfile() != null, () -> "no profile");
        JsonObject period = schedule(Objects.requireNonNull(simulator.getLastProfile()), version)
                .getAsJsonArray("chargingSchedulePeriod").get(0).getAsJsonObject();
        assertEquals(0, period.get("limit").getAsDouble(), "the discharge must become a limit of 0 W");
        await(() -> near(simulator.getPowerW(), 0, 1), () -> "car power is " + simulator.getPowerW());
        // what the installed profiles ask for decides all later power, and no profile sent asks for discharge
        assertTrue(simulator.getCommand().powerW() >= 0, "the car must not discharge: " + simulator.getCommand());
        assertTrue(simulator.getReceivedFrames().stream().noneMatch(f -> f.contains("\"limit\":-")),
                () -> "a negative limit was sent: " + simulator.getReceivedFrames());
        assertEquals(0, rig.channelWatts(uid + ":power#setpoint"));
    }

    @Test
    void wrongPasswordKeepsTheChargerOffline() throws Exception {
        OcppTestRig rig = rig();
        String uid = rig.addCharger("LOCKED", Map.of());
        ChargePointSimulator simulator = rig.simulator("LOCKED", OcppVersion.V21, OcppTestRig.car(50),
                c -> c.password("wrong-password-0000"));
        await(() -> String.valueOf(rig.status(uid).getDescription()).contains("auth-failed"),
                () -> "status is " + rig.status(uid));
        await(() -> simulator.getFailedConnectAttempts() >= 2, () -> "the simulator did not retry");
        assertEquals(ThingStatus.OFFLINE, rig.status(uid).getStatus());
        assertEquals(ThingStatusDetail.COMMUNICATION_ERROR, rig.status(uid).getStatusDetail());
        assertFalse(simulator.isConnected());
    }

    @Test
    void unknownChargePointIsListedOnTheServer() throws Exception {
        OcppTestRig rig = rig();
        rig.addCharger("KNOWN", Map.of());
        ChargePointSimulator stranger = rig.simulator("STRANGER-1", OcppVersion.V16, OcppTestRig.car(50), c -> c);
        Thing server = Objects.requireNonNull(rig.host.getThing(OcppTestRig.SERVER_UID));
        await(() -> "STRANGER-1".equals(server.getProperties().get(OcppServerHandler.PROPERTY_UNKNOWN_CHARGE_POINTS)),
                () -> "properties are " + server.getProperties());
        assertFalse(stranger.isConnected());

        // adding the thing accepts it and takes it off the list
        String uid = rig.addCharger("STRANGER-1", Map.of());
        rig.awaitStatus(uid, ThingStatus.ONLINE);
        assertNull(server.getProperties().get(OcppServerHandler.PROPERTY_UNKNOWN_CHARGE_POINTS));
    }

    @Test
    void reconnectResendsTheSetpoint() throws Exception {
        OcppTestRig rig = rig();
        String uid = rig.addCharger("AGAIN", Map.of());
        ChargePointSimulator simulator = rig.simulator("AGAIN", OcppVersion.V21, OcppTestRig.car(60), c -> c);
        rig.awaitStatus(uid, ThingStatus.ONLINE);
        await(() -> rig.charger(uid).transactionId() != null, () -> "the transaction did not start");
        rig.setpoint("AGAIN", -2500);
        await(() -> near(simulator.getPowerW(), -2500, 1), () -> "car power is " + simulator.getPowerW());

        simulator.getFrameLog().clear();
        simulator.disconnect();
        await(() -> rig.status(uid).getStatus() == ThingStatus.OFFLINE, () -> "still " + rig.status(uid));
        assertEquals("OFF", String.valueOf(rig.host.getChannelState(uid + ":status#connection")));
        rig.awaitStatus(uid, ThingStatus.ONLINE);

        await(() -> simulator.getReceivedFrames().stream()
                .anyMatch(f -> f.contains("\"SetChargingProfile\"") && f.contains("-2500")),
                () -> "no SetChargingProfile after the reconnect: " + simulator.getReceivedFrames());
        assertEquals("ON", String.valueOf(rig.host.getChannelState(uid + ":status#connection")));
        await(() -> near(simulator.getPowerW(), -2500, 1), () -> "car power is " + simulator.getPowerW());
    }

    @Test
    void chargerStopsDischargingByItselfWhenOpenhabIsGone() throws Exception {
        OcppTestRig rig = rig();
        String uid = rig.addCharger("SAFE", Map.of("maxOfflineDuration", 10));
        // the charger does not come back quickly, so only its own fail-safe can end the discharge; its timers run
        // on a clock the test moves, so the fail-safe is checked at exact offline times
        ManualSimulatorClock clock = new ManualSimulatorClock();
        ChargePointSimulator simulator = rig.simulator("SAFE", OcppVersion.V21, OcppTestRig.car(60),
                c -> c.reconnectDelayMillis(30_000).clock(clock));
        rig.awaitStatus(uid, ThingStatus.ONLINE);
        await(() -> rig.charger(uid).transactionId() != null, () -> "the transaction did not start");
        rig.setpoint("SAFE", -3000);
        await(() -> near(simulator.getPowerW(), -3000, 1), () -> "car power is " + simulator.getPowerW());

        simulator.disconnect();
        await(() -> !simulator.isConnected(), () -> "the simulator did not notice the disconnect");
        clock.advance(Duration.ofSeconds(10));
        simulator.tick();
        assertTrue(near(simulator.getPowerW(), -3000, 1), "the fail-safe must not act before maxOfflineDuration");
        clock.advance(Duration.ofMillis(1));
        simulator.tick();
        assertTrue(simulator.getPowerW() >= 0, "the fail-safe must act right after maxOfflineDuration, power "
                + simulator.getPowerW());
        assertFalse(simulator.isConnected(), "the charger must have ended the discharge by itself");
    }

    @ParameterizedTest
    @EnumSource(OcppVersion.class)
    void disposingTheServerEndsTheDischargeWithinTheOfflineDuration(OcppVersion version) throws Exception {
        OcppTestRig rig = rig();
        boolean v21 = version == OcppVersion.V21;
        String id = "GONE-" + version.name();
        String uid = rig.addCharger(id, Map.of("allowNegativeLimitDischarge", !v21, "maxOfflineDuration", 10));
        ManualSimulatorClock clock = new ManualSimulatorClock();
        ChargePointSimulator simulator = rig.simulator(id, version, OcppTestRig.car(60),
                c -> c.negativeLimitDischarge(!v21).clock(clock));
        rig.awaitStatus(uid, ThingStatus.ONLINE);
        await(() -> rig.charger(uid).transactionId() != null, () -> "the transaction did not start");
        rig.setpoint(id, -3000);
        await(() -> near(simulator.getPowerW(), -3000, 1), () -> "car power is " + simulator.getPowerW());

        rig.host.removeThing(OcppTestRig.SERVER_UID);

        await(() -> !simulator.isConnected(), () -> "still connected");
        // whether the binding withdrew the setpoint or the charger's fail-safe acts, the discharge is over once the
        // charger has been offline for the configured 10 s
        clock.advance(Duration.ofSeconds(10).plusMillis(1));
        simulator.tick();
        assertTrue(simulator.getPowerW() >= 0, "still " + simulator.getPowerW());
    }

    @Test
    void drivingReserveStopsTheDischarge() throws Exception {
        OcppTestRig rig = rig();
        String uid = rig.addCharger("RESERVE", Map.of());
        rig.thing("v2x:ev:car", uid, Map.of("capacity", 60, "reserveSoc", 45, "targetSoc", 80));
        ChargePointSimulator simulator = rig.simulator("RESERVE", OcppVersion.V21, OcppTestRig.car(48),
                c -> c.speed(600));
        rig.awaitStatus(uid, ThingStatus.ONLINE);
        await(() -> rig.charger(uid).transactionId() != null, () -> "the transaction did not start");
        await(() -> rig.channelNumber(uid + ":car#soc") != null, () -> "no SoC");
        simulator.getFrameLog().clear();

        rig.setpoint("RESERVE", -6000);
        await(() -> simulator.getPowerW() < -5000, () -> "car power is " + simulator.getPowerW());

        // 6 kW at 600 times real speed: the car reaches the reserve (plus margin) within seconds
        await(() -> near(simulator.getPowerW(), 0, 1), Duration.ofSeconds(15),
                () -> "car power is " + simulator.getPowerW() + " at " + simulator.getSoc() + " %");
        double soc = simulator.getSoc();
        assertTrue(soc > 43 && soc <= 46.5, "stopped at " + soc + " %");
        // the binding answers each MeterValues before the charger sends the next, so after two more the binding
        // has seen the SoC at the stop; by then no frame may have asked for discharge again
        simulator.getFrameLog().clear();
        await(() -> simulator.getSentFrames().stream().filter(f -> f.contains("\"MeterValues\"")).count() >= 2,
                () -> "no further MeterValues");
        assertTrue(simulator.getReceivedFrames().stream().noneMatch(f -> f.contains("\"setpoint\":-")),
                () -> "discharge asked for again: " + simulator.getReceivedFrames());
        assertTrue(simulator.getCommand().powerW() >= 0, "the installed profile discharges: " + simulator.getCommand());
        assertTrue(simulator.getSoc() > 43, "kept discharging to " + simulator.getSoc());
        assertEquals(0, rig.channelWatts(uid + ":power#setpoint"));
    }

    @Test
    void ruleActionsSetTheSetpointAndStopTheTransaction() throws Exception {
        OcppTestRig rig = rig();
        String uid = rig.addCharger("ACT", Map.of());
        ChargePointSimulator simulator = rig.simulator("ACT", OcppVersion.V201, OcppTestRig.car(50),
                c -> c.autoStartTransaction(false));
        rig.awaitStatus(uid, ThingStatus.ONLINE);
        OcppChargerActions actions = new OcppChargerActions();
        actions.setThingHandler(rig.charger(uid));

        assertFalse(OcppChargerActions.stopTransaction(actions), "no transaction to stop yet");
        assertTrue(OcppChargerActions.startTransaction(actions));
        await(() -> rig.charger(uid).transactionId() != null, () -> "the transaction did not start");
        assertEquals(4000, OcppChargerActions.setSetpoint(actions, 4000));
        await(() -> near(simulator.getPowerW(), 4000, 1), () -> "car power is " + simulator.getPowerW());
        assertTrue(OcppChargerActions.setMode(actions, "idle"));
        await(() -> near(simulator.getPowerW(), 0, 1), () -> "car power is " + simulator.getPowerW());
        assertFalse(OcppChargerActions.setMode(actions, "turbo"));
        assertTrue(OcppChargerActions.stopTransaction(actions));
        await(() -> !simulator.isTransactionActive(), () -> "transaction still running");
    }

    private static JsonObject schedule(JsonObject profile, OcppVersion version) {
        return version == OcppVersion.V16 ? profile.getAsJsonObject("chargingSchedule")
                : profile.getAsJsonArray("chargingSchedule").get(0).getAsJsonObject();
    }

    private static boolean profileMatches(ChargePointSimulator simulator, OcppVersion version, double watts) {
        JsonObject profile = simulator.getLastProfile();
        if (profile == null || !"TxProfile".equals(profile.get("chargingProfilePurpose").getAsString())) {
            return false;
        }
        JsonObject period = schedule(profile, version).getAsJsonArray("chargingSchedulePeriod").get(0)
                .getAsJsonObject();
        String field = version == OcppVersion.V21 ? "setpoint" : "limit";
        return period.has(field) && period.get(field).getAsDouble() == watts;
    }

    private static boolean near(@Nullable Double value, double expected, double tolerance) {
        return value != null && Math.abs(value - expected) <= tolerance;
    }
}
