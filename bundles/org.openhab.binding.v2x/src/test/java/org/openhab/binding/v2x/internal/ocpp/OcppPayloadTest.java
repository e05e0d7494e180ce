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

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.openhab.binding.v2x.internal.ocpp.codec.OcppCodec;
import org.openhab.binding.v2x.internal.ocpp.codec.OcppFrame;
import org.openhab.binding.v2x.internal.ocpp.codec.OcppJson;
import org.openhab.binding.v2x.internal.ocpp.dto.v2.ChargingSchedulePeriod;
import org.openhab.binding.v2x.internal.ocpp.dto.v2.NotifyEVChargingNeedsRequest;
import org.openhab.binding.v2x.internal.ocpp.dto.v2.SetChargingProfileRequest;
import org.openhab.binding.v2x.internal.ocpp.schema.OcppSchemas;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

/**
 * Every action's request and response, written after the specifications' schemas, must decode into the DTOs and
 * encode back to the same JSON (so every field name is right and nothing is added or lost).
 *
 * @author openHAB V2X contributors - Initial contribution
 */
@NonNullByDefault
class OcppPayloadTest {
    private static final String T = "\"2025-03-01T10:00:00Z\"";

    static Stream<Arguments> messages() {
        return Stream.of(
                // OCPP 1.6J
                Arguments.of("V16", "BootNotification",
                        "{\"chargePointVendor\":\"Wallbox\",\"chargePointModel\":\"Quasar\",\"chargePointSerialNumber\":\"SN1\",\"firmwareVersion\":\"1.2\",\"meterType\":\"int\"}",
                        "{\"status\":\"Accepted\",\"currentTime\":" + T + ",\"interval\":300}"),
                Arguments.of("V16", "Heartbeat", "{}", "{\"currentTime\":" + T + "}"),
                Arguments.of("V16", "StatusNotification",
                        "{\"connectorId\":1,\"errorCode\":\"NoError\",\"status\":\"Charging\",\"timestamp\":" + T
                                + "}",
                        "{}"),
                Arguments.of("V16", "MeterValues",
                        "{\"connectorId\":1,\"transactionId\":7,\"meterValue\":[{\"timestamp\":" + T
                                + ",\"sampledValue\":[{\"value\":\"55.5\",\"context\":\"Sample.Periodic\",\"measurand\":\"SoC\",\"location\":\"EV\",\"unit\":\"Percent\"},"
                                + "{\"value\":\"-3600\",\"measurand\":\"Power.Active.Import\",\"unit\":\"W\",\"phase\":\"L1\",\"format\":\"Raw\"}]}]}",
                        "{}"),
                Arguments.of("V16", "StartTransaction",
                        "{\"connectorId\":1,\"idTag\":\"TAG1\",\"meterStart\":1000,\"reservationId\":3,\"timestamp\":"
                                + T + "}",
                        "{\"idTagInfo\":{\"status\":\"Accepted\",\"expiryDate\":" + T
                                + ",\"parentIdTag\":\"P\"},\"transactionId\":42}"),
                Arguments.of("V16", "StopTransaction",
                        "{\"idTag\":\"TAG1\",\"meterStop\":5000,\"timestamp\":" + T
                                + ",\"transactionId\":42,\"reason\":\"EVDisconnected\",\"transactionData\":[{\"timestamp\":"
                                + T + ",\"sampledValue\":[{\"value\":\"5000\"}]}]}",
                        "{\"idTagInfo\":{\"status\":\"Accepted\"}}"),
                Arguments.of("V16", "Authorize", "{\"idTag\":\"TAG1\"}", "{\"idTagInfo\":{\"status\":\"Invalid\"}}"),
                Arguments.of("V16", "RemoteStartTransaction",
                        "{\"connectorId\":1,\"idTag\":\"openHAB\",\"chargingProfile\":{\"chargingProfileId\":1,\"stackLevel\":0,\"chargingProfilePurpose\":\"TxProfile\","
                                + "\"chargingProfileKind\":\"Relative\",\"chargingSchedule\":{\"chargingRateUnit\":\"W\",\"chargingSchedulePeriod\":[{\"startPeriod\":0,\"limit\":3680.0}]}}}",
                        "{\"status\":\"Accepted\"}"),
                Arguments.of("V16", "RemoteStopTransaction", "{\"transactionId\":42}", "{\"status\":\"Rejected\"}"),
                Arguments.of("V16", "ChangeConfiguration",
                        "{\"key\":\"MeterValuesSampledData\",\"value\":\"SoC,Power.Active.Import\"}",
                        "{\"status\":\"RebootRequired\"}"),
                Arguments.of("V16", "GetConfiguration", "{\"key\":[\"HeartbeatInterval\",\"Foo\"]}",
                        "{\"configurationKey\":[{\"key\":\"HeartbeatInterval\",\"readonly\":false,\"value\":\"300\"}],\"unknownKey\":[\"Foo\"]}"),
                Arguments.of("V16", "TriggerMessage", "{\"requestedMessage\":\"MeterValues\",\"connectorId\":1}",
                        "{\"status\":\"Accepted\"}"),
                Arguments.of("V16", "SetChargingProfile",
                        "{\"connectorId\":1,\"csChargingProfiles\":{\"chargingProfileId\":100,\"transactionId\":42,\"stackLevel\":1,"
                                + "\"chargingProfilePurpose\":\"TxProfile\",\"chargingProfileKind\":\"Absolute\",\"validFrom\":"
                                + T + ",\"validTo\":" + T
                                + ",\"chargingSchedule\":{\"duration\":3600,\"startSchedule\":" + T
                                + ",\"chargingRateUnit\":\"W\",\"chargingSchedulePeriod\":[{\"startPeriod\":0,\"limit\":7400.0,\"numberPhases\":1},{\"startPeriod\":900,\"limit\":-3000.0}],\"minChargingRate\":1380.0}}}",
                        "{\"status\":\"NotSupported\"}"),
                Arguments.of("V16", "ClearChargingProfile",
                        "{\"id\":100,\"connectorId\":1,\"chargingProfilePurpose\":\"TxProfile\",\"stackLevel\":1}",
                        "{\"status\":\"Unknown\"}"),
                // OCPP 2.0.1
                Arguments.of("V201", "BootNotification",
                        "{\"chargingStation\":{\"model\":\"SingleSocketCharger\",\"vendorName\":\"VendorX\",\"serialNumber\":\"S1\",\"firmwareVersion\":\"2.0\"},\"reason\":\"PowerUp\"}",
                        "{\"currentTime\":" + T
                                + ",\"interval\":300,\"status\":\"Pending\",\"statusInfo\":{\"reasonCode\":\"Busy\",\"additionalInfo\":\"wait\"}}"),
                Arguments.of("V201", "Heartbeat", "{}", "{\"currentTime\":" + T + "}"),
                Arguments.of("V201", "StatusNotification",
                        "{\"timestamp\":" + T + ",\"connectorStatus\":\"Occupied\",\"evseId\":1,\"connectorId\":1}",
                        "{}"),
                Arguments.of("V201", "MeterValues", "{\"evseId\":1,\"meterValue\":[{\"timestamp\":" + T
                        + ",\"sampledValue\":[{\"value\":61.0,\"measurand\":\"SoC\",\"unitOfMeasure\":{\"unit\":\"Percent\"}},"
                        + "{\"value\":7.2,\"context\":\"Sample.Periodic\",\"measurand\":\"Power.Active.Import\",\"phase\":\"L1-N\",\"location\":\"Outlet\",\"unitOfMeasure\":{\"unit\":\"W\",\"multiplier\":3}}]}]}",
                        "{}"),
                Arguments.of("V201", "TransactionEvent", "{\"eventType\":\"Updated\",\"timestamp\":" + T
                        + ",\"triggerReason\":\"ChargingStateChanged\",\"seqNo\":3,\"offline\":false,\"numberOfPhasesUsed\":3,\"cableMaxCurrent\":32,"
                        + "\"transactionInfo\":{\"transactionId\":\"tx-1\",\"chargingState\":\"SuspendedEV\",\"timeSpentCharging\":600,\"remoteStartId\":5},"
                        + "\"evse\":{\"id\":1,\"connectorId\":1},\"idToken\":{\"idToken\":\"AB12\",\"type\":\"ISO14443\"},\"meterValue\":[{\"timestamp\":"
                        + T + ",\"sampledValue\":[{\"value\":1234.0}]}]}",
                        "{\"totalCost\":1.5,\"chargingPriority\":0,\"idTokenInfo\":{\"status\":\"Accepted\"}}"),
                Arguments.of("V201", "NotifyEVChargingNeeds",
                        "{\"evseId\":1,\"maxScheduleTuples\":3,\"chargingNeeds\":{\"requestedEnergyTransfer\":\"DC\",\"departureTime\":"
                                + T
                                + ",\"dcChargingParameters\":{\"evMaxCurrent\":125.0,\"evMaxVoltage\":400.0,\"evMaxPower\":50000.0,\"evEnergyCapacity\":60000.0,\"energyAmount\":20000.0,\"stateOfCharge\":40,\"fullSoC\":100,\"bulkSoC\":80}}}",
                        "{\"status\":\"Accepted\"}"),
                Arguments.of("V201", "NotifyReport", "{\"requestId\":1,\"generatedAt\":" + T
                        + ",\"tbc\":false,\"seqNo\":0,\"reportData\":[{\"component\":{\"name\":\"V2XChargingCtrlr\",\"evse\":{\"id\":1}},\"variable\":{\"name\":\"Enabled\"},"
                        + "\"variableAttribute\":[{\"type\":\"Actual\",\"value\":\"true\",\"mutability\":\"ReadWrite\",\"persistent\":true,\"constant\":false}],"
                        + "\"variableCharacteristics\":{\"dataType\":\"boolean\",\"supportsMonitoring\":false}}]}",
                        "{}"),
                Arguments.of("V201", "SetChargingProfile",
                        "{\"evseId\":1,\"chargingProfile\":{\"id\":10,\"stackLevel\":0,\"chargingProfilePurpose\":\"TxDefaultProfile\",\"chargingProfileKind\":\"Absolute\","
                                + "\"chargingSchedule\":[{\"id\":1,\"startSchedule\":" + T
                                + ",\"chargingRateUnit\":\"A\",\"chargingSchedulePeriod\":[{\"startPeriod\":0,\"limit\":16.0,\"numberPhases\":3}]}]}}",
                        "{\"status\":\"Accepted\"}"),
                Arguments.of("V201", "ClearChargingProfile",
                        "{\"chargingProfileCriteria\":{\"evseId\":1,\"chargingProfilePurpose\":\"TxProfile\",\"stackLevel\":2}}",
                        "{\"status\":\"Unknown\",\"statusInfo\":{\"reasonCode\":\"NoProfile\"}}"),
                Arguments.of("V201", "RequestStartTransaction",
                        "{\"evseId\":1,\"remoteStartId\":5,\"idToken\":{\"idToken\":\"openHAB\",\"type\":\"Central\"}}",
                        "{\"status\":\"Accepted\",\"transactionId\":\"tx-1\"}"),
                Arguments.of("V201", "RequestStopTransaction", "{\"transactionId\":\"tx-1\"}",
                        "{\"status\":\"Accepted\"}"),
                Arguments.of("V201", "SetVariables",
                        "{\"setVariableData\":[{\"attributeType\":\"Actual\",\"attributeValue\":\"SoC,Power.Active.Import\",\"component\":{\"name\":\"SampledDataCtrlr\"},\"variable\":{\"name\":\"TxUpdatedMeasurands\"}}]}",
                        "{\"setVariableResult\":[{\"attributeStatus\":\"Accepted\",\"component\":{\"name\":\"SampledDataCtrlr\"},\"variable\":{\"name\":\"TxUpdatedMeasurands\"}}]}"),
                Arguments.of("V201", "GetVariables",
                        "{\"getVariableData\":[{\"component\":{\"name\":\"AlignedDataCtrlr\"},\"variable\":{\"name\":\"Interval\"}}]}",
                        "{\"getVariableResult\":[{\"attributeStatus\":\"Accepted\",\"attributeType\":\"Actual\",\"attributeValue\":\"900\",\"component\":{\"name\":\"AlignedDataCtrlr\"},\"variable\":{\"name\":\"Interval\"}}]}"),
                Arguments.of("V201", "TriggerMessage",
                        "{\"requestedMessage\":\"StatusNotification\",\"evse\":{\"id\":1,\"connectorId\":1}}",
                        "{\"status\":\"Accepted\"}"),
                Arguments.of("V201", "GetBaseReport", "{\"requestId\":1,\"reportBase\":\"FullInventory\"}",
                        "{\"status\":\"Accepted\"}"),
                // OCPP 2.1 (V2X)
                Arguments.of("V21", "TransactionEvent", "{\"eventType\":\"Updated\",\"timestamp\":" + T
                        + ",\"triggerReason\":\"OperationModeChanged\",\"seqNo\":4,"
                        + "\"transactionInfo\":{\"transactionId\":\"tx-2\",\"chargingState\":\"Charging\",\"operationMode\":\"CentralSetpoint\"}}",
                        "{}"),
                Arguments.of("V21", "NotifyEVChargingNeeds", "{\"evseId\":1,\"timestamp\":" + T
                        + ",\"chargingNeeds\":{\"requestedEnergyTransfer\":\"DC_BPT\",\"availableEnergyTransfer\":[\"DC\",\"DC_BPT\"],"
                        + "\"controlMode\":\"DynamicControl\",\"mobilityNeedsMode\":\"EVCC_SECC\",\"departureTime\":"
                        + T
                        + ",\"dcChargingParameters\":{\"evMaxCurrent\":30.0,\"evMaxVoltage\":420.0,\"evEnergyCapacity\":62000.0,\"stateOfCharge\":55},"
                        + "\"v2xChargingParameters\":{\"minChargePower\":1000.0,\"maxChargePower\":11000.0,\"minDischargePower\":1000.0,\"maxDischargePower\":10000.0,"
                        + "\"maxChargePower_L2\":3700.0,\"evMinEnergyRequest\":-20000.0,\"evMaxEnergyRequest\":25000.0,\"evTargetEnergyRequest\":15000.0,"
                        + "\"evMinV2XEnergyRequest\":-10000.0,\"evMaxV2XEnergyRequest\":20000.0,\"targetSoC\":80}}}",
                        "{\"status\":\"Processing\"}"),
                Arguments.of("V21", "SetChargingProfile",
                        "{\"evseId\":1,\"chargingProfile\":{\"id\":20,\"stackLevel\":1,\"chargingProfilePurpose\":\"TxProfile\",\"chargingProfileKind\":\"Dynamic\","
                                + "\"transactionId\":\"tx-2\",\"maxOfflineDuration\":120,\"invalidAfterOfflineDuration\":true,\"dynUpdateInterval\":60,"
                                + "\"chargingSchedule\":[{\"id\":1,\"chargingRateUnit\":\"W\",\"chargingSchedulePeriod\":[{\"startPeriod\":0,\"limit\":11000.0,"
                                + "\"dischargeLimit\":-10000.0,\"setpoint\":-3500.0,\"setpoint_L2\":-1000.0,\"numberPhases\":3,\"operationMode\":\"CentralSetpoint\"},"
                                + "{\"startPeriod\":600,\"operationMode\":\"LocalFrequency\",\"v2xBaseline\":0.0,\"v2xFreqWattCurve\":[{\"frequency\":49.8,\"power\":-5000.0},{\"frequency\":50.2,\"power\":5000.0}]}]}]}}",
                        "{\"status\":\"Accepted\"}"),
                Arguments.of("V21", "UpdateDynamicSchedule",
                        "{\"chargingProfileId\":20,\"scheduleUpdate\":{\"limit\":11000.0,\"dischargeLimit\":-10000.0,\"setpoint\":-2000.0,\"setpoint_L3\":-500.0}}",
                        "{\"status\":\"Rejected\",\"statusInfo\":{\"reasonCode\":\"UnknownProfile\"}}"),
                Arguments.of("V21", "NotifyAllowedEnergyTransfer",
                        "{\"transactionId\":\"TX-1\",\"allowedEnergyTransfer\":[\"AC_three_phase\"]}",
                        "{\"status\":\"Accepted\"}"),
                Arguments.of("V21", "SetVariables",
                        "{\"setVariableData\":[{\"attributeValue\":\"true\",\"component\":{\"name\":\"V2XChargingCtrlr\",\"evse\":{\"id\":1}},\"variable\":{\"name\":\"Enabled\"}}]}",
                        "{\"setVariableResult\":[{\"attributeStatus\":\"Rejected\",\"component\":{\"name\":\"V2XChargingCtrlr\",\"evse\":{\"id\":1}},\"variable\":{\"name\":\"Enabled\"},"
                                + "\"attributeStatusInfo\":{\"reasonCode\":\"ReadOnly\"}}]}"),
                Arguments.of("V21", "GetVariables",
                        "{\"getVariableData\":[{\"component\":{\"name\":\"ConnectedEV\",\"evse\":{\"id\":1}},\"variable\":{\"name\":\"StateOfCharge\"}}]}",
                        "{\"getVariableResult\":[{\"attributeStatus\":\"Accepted\",\"attributeValue\":\"72\",\"component\":{\"name\":\"ConnectedEV\",\"evse\":{\"id\":1}},\"variable\":{\"name\":\"StateOfCharge\"}}]}"));
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("messages")
    void payloadsSurviveDecodeAndEncode(String versionName, String actionName, String request, String response)
            throws Exception {
        OcppVersion version = OcppVersion.valueOf(versionName);
        OcppAction<?, ?> action = OcppActions.find(version, actionName);
        assertNotNull(action, actionName + " unknown for " + version);
        OcppFrame.Call call = assertInstanceOf(OcppFrame.Call.class,
                OcppCodec.decode("[2,\"id1\",\"" + actionName + "\"," + request + "]", version));
        assertRoundTrip(call.payload(), action.requestType());
        OcppFrame.CallResult result = assertInstanceOf(OcppFrame.CallResult.class,
                OcppCodec.decode("[3,\"id1\"," + response + "]", version));
        assertRoundTrip(result.payload(), action.responseType());
        // the samples (which the binding reads and writes unchanged, see above) follow the official schemas
        OcppSchemas schemas = OcppSchemas.of(org.openhab.v2x.simulator.ocpp.OcppVersion.valueOf(versionName));
        assertEquals(List.of(), schemas.violations(actionName, true, request), "request");
        assertEquals(List.of(), schemas.violations(actionName, false, response), "response");
    }

    @Test
    void everyActionHasASample() {
        Set<String> covered = new HashSet<>();
        messages().forEach(arguments -> covered.add(arguments.get()[0] + " " + arguments.get()[1]));
        for (OcppAction<?, ?> action : OcppActions.all()) {
            for (OcppVersion version : action.versions()) {
                if (version == OcppVersion.V21 && !action.supports(OcppVersion.V201)) {
                    assertTrue(covered.contains("V21 " + action.name()), action.name());
                } else if (version != OcppVersion.V21) {
                    assertTrue(covered.contains(version.name() + " " + action.name()), version + " " + action.name());
                }
            }
        }
    }

    @Test
    void v21FieldsAreTypedAndOptionalOnesAreOmitted() throws Exception {
        SetChargingProfileRequest request = OcppJson.fromPayload(JsonParser.parseString(
                "{\"evseId\":1,\"chargingProfile\":{\"id\":20,\"stackLevel\":1,\"chargingProfilePurpose\":\"TxProfile\",\"chargingProfileKind\":\"Dynamic\","
                        + "\"chargingSchedule\":[{\"id\":1,\"chargingRateUnit\":\"W\",\"chargingSchedulePeriod\":[{\"startPeriod\":0,\"setpoint\":-3500,\"setpoint_L2\":-1000,\"operationMode\":\"CentralSetpoint\"}]}]}}")
                .getAsJsonObject(), SetChargingProfileRequest.class);
        ChargingSchedulePeriod period = request.chargingProfile.chargingSchedule.get(0).chargingSchedulePeriod.get(0);
        assertEquals(-3500.0, period.setpoint);
        assertEquals(-1000.0, period.setpointL2);
        assertNull(period.limit);
        JsonObject encoded = OcppJson.toPayload(period);
        assertFalse(encoded.has("limit"), "optional fields are omitted, never null");
        assertEquals(4, encoded.size(), "startPeriod, setpoint, setpoint_L2, operationMode");

        NotifyEVChargingNeedsRequest needs = OcppJson.fromPayload(JsonParser.parseString(
                "{\"evseId\":1,\"chargingNeeds\":{\"requestedEnergyTransfer\":\"AC_BPT\",\"v2xChargingParameters\":{\"maxDischargePower\":7400,\"targetSoC\":80}}}")
                .getAsJsonObject(), NotifyEVChargingNeedsRequest.class);
        assertEquals(7400.0, needs.chargingNeeds.v2xChargingParameters.maxDischargePower);
        assertEquals(80, needs.chargingNeeds.v2xChargingParameters.targetSoC);
    }

    @Test
    void missingRequiredFieldsAndWrongTypesAreRejected() {
        OcppProtocolException missing = assertThrows(OcppProtocolException.class,
                () -> OcppJson.fromPayload(JsonParser.parseString(
                        "{\"evseId\":1,\"chargingProfile\":{\"id\":20,\"stackLevel\":1,\"chargingProfilePurpose\":\"TxProfile\",\"chargingProfileKind\":\"Dynamic\","
                                + "\"chargingSchedule\":[{\"id\":1,\"chargingRateUnit\":\"W\",\"chargingSchedulePeriod\":[{\"limit\":5}]}]}}")
                        .getAsJsonObject(), SetChargingProfileRequest.class));
        assertEquals(OcppErrorCode.OCCURRENCE_CONSTRAINT_VIOLATION, missing.getErrorCode());
        assertTrue(missing.getDescription().contains("startPeriod"), missing.getDescription());

        OcppProtocolException emptyList = assertThrows(OcppProtocolException.class,
                () -> OcppJson.fromPayload(JsonParser.parseString("{\"connectorId\":1,\"meterValue\":[]}")
                        .getAsJsonObject(), org.openhab.binding.v2x.internal.ocpp.dto.v16.MeterValuesRequest.class));
        assertEquals(OcppErrorCode.OCCURRENCE_CONSTRAINT_VIOLATION, emptyList.getErrorCode());

        for (String wrong : new String[] { "{\"connectorId\":\"1\",\"errorCode\":\"NoError\",\"status\":\"Charging\"}",
                "{\"connectorId\":1.5,\"errorCode\":\"NoError\",\"status\":\"Charging\"}",
                "{\"connectorId\":1,\"errorCode\":7,\"status\":\"Charging\"}",
                "{\"connectorId\":1,\"errorCode\":{},\"status\":\"Charging\"}",
                "{\"connectorId\":[1],\"errorCode\":\"NoError\",\"status\":\"Charging\"}" }) {
            OcppProtocolException e = assertThrows(OcppProtocolException.class,
                    () -> OcppJson.fromPayload(JsonParser.parseString(wrong).getAsJsonObject(),
                            org.openhab.binding.v2x.internal.ocpp.dto.v16.StatusNotificationRequest.class),
                    wrong);
            assertEquals(OcppErrorCode.TYPE_CONSTRAINT_VIOLATION, e.getErrorCode(), wrong);
        }
    }

    private static void assertRoundTrip(JsonObject payload, Class<?> type) throws OcppProtocolException {
        Object dto = OcppJson.fromPayload(payload, type);
        assertEquals(payload, OcppJson.toPayload(dto), type.getName());
    }
}
