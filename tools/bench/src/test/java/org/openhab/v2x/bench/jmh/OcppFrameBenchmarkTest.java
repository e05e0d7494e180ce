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

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.junit.jupiter.api.Test;
import org.openhab.binding.v2x.internal.ocpp.dto.v2.MeterValuesRequest;
import org.openhab.binding.v2x.internal.ocpp.dto.v2.TransactionEventRequest;

/**
 * The benchmarked operations do the real work: the frames decode into the expected DTOs and the profile encodes
 * into a CALL frame that carries the discharge setpoint.
 *
 * @author openHAB V2X contributors - Initial contribution
 */
@NonNullByDefault
class OcppFrameBenchmarkTest {

    @Test
    void benchmarkedOperationsDecodeAndEncodeRealFrames() throws Exception {
        OcppFrameBenchmark benchmark = new OcppFrameBenchmark();
        benchmark.setUp();
        MeterValuesRequest meter = benchmark.decodeMeterValues();
        assertEquals(3, meter.meterValue.get(0).sampledValue.size());
        assertEquals(-3.2, meter.meterValue.get(0).sampledValue.get(1).value);
        TransactionEventRequest event = benchmark.decodeTransactionEvent();
        assertEquals("tx-1", event.transactionInfo.transactionId);
        String first = benchmark.encodeSetChargingProfile();
        assertTrue(first.startsWith("[2,\"scp-1\",\"SetChargingProfile\",{"), first);
        assertTrue(first.contains("\"setpoint\":-3000.0"), first);
        assertNotEquals(first, benchmark.encodeSetChargingProfile(), "every CALL gets its own message id");
    }

    @Test
    void decisionBenchmarkMovesTheCharger() {
        DecisionBenchmark benchmark = new DecisionBenchmark();
        benchmark.setUp();
        boolean charged = false;
        for (int i = 0; i < 200; i++) {
            charged |= benchmark.decide() > 0;
        }
        assertTrue(charged, "the surplus phases start solar charging");
    }
}
