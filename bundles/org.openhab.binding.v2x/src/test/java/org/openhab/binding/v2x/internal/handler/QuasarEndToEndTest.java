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

import java.io.IOException;
import java.net.URL;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openhab.binding.v2x.internal.V2xHandlerFactory;
import org.openhab.core.library.types.QuantityType;
import org.openhab.core.library.types.StringType;
import org.openhab.core.library.unit.Units;
import org.openhab.core.thing.ThingStatus;
import org.openhab.core.thing.ThingStatusDetail;
import org.openhab.core.thing.ThingStatusInfo;
import org.openhab.core.types.State;
import org.openhab.v2x.host.OpenhabHost;
import org.openhab.v2x.simulator.ocpp.ManualSimulatorClock;
import org.openhab.v2x.simulator.ocpp.SimulatedCar;
import org.openhab.v2x.simulator.quasar.QuasarMisbehaviour;
import org.openhab.v2x.simulator.quasar.QuasarSimulator;

/**
 * The {@code v2x:quasar} thing against the Quasar simulator on loopback, in the strict test host: take-control
 * sequence with pauses, discharge on a negative setpoint with state and SoC on the channels, the charger's
 * idle-timeout fail-safe, hand-back on dispose and in app mode, reconnection, Modbus faults as thing status, and
 * the driving reserve.
 *
 * @author openHAB V2X - Initial contribution
 */
@NonNullByDefault
class QuasarEndToEndTest {

    private static final String UID = "v2x:quasar:garage";
    private static final Duration WAIT = Duration.ofSeconds(15);
    private static final int WRITE_PAUSE_MS = 30;
    private static final int FAIL_SAFE_S = 20;

    private final OpenhabHost host = new OpenhabHost();
    private final ManualSimulatorClock simulatorClock = new ManualSimulatorClock();
    // a small battery so that seconds of discharge show in whole percent
    private final SimulatedCar car = new SimulatedCar(2000, 60).withMaxChargeW(7400).withMaxDischargeW(7400)
            .withChargeEfficiency(1).withDischargeEfficiency(1).withSocFloorPercent(10);
    private final QuasarSimulator simulator = new QuasarSimulator("127.0.0.1", 0, car, simulatorClock);

    @BeforeEach
    void setUp() throws IOException {
        host.addThingTypes(resource("OH-INF/thing/channel-types.xml"));
        host.addThingTypes(resource("OH-INF/thing/quasar.xml"));
        host.addThingTypes(resource("OH-INF/thing/ev.xml"));
        host.addTexts(resource("OH-INF/i18n/v2x.properties"));
        host.activateThingHandlerFactory(new V2xHandlerFactory(host.timeZoneProvider()));
        simulator.start();
    }

    @AfterEach
    void tearDown() {
        host.close();
        simulator.close();
    }

    @Test
    void takesControlAndDischargesTheCarAtMinus3000W() {
        addQuasar(Map.of());
        awaitStatus(ThingStatus.ONLINE);
        await().atMost(WAIT).until(() -> simulator.controlOwner() == 1);
        assertEquals(FAIL_SAFE_S, simulator.idleTimeoutSeconds());
        List<QuasarSimulator.Write> control = simulator.writes().subList(0, 4);
        assertEquals(List.of(81, 82, 83, 88), control.stream().map(QuasarSimulator.Write::register).toList());
        assertEquals(List.of(1, 0, 1, FAIL_SAFE_S), control.stream().map(QuasarSimulator.Write::value).toList());
        assertTrue(control.stream().allMatch(QuasarSimulator.Write::accepted));
        assertOperatingState("idle");

        setpoint(-3000);
        await().atMost(WAIT).until(() -> car.getPowerW() == -3000);
        assertEquals(-3000, simulator.powerSetpointW());
        assertEquals(11, simulator.stateCode());
        await().atMost(WAIT).until(() -> Double.valueOf(-3000).equals(watts("power#active-power")));
        assertOperatingState("discharging");
        assertEquals(3000, watts("power#export-power"));
        await().atMost(WAIT).until(() -> Double.valueOf(60).equals(number("car#soc")));

        // 3000 W for 40 s of the car's time: 33 Wh of 2 kWh, in steps shorter than the fail-safe timeout
        advanceWithTraffic(Duration.ofSeconds(15));
        advanceWithTraffic(Duration.ofSeconds(15));
        advanceWithTraffic(Duration.ofSeconds(10));
        assertEquals(58.33, car.getSocPercent(), 0.01);
        await().atMost(WAIT).until(() -> Double.valueOf(58).equals(number("car#soc")));
        assertEquals(0, simulator.controlLosses(), "the polls keep the charger under openHAB's control");

        List<QuasarSimulator.Write> writes = simulator.writes();
        for (int i = 1; i < writes.size(); i++) {
            long gapNanos = writes.get(i).receivedNanos() - writes.get(i - 1).receivedNanos();
            assertTrue(gapNanos >= Duration.ofMillis(WRITE_PAUSE_MS).toNanos(),
                    "writes " + (i - 1) + " and " + i + " only " + gapNanos + " ns apart");
        }
    }

    @Test
    void chargerTakesControlBackWhenOpenhabIsSilentForTheFailSafeTimeout() {
        addQuasar(Map.of());
        awaitStatus(ThingStatus.ONLINE);
        setpoint(-3000);
        await().atMost(WAIT).until(() -> car.getPowerW() == -3000);

        // openHAB silent for longer than the timeout, as far as the charger can tell
        simulator.advance(Duration.ofSeconds(FAIL_SAFE_S + 1));
        assertEquals(0, simulator.controlOwner());
        assertEquals(0, car.getPowerW(), "the fall-back stops the discharge");
        assertEquals(1, simulator.controlLosses());

        // openHAB is back: it takes control again and restores its setpoint
        await().atMost(WAIT).until(() -> simulator.controlOwner() == 1 && car.getPowerW() == -3000);
    }

    @Test
    void disposeHandsControlBack() {
        addQuasar(Map.of());
        awaitStatus(ThingStatus.ONLINE);
        setpoint(-3000);
        await().atMost(WAIT).until(() -> car.getPowerW() == -3000);
        host.removeThing(UID);
        await().atMost(WAIT).until(() -> simulator.controlOwner() == 0);
        assertEquals(0, car.getPowerW());
    }

    @Test
    void appModeHandsControlBackAndKeepsOff() {
        addQuasar(Map.of());
        awaitStatus(ThingStatus.ONLINE);
        await().atMost(WAIT).until(() -> simulator.controlOwner() == 1);
        host.sendCommand("Quasar_Mode", new StringType("charge-only"));
        await().atMost(WAIT).until(() -> simulator.controlOwner() == 0);
        long handedBackAt = simulator.writes().size();
        awaitPolls(3);
        assertEquals(0, simulator.controlOwner(), "openHAB leaves the charger to the app");
        assertEquals(handedBackAt, simulator.writes().size());
        host.sendCommand("Quasar_Mode", new StringType("v2x"));
        await().atMost(WAIT).until(() -> simulator.controlOwner() == 1);
    }

    @Test
    void reconnectsAfterTheChargerRestarts() throws IOException {
        addQuasar(Map.of());
        awaitStatus(ThingStatus.ONLINE);
        setpoint(-3000);
        await().atMost(WAIT).until(() -> car.getPowerW() == -3000);

        simulator.stop();
        awaitStatus(ThingStatus.OFFLINE);
        assertEquals(ThingStatusDetail.COMMUNICATION_ERROR, status().getStatusDetail());
        simulator.restart();
        assertEquals(0, simulator.controlOwner(), "a reboot leaves the charger under user control");
        awaitStatus(ThingStatus.ONLINE);
        await().atMost(WAIT).until(() -> simulator.controlOwner() == 1 && car.getPowerW() == -3000);
    }

    @Test
    void modbusExceptionsAndEmptyReadsTakeTheThingOfflineWithTheReason() {
        addQuasar(Map.of());
        awaitStatus(ThingStatus.ONLINE);

        simulator.misbehave(QuasarMisbehaviour.EXCEPTION);
        awaitStatus(ThingStatus.OFFLINE);
        assertEquals(ThingStatusDetail.COMMUNICATION_ERROR, status().getStatusDetail());
        assertTrue(description().contains("Modbus exception 2"), description());

        simulator.misbehave(QuasarMisbehaviour.NONE);
        awaitStatus(ThingStatus.ONLINE);

        simulator.misbehave(QuasarMisbehaviour.EMPTY_READS);
        awaitStatus(ThingStatus.OFFLINE);
        assertTrue(description().contains("empty read"), description());
    }

    @Test
    void unansweredReadsTakeTheThingOfflineWithinOneTimeout() {
        addQuasar(Map.of("responseTimeout", 500));
        awaitStatus(ThingStatus.ONLINE);
        simulator.misbehave(QuasarMisbehaviour.TIMEOUT);
        // one attempt of 500 ms, no retries: far less than the simulator's 5 s hold
        await().atMost(Duration.ofSeconds(4)).until(() -> status().getStatus() == ThingStatus.OFFLINE);
        assertEquals(ThingStatusDetail.COMMUNICATION_ERROR, status().getStatusDetail());
        assertTrue(description().contains("no valid answer reading register"), description());
    }

    @Test
    void chargerErrorShowsOnLastErrorAndStatus() {
        addQuasar(Map.of());
        awaitStatus(ThingStatus.ONLINE);
        simulator.error(12);
        await().atMost(WAIT).until(() -> new StringType("error registers 539=12 540=0 541=0 542=0")
                .equals(host.getChannelState(UID + ":status#last-error")));
        assertOperatingState("fault");
        await().atMost(WAIT).until(() -> description().contains("539=12"));
        assertEquals(ThingStatus.ONLINE, status().getStatus());
    }

    @Test
    void neverDischargesBelowTheCarsReserve() {
        addQuasar(Map.of());
        Map<String, Object> ev = new LinkedHashMap<>();
        ev.put("capacity", 2);
        ev.put("reserveSoc", 70);
        host.addThing("v2x:ev:garage:car", UID, ev);
        awaitStatus(ThingStatus.ONLINE);
        // charging lets the charger read the SoC (60 %), which is below the reserve
        setpoint(2000);
        await().atMost(WAIT).until(() -> Double.valueOf(60).equals(number("car#soc")));
        setpoint(-3000);
        await().atMost(WAIT).until(() -> simulator.powerSetpointW() == 0);
        awaitPolls(2);
        assertEquals(0, car.getPowerW());
        assertEquals(0, simulator.powerSetpointW());
    }

    @Test
    void missingHostAndTooShortFailSafeAreConfigurationErrors() {
        addQuasar(Map.of("refreshInterval", 30, "failSafeTimeout", 20));
        await().atMost(WAIT).until(() -> status().getStatusDetail() == ThingStatusDetail.CONFIGURATION_ERROR);
        assertTrue(description().contains("longer than the refresh interval"), description());
        assertEquals(0, simulator.writes().size());
    }

    // ---- helpers

    private void addQuasar(Map<String, Object> extra) {
        Map<String, Object> config = new LinkedHashMap<>();
        config.put("host", "127.0.0.1");
        config.put("port", simulator.port());
        config.put("refreshInterval", 1);
        config.put("failSafeTimeout", FAIL_SAFE_S);
        config.put("writePause", WRITE_PAUSE_MS);
        config.put("responseTimeout", 1000);
        config.put("minSetpointInterval", 0);
        config.put("setpointDeadband", 0);
        config.putAll(extra);
        host.addThing(UID, null, config);
        host.addItem("Quasar_Setpoint", "Number:Power", UID + ":power#setpoint");
        host.addItem("Quasar_Mode", "String", UID + ":power#mode");
    }

    private void setpoint(double watts) {
        host.sendCommand("Quasar_Setpoint", new QuantityType<>(watts, Units.WATT));
    }

    /** Moves the charger's clock, then waits until the binding has polled at the new time. */
    private void advanceWithTraffic(Duration step) {
        simulator.advance(step);
        long now = simulatorClock.nanoTime();
        await().atMost(WAIT).until(() -> simulator.lastTrafficNanos() >= now);
    }

    /** Waits for this many further polls of the binding (each poll reads the status block). */
    private void awaitPolls(int count) {
        for (int i = 0; i < count; i++) {
            advanceWithTraffic(Duration.ofSeconds(1));
        }
    }

    private void awaitStatus(ThingStatus expected) {
        await().atMost(WAIT).until(() -> status().getStatus() == expected);
    }

    private void assertOperatingState(String expected) {
        await().atMost(WAIT).until(() -> new StringType(expected)
                .equals(host.getChannelState(UID + ":status#operating-state")));
    }

    private ThingStatusInfo status() {
        return host.getThingStatus(UID);
    }

    private String description() {
        String text = host.text(status().getDescription());
        return text == null ? "" : text;
    }

    private @Nullable Double watts(String channel) {
        State state = host.getChannelState(UID + ":" + channel);
        if (state instanceof QuantityType<?> quantity) {
            QuantityType<?> inWatts = quantity.toUnit(Units.WATT);
            return inWatts == null ? null : inWatts.doubleValue();
        }
        return null;
    }

    private @Nullable Double number(String channel) {
        State state = host.getChannelState(UID + ":" + channel);
        return state instanceof QuantityType<?> quantity ? quantity.doubleValue() : null;
    }

    private static URL resource(String path) {
        URL url = QuasarEndToEndTest.class.getClassLoader().getResource(path);
        if (url == null) {
            throw new IllegalStateException(path + " is missing");
        }
        return url;
    }
}
