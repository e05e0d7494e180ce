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
package org.openhab.v2x.bench.jmh;

import java.util.concurrent.TimeUnit;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.openhab.binding.v2x.internal.ocpp.OcppProtocolException;
import org.openhab.binding.v2x.internal.ocpp.OcppVersion;
import org.openhab.binding.v2x.internal.ocpp.codec.OcppCodec;
import org.openhab.binding.v2x.internal.ocpp.codec.OcppFrame;
import org.openhab.binding.v2x.internal.ocpp.codec.OcppJson;
import org.openhab.binding.v2x.internal.ocpp.dto.v2.MeterValuesRequest;
import org.openhab.binding.v2x.internal.ocpp.dto.v2.SetChargingProfileRequest;
import org.openhab.binding.v2x.internal.ocpp.dto.v2.TransactionEventRequest;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

import com.google.gson.JsonParser;

/**
 * Time of the binding's OCPP 2.1 frame handling as the session does it: a received CALL from text to frame to DTO
 * (strict checks included), and a CALL to send from DTO to payload to text.
 *
 * @author openHAB V2X contributors - Initial contribution
 */
@NonNullByDefault
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class OcppFrameBenchmark {

    static final String METER_VALUES = "[2,\"mv-1\",\"MeterValues\",{\"evseId\":1,\"meterValue\":[{\"timestamp\":"
            + "\"2026-06-01T12:00:00Z\",\"sampledValue\":[{\"value\":61.0,\"measurand\":\"SoC\",\"unitOfMeasure\":"
            + "{\"unit\":\"Percent\"}},{\"value\":-3.2,\"context\":\"Sample.Periodic\",\"measurand\":"
            + "\"Power.Active.Import\",\"location\":\"Outlet\",\"unitOfMeasure\":{\"unit\":\"W\",\"multiplier\":3}},"
            + "{\"value\":1234.5,\"measurand\":\"Energy.Active.Import.Register\",\"unitOfMeasure\":{\"unit\":\"Wh\"}}]}]}]";
    static final String TRANSACTION_EVENT = "[2,\"te-1\",\"TransactionEvent\",{\"eventType\":\"Updated\","
            + "\"timestamp\":\"2026-06-01T12:00:00Z\",\"triggerReason\":\"MeterValuePeriodic\",\"seqNo\":3,"
            + "\"transactionInfo\":{\"transactionId\":\"tx-1\",\"chargingState\":\"Charging\"},"
            + "\"evse\":{\"id\":1,\"connectorId\":1},\"meterValue\":[{\"timestamp\":\"2026-06-01T12:00:00Z\","
            + "\"sampledValue\":[{\"value\":7200.0,\"measurand\":\"Power.Active.Import\"}]}]}]";
    static final String SET_CHARGING_PROFILE = "{\"evseId\":1,\"chargingProfile\":{\"id\":20,\"stackLevel\":1,"
            + "\"chargingProfilePurpose\":\"TxProfile\",\"chargingProfileKind\":\"Absolute\",\"transactionId\":\"tx-1\","
            + "\"maxOfflineDuration\":120,\"invalidAfterOfflineDuration\":true,\"chargingSchedule\":[{\"id\":1,"
            + "\"startSchedule\":\"2026-06-01T12:00:00Z\",\"chargingRateUnit\":\"W\",\"chargingSchedulePeriod\":"
            + "[{\"startPeriod\":0,\"limit\":-3000.0,\"dischargeLimit\":-3000.0,\"setpoint\":-3000.0,"
            + "\"operationMode\":\"CentralSetpoint\"}]}]}}";

    private SetChargingProfileRequest profile = new SetChargingProfileRequest();
    private int messageNumber;

    @Setup
    public void setUp() throws OcppProtocolException {
        profile = OcppJson.fromPayload(JsonParser.parseString(SET_CHARGING_PROFILE).getAsJsonObject(),
                SetChargingProfileRequest.class);
    }

    @Benchmark
    public MeterValuesRequest decodeMeterValues() throws OcppProtocolException {
        OcppFrame.Call call = (OcppFrame.Call) OcppCodec.decode(METER_VALUES, OcppVersion.V21);
        return OcppJson.fromPayload(call.payload(), MeterValuesRequest.class);
    }

    @Benchmark
    public TransactionEventRequest decodeTransactionEvent() throws OcppProtocolException {
        OcppFrame.Call call = (OcppFrame.Call) OcppCodec.decode(TRANSACTION_EVENT, OcppVersion.V21);
        return OcppJson.fromPayload(call.payload(), TransactionEventRequest.class);
    }

    @Benchmark
    public String encodeSetChargingProfile() {
        messageNumber++;
        return OcppCodec.encode(
                new OcppFrame.Call("scp-" + messageNumber, "SetChargingProfile", OcppJson.toPayload(profile)));
    }
}
