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
package org.openhab.v2x.simulator.ocpp;

import static org.junit.jupiter.api.Assertions.*;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;

/**
 * The simulator against a hand-written central system on loopback.
 */
@NonNullByDefault
class ChargePointSimulatorTest {

    private static final Duration WAIT = Duration.ofSeconds(10);

    private final List<AutoCloseable> resources = new ArrayList<>();

    @AfterEach
    void tearDown() throws Exception {
        for (int i = resources.size() - 1; i >= 0; i--) {
            resources.get(i).close();
        }
    }

    private TestCentralSystem server(String... subprotocols) throws Exception {
        TestCentralSystem server = new TestCentralSystem(subprotocols);
        resources.add(server);
        return server;
    }

    private ChargePointSimulator simulator(TestCentralSystem server, OcppVersion version, SimulatedCar car,
            Consumer<ChargePointConfig> tweak) throws Exception {
        return simulator(server, version, car, tweak, new Misbehaviour());
    }

    private ChargePointSimulator simulator(TestCentralSystem server, OcppVersion version, SimulatedCar car,
            Consumer<ChargePointConfig> tweak, Misbehaviour misbehaviour) throws Exception {
        ChargePointConfig config = new ChargePointConfig().url(server.url()).chargePointId("CP1").version(version)
                .meterIntervalSeconds(30).speed(0).tickMillis(50).reconnectDelayMillis(200);
        tweak.accept(config);
        ChargePointSimulator simulator = new ChargePointSimulator(config, car, misbehaviour);
        resources.add(simulator);
        simulator.start();
        return simulator;
    }

    private static SimulatedCar car() {
        return new SimulatedCar(60_000, 50).withMaxChargeW(7400).withMaxDischargeW(7400)
                .withDischargeEfficiency(0.9).withChargeEfficiency(0.9).withSocFloorPercent(10);
    }

    /** Waits for the transaction and returns its id as the central system must quote it. */
    private static String awaitTransaction(TestCentralSystem server, ChargePointSimulator simulator,
            OcppVersion version) throws InterruptedException {
        if (version == OcppVersion.V16) {
            server.awaitCall("StartTransaction");
            TestCentralSystem.await(() -> "42".equals(simulator.getTransactionId()), WAIT, "transaction id");
            return "42";
        }
        JsonObject started = server.awaitCall("TransactionEvent");
        assertEquals("Started", started.get("eventType").getAsString());
        return started.getAsJsonObject("transactionInfo").get("transactionId").getAsString();
    }

    private static Map<String, JsonObject> samples(JsonObject meterValues) {
        Map<String, JsonObject> byMeasurand = new HashMap<>();
        JsonObject meterValue = meterValues.getAsJsonArray("meterValue").get(0).getAsJsonObject();
        for (JsonElement sample : meterValue.getAsJsonArray("sampledValue")) {
            byMeasurand.put(sample.getAsJsonObject().get("measurand").getAsString(), sample.getAsJsonObject());
        }
        return byMeasurand;
    }

    private static double value(Map<String, JsonObject> samples, String measurand) {
        JsonObject sample = samples.get(measurand);
        assertNotNull(sample, measurand + " missing in " + samples.keySet());
        return sample.get("value").getAsDouble();
    }

    private static String profile21(String transactionId, String periods, String extra) {
        return "{\"evseId\":1,\"chargingProfile\":{\"id\":7,\"stackLevel\":1,\"chargingProfilePurpose\":\"TxProfile\","
                + "\"chargingProfileKind\":\"Absolute\",\"transactionId\":\"" + transactionId + "\"" + extra
                + ",\"chargingSchedule\":[{\"id\":1,\"chargingRateUnit\":\"W\",\"chargingSchedulePeriod\":["
                + periods + "]}]}}";
    }

    private static String profile16(String unit, double limit) {
        return "{\"connectorId\":1,\"csChargingProfiles\":{\"chargingProfileId\":3,\"stackLevel\":0,"
                + "\"chargingProfilePurpose\":\"TxDefaultProfile\",\"chargingProfileKind\":\"Absolute\","
                + "\"chargingSchedule\":{\"chargingRateUnit\":\"" + unit + "\",\"chargingSchedulePeriod\":["
                + "{\"startPeriod\":0,\"limit\":" + limit + "}]}}}";
    }

    private static void awaitPower(ChargePointSimulator simulator, double watts) throws InterruptedException {
        TestCentralSystem.await(() -> Math.abs(simulator.getPowerW() - watts) < 1e-6, WAIT,
                "power " + watts + " W (now " + simulator.getPowerW() + ")");
    }

    @ParameterizedTest
    @EnumSource(OcppVersion.class)
    void bootsThenSendsHeartbeatsAndMeterValues(OcppVersion version) throws Exception {
        TestCentralSystem server = server(version.subprotocol());
        server.heartbeatInterval(1);
        ManualSimulatorClock clock = new ManualSimulatorClock();
        ChargePointSimulator simulator = simulator(server, version, car(),
                c -> c.meterIntervalSeconds(0.5).clock(clock));

        JsonObject boot = server.awaitCall("BootNotification");
        assertEquals("BootNotification", server.callActions().get(0), "the boot comes first");
        if (version == OcppVersion.V16) {
            assertEquals("openHAB-V2X", boot.get("chargePointVendor").getAsString());
        } else {
            assertEquals("PowerUp", boot.get("reason").getAsString());
            assertEquals("openHAB-V2X", boot.getAsJsonObject("chargingStation").get("vendorName").getAsString());
        }
        assertEquals("/ocpp/CP1", server.lastPath());
        TestCentralSystem.await(simulator::isBootAccepted, WAIT, "boot");
        assertEquals(1, simulator.getHeartbeatIntervalSeconds(), 1e-9, "interval taken from the boot response");
        // the intervals count from the accepted boot on the simulator clock, which only the test moves
        clock.advance(Duration.ofMillis(999));
        simulator.tick();
        assertTrue(simulator.getSentFrames().stream().noneMatch(f -> f.contains("\"Heartbeat\"")),
                "no heartbeat before the interval");
        clock.advance(Duration.ofMillis(1));
        simulator.tick();
        server.awaitCall("Heartbeat", 1, WAIT);
        clock.advance(Duration.ofSeconds(1));
        simulator.tick();
        server.awaitCall("Heartbeat", 2, WAIT);
        JsonObject meterValues = server.awaitCall("MeterValues", 2, WAIT);
        Map<String, JsonObject> samples = samples(meterValues);
        assertEquals(50, value(samples, "SoC"), 1e-9);
        assertEquals(7400, value(samples, "Power.Active.Import"), 1e-9, "no profile: the car charges at its max");
        assertEquals(0, value(samples, "Power.Active.Export"), 1e-9);
        value(samples, "Energy.Active.Import.Register");
        value(samples, "Energy.Active.Export.Register");
        JsonObject soc = samples.get("SoC");
        if (version == OcppVersion.V16) {
            assertTrue(soc.get("value").getAsJsonPrimitive().isString(), "1.6 sends values as strings");
            assertEquals("Percent", soc.get("unit").getAsString());
        } else {
            assertTrue(soc.get("value").getAsJsonPrimitive().isNumber(), "2.x sends values as numbers");
            assertEquals("Percent", soc.getAsJsonObject("unitOfMeasure").get("unit").getAsString());
        }
        if (version == OcppVersion.V21) {
            assertEquals(50, value(samples, "Display.PresentSOC"), 1e-9);
            assertEquals(60_000, value(samples, "Display.BatteryEnergyCapacity"), 1e-9);
        } else {
            assertFalse(samples.containsKey("Display.PresentSOC"), "2.1 measurands only in 2.1");
        }
        awaitTransaction(server, simulator, version);
        assertEquals(0, server.concurrentCallViolations());
    }

    @Test
    void centralSetpointDischargesTheBattery() throws Exception {
        TestCentralSystem server = server("ocpp2.1");
        ChargePointSimulator simulator = simulator(server, OcppVersion.V21, car(), c -> {
        });
        String tx = awaitTransaction(server, simulator, OcppVersion.V21);

        JsonObject needs = server.awaitCall("NotifyEVChargingNeeds");
        JsonObject chargingNeeds = needs.getAsJsonObject("chargingNeeds");
        assertEquals("DC_BPT", chargingNeeds.get("requestedEnergyTransfer").getAsString());
        assertTrue(chargingNeeds.has("departureTime"));
        JsonObject v2x = chargingNeeds.getAsJsonObject("v2xChargingParameters");
        assertEquals(7400, v2x.get("maxDischargePower").getAsDouble(), 1e-9);
        assertEquals(80, v2x.get("targetSoC").getAsInt());
        assertEquals(18_000, v2x.get("evTargetEnergyRequest").getAsDouble(), 1e-9, "30 % of 60 kWh to target");
        assertEquals(60_000, chargingNeeds.getAsJsonObject("dcChargingParameters").get("evEnergyCapacity")
                .getAsDouble(), 1e-9);

        JsonObject answer = server.callOk("SetChargingProfile",
                profile21(tx, "{\"startPeriod\":0,\"operationMode\":\"CentralSetpoint\",\"setpoint\":-3000}", ""));
        assertEquals("Accepted", answer.get("status").getAsString());
        assertEquals(-3000, simulator.getPowerW(), 1e-9, "in force when the answer arrives");
        assertEquals(-3000, simulator.getCommand().setpointW());
        assertNotNull(simulator.getLastProfile());

        simulator.advance(Duration.ofHours(1));
        // 3 kWh at the grid take 3 / 0.9 kWh out of a 60 kWh battery
        assertEquals(50 - 3000 / 0.9 / 60_000 * 100, simulator.getSoc(), 1e-6);
        assertEquals(3000, simulator.car().getExportedWh(), 1e-6);

        server.callOk("TriggerMessage", "{\"requestedMessage\":\"MeterValues\"}");
        JsonObject meterValues = server.awaitCall("MeterValues",
                m -> value(samples(m), "Energy.Active.Export.Register") > 0, WAIT);
        Map<String, JsonObject> samples = samples(meterValues);
        assertEquals(3000, value(samples, "Energy.Active.Export.Register"), 0.01);
        assertEquals(3000, value(samples, "Power.Active.Export"), 1e-9);
        assertEquals(0, value(samples, "Power.Active.Import"), 1e-9);
        assertEquals(-3000, value(samples, "Power.Active.Setpoint"), 1e-9);
        assertEquals(44.44, value(samples, "SoC"), 0.01);

        JsonObject update = server.awaitCall("TransactionEvent",
                e -> "Updated".equals(e.get("eventType").getAsString()) && "CentralSetpoint"
                        .equals(e.getAsJsonObject("transactionInfo").get("operationMode").getAsString()),
                WAIT);
        assertEquals("Charging", update.getAsJsonObject("transactionInfo").get("chargingState").getAsString());
    }

    @Test
    void dischargeLimitAndCarLimitsClampTheSetpoint() throws Exception {
        TestCentralSystem server = server("ocpp2.1");
        ChargePointSimulator simulator = simulator(server, OcppVersion.V21, car(), c -> {
        });
        String tx = awaitTransaction(server, simulator, OcppVersion.V21);
        server.callOk("SetChargingProfile", profile21(tx,
                "{\"startPeriod\":0,\"operationMode\":\"CentralSetpoint\",\"setpoint\":-5000,\"dischargeLimit\":-2000}",
                ""));
        assertEquals(-2000, simulator.getPowerW(), 1e-9);
        server.callOk("SetChargingProfile",
                profile21(tx, "{\"startPeriod\":0,\"operationMode\":\"CentralSetpoint\",\"setpoint\":-20000}", ""));
        assertEquals(-7400, simulator.getPowerW(), 1e-9, "the car's max discharge power");
        JsonObject rejected = server.callOk("SetChargingProfile", profile21(tx,
                "{\"startPeriod\":0,\"operationMode\":\"CentralSetpoint\",\"setpoint\":-1000,\"dischargeLimit\":500}",
                ""));
        assertEquals("Rejected", rejected.get("status").getAsString());
        assertEquals(-7400, simulator.getPowerW(), 1e-9, "a rejected profile changes nothing");
    }

    @Test
    void chargingOnlyNeverDischarges() throws Exception {
        TestCentralSystem server = server("ocpp2.1");
        ChargePointSimulator simulator = simulator(server, OcppVersion.V21, car(), c -> {
        });
        String tx = awaitTransaction(server, simulator, OcppVersion.V21);
        server.callOk("SetChargingProfile",
                profile21(tx, "{\"startPeriod\":0,\"operationMode\":\"ChargingOnly\",\"limit\":2000}", ""));
        assertEquals(2000, simulator.getPowerW(), 1e-9);
        assertEquals("ChargingOnly", simulator.getCommand().operationMode());
        simulator.advance(Duration.ofHours(1));
        assertEquals(2000, simulator.car().getImportedWh(), 1e-6);
        assertEquals(0, simulator.car().getExportedWh(), 1e-9);

        JsonObject noLimit = server.callOk("SetChargingProfile",
                profile21(tx, "{\"startPeriod\":0,\"operationMode\":\"ChargingOnly\",\"setpoint\":-3000}", ""));
        assertEquals("Rejected", noLimit.get("status").getAsString(), "ChargingOnly needs a limit");
        assertTrue(noLimit.has("statusInfo"));
        JsonObject negative = server.callOk("SetChargingProfile",
                profile21(tx, "{\"startPeriod\":0,\"limit\":-3000}", ""));
        assertEquals("Rejected", negative.get("status").getAsString());
        assertEquals(2000, simulator.getPowerW(), 1e-9);

        server.callOk("SetChargingProfile", profile21(tx, "{\"startPeriod\":0,\"operationMode\":\"Idle\"}", ""));
        assertEquals(0, simulator.getPowerW(), 1e-9);
        server.awaitCall("TransactionEvent", e -> "SuspendedEVSE"
                .equals(e.getAsJsonObject("transactionInfo").get("chargingState").getAsString()), WAIT);
    }

    @Test
    void negativeLimitIn16IsRejectedWithoutTheOption() throws Exception {
        TestCentralSystem server = server("ocpp1.6");
        ChargePointSimulator simulator = simulator(server, OcppVersion.V16, car(), c -> {
        });
        awaitTransaction(server, simulator, OcppVersion.V16);
        JsonObject answer = server.callOk("SetChargingProfile", profile16("W", -2000));
        assertEquals("Rejected", answer.get("status").getAsString());
        assertFalse(answer.has("statusInfo"), "1.6 responses carry only a status");
        assertEquals(7400, simulator.getPowerW(), 1e-9, "still charging at the car's max");
    }

    @Test
    void negativeLimitIn16DischargesWithTheOption() throws Exception {
        TestCentralSystem server = server("ocpp1.6");
        ChargePointSimulator simulator = simulator(server, OcppVersion.V16, car(),
                c -> c.negativeLimitDischarge(true).phases(3));
        awaitTransaction(server, simulator, OcppVersion.V16);
        assertEquals("Accepted", server.callOk("SetChargingProfile", profile16("W", -2000)).get("status")
                .getAsString());
        assertEquals(-2000, simulator.getPowerW(), 1e-9);
        // 8 A on three phases at 230 V
        assertEquals("Accepted", server.callOk("SetChargingProfile", profile16("A", -8)).get("status")
                .getAsString());
        assertEquals(-8 * 230 * 3, simulator.getPowerW(), 1e-9);
        simulator.advance(Duration.ofMinutes(30));
        assertEquals(2760, simulator.car().getExportedWh(), 1e-6);
        server.awaitCall("StatusNotification", s -> "Charging".equals(s.get("status").getAsString()), WAIT);
    }

    @Test
    void maxOfflineDurationStopsTheDischargeWhenTheServerDisappears() throws Exception {
        TestCentralSystem server = server("ocpp2.1");
        ManualSimulatorClock clock = new ManualSimulatorClock();
        ChargePointSimulator simulator = simulator(server, OcppVersion.V21, car(), c -> c.clock(clock));
        String tx = awaitTransaction(server, simulator, OcppVersion.V21);
        server.callOk("SetChargingProfile", profile21(tx,
                "{\"startPeriod\":0,\"operationMode\":\"CentralSetpoint\",\"setpoint\":-3000}",
                ",\"maxOfflineDuration\":2"));
        assertEquals(-3000, simulator.getPowerW(), 1e-9);

        server.close();
        TestCentralSystem.await(() -> !simulator.isConnected(), WAIT, "the simulator to notice");
        clock.advance(Duration.ofSeconds(2));
        simulator.tick();
        assertEquals(-3000, simulator.getPowerW(), 1e-9, "an outage of exactly maxOfflineDuration is tolerated");
        clock.advance(Duration.ofMillis(1));
        simulator.tick();
        assertEquals(7400, simulator.getPowerW(), 1e-9, "past maxOfflineDuration the profile no longer applies");
        assertFalse(simulator.isConnected());
    }

    @Test
    void profileWithoutMaxOfflineDurationKeepsItsSetpointOffline() throws Exception {
        TestCentralSystem server = server("ocpp2.1");
        ManualSimulatorClock clock = new ManualSimulatorClock();
        ChargePointSimulator simulator = simulator(server, OcppVersion.V21, car(), c -> c.clock(clock));
        String tx = awaitTransaction(server, simulator, OcppVersion.V21);
        server.callOk("SetChargingProfile",
                profile21(tx, "{\"startPeriod\":0,\"operationMode\":\"CentralSetpoint\",\"setpoint\":-1500}", ""));
        server.close();
        TestCentralSystem.await(() -> !simulator.isConnected(), WAIT, "the simulator to notice");
        clock.advance(Duration.ofHours(1));
        simulator.tick();
        assertEquals(-1500, simulator.getPowerW(), 1e-9, "no offline limit: the setpoint holds an hour later");
    }

    @Test
    void updateDynamicScheduleChangesTheSetpoint() throws Exception {
        TestCentralSystem server = server("ocpp2.1");
        ChargePointSimulator simulator = simulator(server, OcppVersion.V21, car(), c -> {
        });
        String tx = awaitTransaction(server, simulator, OcppVersion.V21);
        String dynamic = profile21(tx, "{\"startPeriod\":0,\"operationMode\":\"CentralSetpoint\",\"setpoint\":-1000}",
                "").replace("\"Absolute\"", "\"Dynamic\"");
        assertEquals("Accepted", server.callOk("SetChargingProfile", dynamic).get("status").getAsString());
        assertEquals(-1000, simulator.getPowerW(), 1e-9);
        JsonObject answer = server.callOk("UpdateDynamicSchedule",
                "{\"chargingProfileId\":7,\"scheduleUpdate\":{\"setpoint\":2500}}");
        assertEquals("Accepted", answer.get("status").getAsString());
        assertEquals(2500, simulator.getPowerW(), 1e-9);
        JsonObject unknown = server.callOk("UpdateDynamicSchedule",
                "{\"chargingProfileId\":99,\"scheduleUpdate\":{\"setpoint\":0}}");
        assertEquals("Rejected", unknown.get("status").getAsString());

        assertEquals("Accepted", server.callOk("ClearChargingProfile", "{\"chargingProfileId\":7}").get("status")
                .getAsString());
        assertEquals(7400, simulator.getPowerW(), 1e-9, "without a profile the car charges at its max");
        assertEquals("Unknown", server.callOk("ClearChargingProfile", "{\"chargingProfileId\":7}").get("status")
                .getAsString());
    }

    @Test
    void remoteStartAndStopIn16() throws Exception {
        TestCentralSystem server = server("ocpp1.6");
        ChargePointSimulator simulator = simulator(server, OcppVersion.V16, car(),
                c -> c.autoStartTransaction(false));
        server.awaitCall("StatusNotification");
        assertFalse(simulator.isTransactionActive());
        assertEquals(0, simulator.getPowerW(), 1e-9, "no transaction, no power");
        assertEquals("Accepted", server.callOk("RemoteStartTransaction", "{\"connectorId\":1,\"idTag\":\"HOME\"}")
                .get("status").getAsString());
        assertEquals("HOME", server.awaitCall("StartTransaction").get("idTag").getAsString());
        TestCentralSystem.await(() -> "42".equals(simulator.getTransactionId()), WAIT, "transaction id");
        assertEquals("Rejected", server.callOk("RemoteStopTransaction", "{\"transactionId\":41}").get("status")
                .getAsString());
        assertEquals("Accepted", server.callOk("RemoteStopTransaction", "{\"transactionId\":42}").get("status")
                .getAsString());
        JsonObject stop = server.awaitCall("StopTransaction");
        assertEquals(42, stop.get("transactionId").getAsInt());
        assertEquals("Remote", stop.get("reason").getAsString());
        assertEquals(0, simulator.getPowerW(), 1e-9);
    }

    @Test
    void requestStartAndStopIn201() throws Exception {
        TestCentralSystem server = server("ocpp2.0.1");
        ChargePointSimulator simulator = simulator(server, OcppVersion.V201, car(),
                c -> c.autoStartTransaction(false));
        server.awaitCall("StatusNotification");
        JsonObject answer = server.callOk("RequestStartTransaction",
                "{\"evseId\":1,\"remoteStartId\":5,\"idToken\":{\"idToken\":\"HOME\",\"type\":\"Central\"}}");
        assertEquals("Accepted", answer.get("status").getAsString());
        String tx = answer.get("transactionId").getAsString();
        JsonObject started = server.awaitCall("TransactionEvent");
        assertEquals(tx, started.getAsJsonObject("transactionInfo").get("transactionId").getAsString());
        assertEquals(5, started.getAsJsonObject("transactionInfo").get("remoteStartId").getAsInt());
        assertEquals("RemoteStart", started.get("triggerReason").getAsString());
        assertFalse(started.getAsJsonObject("transactionInfo").has("operationMode"), "2.1 field, not in 2.0.1");
        int answerIndex = indexOf(server.received(), "\"" + tx + "\"");
        assertTrue(answerIndex >= 0 && answerIndex < indexOf(server.received(), "\"Started\""),
                "the answer goes out before the transaction event");

        assertEquals("Accepted", server.callOk("RequestStopTransaction", "{\"transactionId\":\"" + tx + "\"}")
                .get("status").getAsString());
        JsonObject ended = server.awaitCall("TransactionEvent",
                e -> "Ended".equals(e.get("eventType").getAsString()), WAIT);
        assertEquals("Remote", ended.getAsJsonObject("transactionInfo").get("stoppedReason").getAsString());
        assertFalse(simulator.isTransactionActive());
    }

    private static int indexOf(List<String> frames, String fragment) {
        for (int i = 0; i < frames.size(); i++) {
            if (frames.get(i).contains(fragment)) {
                return i;
            }
        }
        return -1;
    }

    @Test
    void configurationIn16() throws Exception {
        TestCentralSystem server = server("ocpp1.6");
        ChargePointSimulator simulator = simulator(server, OcppVersion.V16, car(), c -> {
        });
        server.awaitCall("BootNotification");
        TestCentralSystem.await(simulator::isBootAccepted, WAIT, "boot");
        assertEquals("Accepted", server.callOk("ChangeConfiguration", "{\"key\":\"MeterValueSampleInterval\","
                + "\"value\":\"7\"}").get("status").getAsString());
        assertEquals(7, simulator.getMeterIntervalSeconds(), 1e-9);
        assertEquals("Rejected", server.callOk("ChangeConfiguration", "{\"key\":\"HeartbeatInterval\","
                + "\"value\":\"-5\"}").get("status").getAsString());
        assertEquals("Rejected", server.callOk("ChangeConfiguration", "{\"key\":\"NumberOfConnectors\","
                + "\"value\":\"2\"}").get("status").getAsString());
        assertEquals("NotSupported", server.callOk("ChangeConfiguration", "{\"key\":\"NoSuchKey\","
                + "\"value\":\"1\"}").get("status").getAsString());
        JsonObject config = server.callOk("GetConfiguration", "{\"key\":[\"MeterValueSampleInterval\",\"Nope\"]}");
        JsonObject entry = config.getAsJsonArray("configurationKey").get(0).getAsJsonObject();
        assertEquals("7", entry.get("value").getAsString());
        assertFalse(entry.get("readonly").getAsBoolean());
        assertEquals("Nope", config.getAsJsonArray("unknownKey").get(0).getAsString());
        JsonObject all = server.callOk("GetConfiguration", "{}");
        assertTrue(all.getAsJsonArray("configurationKey").size() >= 8);
    }

    @Test
    void variablesIn21() throws Exception {
        TestCentralSystem server = server("ocpp2.1");
        ChargePointSimulator simulator = simulator(server, OcppVersion.V21, car(), c -> {
        });
        TestCentralSystem.await(simulator::isBootAccepted, WAIT, "boot");
        JsonObject set = server.callOk("SetVariables", "{\"setVariableData\":["
                + "{\"attributeValue\":\"15\",\"component\":{\"name\":\"OCPPCommCtrlr\"},\"variable\":{\"name\":\"HeartbeatInterval\"}},"
                + "{\"attributeValue\":\"1\",\"component\":{\"name\":\"OCPPCommCtrlr\"},\"variable\":{\"name\":\"Nope\"}},"
                + "{\"attributeValue\":\"1\",\"component\":{\"name\":\"Nope\"},\"variable\":{\"name\":\"Nope\"}},"
                + "{\"attributeValue\":\"55\",\"component\":{\"name\":\"ConnectedEV\"},\"variable\":{\"name\":\"StateOfCharge\"}}]}");
        JsonArray results = set.getAsJsonArray("setVariableResult");
        assertEquals("Accepted", status(results, 0));
        assertEquals("UnknownVariable", status(results, 1));
        assertEquals("UnknownComponent", status(results, 2));
        assertEquals("Rejected", status(results, 3));
        assertEquals(15, simulator.getHeartbeatIntervalSeconds(), 1e-9);
        JsonObject get = server.callOk("GetVariables", "{\"getVariableData\":["
                + "{\"component\":{\"name\":\"ConnectedEV\"},\"variable\":{\"name\":\"StateOfCharge\"}},"
                + "{\"component\":{\"name\":\"V2XChargingCtrlr\"},\"variable\":{\"name\":\"SupportedOperationModes\"}}]}");
        JsonArray values = get.getAsJsonArray("getVariableResult");
        assertEquals("50", values.get(0).getAsJsonObject().get("attributeValue").getAsString());
        assertTrue(values.get(1).getAsJsonObject().get("attributeValue").getAsString().contains("CentralSetpoint"));
    }

    private static String status(JsonArray results, int index) {
        return results.get(index).getAsJsonObject().get("attributeStatus").getAsString();
    }

    @Test
    void unknownActionsAndBrokenPayloadsGetCallErrors() throws Exception {
        TestCentralSystem server = server("ocpp1.6");
        simulator(server, OcppVersion.V16, car(), c -> {
        });
        server.awaitCall("BootNotification");
        JsonArray unknown = server.call("DataTransferToMars", "{}");
        assertEquals(4, unknown.get(0).getAsInt());
        assertEquals("NotImplemented", unknown.get(2).getAsString());
        JsonArray missing = server.call("SetChargingProfile", "{\"connectorId\":1}");
        assertEquals(4, missing.get(0).getAsInt());
        assertEquals("OccurenceConstraintViolation", missing.get(2).getAsString(), "1.6 spelling");
        JsonArray v21Only = server.call("UpdateDynamicSchedule", "{\"chargingProfileId\":1,\"scheduleUpdate\":{}}");
        assertEquals("NotImplemented", v21Only.get(2).getAsString());
        server.sendRaw("[2,\"broken\"");
        TestCentralSystem.await(() -> server.received().stream().anyMatch(f -> f.startsWith("[4,\"-1\"")), WAIT,
                "a CALLERROR with id -1 for an unreadable frame");
    }

    @Test
    void atMostOneCallIsOutstanding() throws Exception {
        TestCentralSystem server = server("ocpp2.1");
        server.heartbeatInterval(1);
        server.replyDelayMillis(150);
        ChargePointSimulator simulator = simulator(server, OcppVersion.V21, car(), c -> c.meterIntervalSeconds(0.1));
        TestCentralSystem.await(() -> server.callActions().size() >= 8, WAIT, "eight CALLs, enough to overlap");
        assertEquals(0, server.concurrentCallViolations(), "a CALL was sent before the previous was answered");
        assertTrue(simulator.isConnected());
    }

    @Test
    void aDriverSeesOutstandingCallsAndCanAskForAReadingNow() throws Exception {
        TestCentralSystem server = server("ocpp2.1");
        ManualSimulatorClock clock = new ManualSimulatorClock();
        ChargePointSimulator simulator = simulator(server, OcppVersion.V21, car(), c -> c.clock(clock));
        TestCentralSystem.await(simulator::isBootAccepted, WAIT, "boot");
        TestCentralSystem.await(() -> simulator.pendingCalls() == 0, WAIT, "the boot's messages answered");
        server.replyDelayMillis(300);

        simulator.sendMeterValuesNow();

        assertEquals(1, simulator.pendingCalls(), "the reading waits for its answer");
        JsonObject meterValues = server.awaitCall("MeterValues");
        JsonObject sample = meterValues.getAsJsonArray("meterValue").get(0).getAsJsonObject()
                .getAsJsonArray("sampledValue").get(0).getAsJsonObject();
        assertEquals("Other", sample.get("context").getAsString(), "not a periodic sample");
        TestCentralSystem.await(() -> simulator.pendingCalls() == 0, WAIT, "the reading answered");
    }

    @Test
    void basicAuthentication() throws Exception {
        TestCentralSystem server = TestCentralSystem.withPassword("0123456789abcdef", "ocpp2.0.1");
        resources.add(server);
        ChargePointSimulator wrong = simulator(server, OcppVersion.V201, car(),
                c -> c.chargePointId("BAD").password("wrong-password-123"));
        TestCentralSystem.await(() -> wrong.getFailedConnectAttempts() >= 2, WAIT, "the retry to be refused too");
        assertFalse(wrong.isConnected());
        assertTrue(server.calls("BootNotification").isEmpty());
        wrong.stop();

        simulator(server, OcppVersion.V201, car(), c -> c.chargePointId("GOOD").password("0123456789abcdef"));
        server.awaitCall("BootNotification");
        assertEquals("/ocpp/GOOD", server.lastPath());
    }

    @Test
    void tlsWithASelfSignedCertificateNeedsTrustAll(@TempDir Path dir) throws Exception {
        Path keyStore = dir.resolve("server.p12");
        Process keytool = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "keytool").toString(),
                "-genkeypair", "-keyalg", "RSA", "-keysize", "2048", "-alias", "server", "-dname", "CN=localhost",
                "-validity", "2", "-storetype", "PKCS12", "-keystore", keyStore.toString(), "-storepass",
                "changeit", "-keypass", "changeit").redirectErrorStream(true).start();
        assertTrue(keytool.waitFor(60, java.util.concurrent.TimeUnit.SECONDS), "keytool hangs");
        assertEquals(0, keytool.exitValue(), new String(keytool.getInputStream().readAllBytes()));
        TestCentralSystem server = TestCentralSystem.withTls(keyStore, "ocpp2.1");
        resources.add(server);
        assertTrue(server.url().startsWith("wss://"));

        ChargePointSimulator strict = simulator(server, OcppVersion.V21, car(), c -> c.chargePointId("STRICT"));
        TestCentralSystem.await(() -> strict.getFailedConnectAttempts() >= 2, WAIT, "the retry to fail too");
        assertFalse(strict.isConnected(), "an untrusted certificate must be refused");
        assertTrue(server.calls("BootNotification").isEmpty());
        strict.stop();

        ChargePointSimulator trusting = simulator(server, OcppVersion.V21, car(),
                c -> c.chargePointId("TRUSTING").trustAllCertificates(true));
        server.awaitCall("BootNotification");
        assertEquals("/ocpp/TRUSTING", server.lastPath());
        assertTrue(trusting.isConnected());
    }

    @Test
    void offersSeveralVersionsAndUsesTheOnePicked() throws Exception {
        TestCentralSystem server = server("ocpp1.6");
        ChargePointSimulator simulator = simulator(server, OcppVersion.V21, car(),
                c -> c.versions(List.of(OcppVersion.V21, OcppVersion.V16)));
        JsonObject boot = server.awaitCall("BootNotification");
        assertTrue(boot.has("chargePointVendor"), "1.6 boot payload");
        assertEquals(OcppVersion.V16, simulator.getVersion());
    }

    @Test
    void reconnectsAfterTheServerDropsTheConnection() throws Exception {
        TestCentralSystem server = server("ocpp2.1");
        ManualSimulatorClock clock = new ManualSimulatorClock();
        ChargePointSimulator simulator = simulator(server, OcppVersion.V21, car(), c -> c.clock(clock));
        awaitTransaction(server, simulator, OcppVersion.V21);
        server.dropConnection();
        TestCentralSystem.await(() -> !simulator.isConnected(), WAIT, "the simulator to notice");
        // the back-off (200 ms) runs on the simulator clock: no attempt before it is over, one right after
        clock.advance(Duration.ofMillis(199));
        simulator.tick();
        assertEquals(1, simulator.getConnectAttempts(), "no reconnect before the back-off is over");
        clock.advance(Duration.ofMillis(1));
        simulator.tick();
        assertEquals(2, simulator.getConnectAttempts());
        TestCentralSystem.await(() -> server.connections() == 2, WAIT, "reconnect");
        server.awaitCall("StatusNotification", 2, WAIT);
        assertEquals(1, server.calls("BootNotification").size(), "no second boot after a reconnect");
    }

    // ---------------------------------------------------------------- misbehaviour

    @Test
    void garbageFrames() throws Exception {
        TestCentralSystem server = server("ocpp2.1");
        simulator(server, OcppVersion.V21, car(), c -> c.meterIntervalSeconds(0.2),
                new Misbehaviour().garbageFrames(true));
        TestCentralSystem.await(() -> server.received().contains("this is not OCPP"), WAIT, "garbage");
        TestCentralSystem.await(() -> server.received().stream().anyMatch(f -> f.startsWith("[9,")), WAIT,
                "an unknown message type");
    }

    @Test
    void slowResponses() throws Exception {
        TestCentralSystem server = server("ocpp2.1");
        ManualSimulatorClock clock = new ManualSimulatorClock();
        ChargePointSimulator simulator = simulator(server, OcppVersion.V21, car(), c -> c.clock(clock),
                new Misbehaviour().responseDelayMillis(800));
        TestCentralSystem.await(simulator::isBootAccepted, WAIT, "boot");
        String id = server.sendCall("TriggerMessage", "{\"requestedMessage\":\"Heartbeat\"}");
        TestCentralSystem.await(() -> simulator.pendingLateAnswers() == 1, WAIT, "the answer to be held back");
        clock.advance(Duration.ofMillis(799));
        simulator.tick();
        assertEquals(1, simulator.pendingLateAnswers(), "not answered before the delay");
        clock.advance(Duration.ofMillis(1));
        simulator.tick();
        assertEquals(0, simulator.pendingLateAnswers(), "answered once the delay is over");
        assertEquals(3, server.awaitAnswer(id).get(0).getAsInt());

        simulator.misbehaviour().responseDelayMillis(0);
        // the clock stands still from here on, so only an answer without delay can arrive
        assertEquals("Accepted",
                server.callOk("TriggerMessage", "{\"requestedMessage\":\"Heartbeat\"}").get("status").getAsString());
        assertEquals(0, simulator.pendingLateAnswers());
    }

    @Test
    void disconnectsAndReconnects() throws Exception {
        TestCentralSystem server = server("ocpp1.6");
        ManualSimulatorClock clock = new ManualSimulatorClock();
        ChargePointSimulator simulator = simulator(server, OcppVersion.V16, car(), c -> c.clock(clock),
                new Misbehaviour().disconnectEverySeconds(1));
        for (int connection = 1; connection <= 3; connection++) {
            int expected = connection;
            // the boot must be accepted before the first drop, or the reconnect would rightly boot again
            TestCentralSystem.await(() -> server.connections() == expected && simulator.isConnected()
                    && simulator.isBootAccepted(), WAIT, "connection " + expected);
            clock.advance(Duration.ofMillis(999));
            simulator.tick();
            assertTrue(simulator.isConnected(), "connected for less than a second");
            clock.advance(Duration.ofMillis(1));
            simulator.tick();
            TestCentralSystem.await(() -> !simulator.isConnected(), WAIT, "the drop after a second");
            clock.advance(Duration.ofMillis(200));
            simulator.tick();
        }
        TestCentralSystem.await(() -> server.connections() == 4, WAIT, "the fourth connection");
        assertEquals(1, server.calls("BootNotification").size());
    }

    @Test
    void rejectsProfiles() throws Exception {
        TestCentralSystem server = server("ocpp2.1");
        ChargePointSimulator simulator = simulator(server, OcppVersion.V21, car(), c -> {
        }, new Misbehaviour().rejectProfiles(true));
        String tx = awaitTransaction(server, simulator, OcppVersion.V21);
        JsonObject answer = server.callOk("SetChargingProfile",
                profile21(tx, "{\"startPeriod\":0,\"operationMode\":\"CentralSetpoint\",\"setpoint\":-3000}", ""));
        assertEquals("Rejected", answer.get("status").getAsString());
        assertEquals(7400, simulator.getPowerW(), 1e-9);
        assertEquals(null, simulator.getLastProfile());
    }

    @Test
    void stopsHeartbeats() throws Exception {
        TestCentralSystem server = server("ocpp2.1");
        server.heartbeatInterval(1);
        ManualSimulatorClock clock = new ManualSimulatorClock();
        ChargePointSimulator simulator = simulator(server, OcppVersion.V21, car(),
                c -> c.meterIntervalSeconds(1).clock(clock), new Misbehaviour().noHeartbeats(true));
        TestCentralSystem.await(simulator::isBootAccepted, WAIT, "boot");
        for (int second = 1; second <= 3; second++) {
            clock.advance(Duration.ofSeconds(1));
            simulator.tick();
        }
        // the CALLs leave in order, so once the third MeterValues is in, a heartbeat due before it would be too
        server.awaitCall("MeterValues", 3, WAIT);
        assertTrue(server.calls("Heartbeat").isEmpty(), "no heartbeat despite three 1 s intervals");
        simulator.misbehaviour().noHeartbeats(false);
        clock.advance(Duration.ofSeconds(1));
        simulator.tick();
        server.awaitCall("Heartbeat");
    }

    @Test
    void invalidConfigurationIsRefusedClearly() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new ChargePointSimulator(new ChargePointConfig().url("http://x/ocpp"), car()));
        assertTrue(e.getMessage().contains("ws://"));
        assertThrows(IllegalArgumentException.class,
                () -> new ChargePointSimulator(new ChargePointConfig().chargePointId("a:b"), car()));
    }

    @Test
    void statusLineShowsTheState() throws Exception {
        TestCentralSystem server = server("ocpp2.1");
        ChargePointSimulator simulator = simulator(server, OcppVersion.V21, car(), c -> {
        });
        String tx = awaitTransaction(server, simulator, OcppVersion.V21);
        server.callOk("SetChargingProfile",
                profile21(tx, "{\"startPeriod\":0,\"operationMode\":\"CentralSetpoint\",\"setpoint\":-3000}", ""));
        String line = simulator.statusLine();
        assertTrue(line.contains("SoC  50.0 %"), line);
        assertTrue(line.contains("-3000 W"), line);
        assertTrue(line.contains("CentralSetpoint"), line);
    }
}
