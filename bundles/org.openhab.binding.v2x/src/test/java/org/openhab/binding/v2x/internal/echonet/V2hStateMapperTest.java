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
package org.openhab.binding.v2x.internal.echonet;

import static org.junit.jupiter.api.Assertions.*;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.junit.jupiter.api.Test;
import org.openhab.binding.v2x.internal.charger.ChargerMode;
import org.openhab.binding.v2x.internal.charger.ChargerState;
import org.openhab.binding.v2x.internal.charger.OperatingState;

/**
 * The mapping of 0x027E values to the common charger state, the D3 sign check and the Set requests per release.
 *
 * @author openHAB V2X - Initial contribution
 */
@NonNullByDefault
class V2hStateMapperTest {

    private static Map<Integer, EchonetProperty> values(EchonetProperty... properties) {
        Map<Integer, EchonetProperty> map = new HashMap<>();
        for (EchonetProperty property : properties) {
            map.put(property.epc(), property);
        }
        return map;
    }

    private static EchonetProperty range(int epc, long min, long max) {
        byte[] edt = new byte[8];
        System.arraycopy(EchonetProperty.ofInt32(epc, min).edt(), 0, edt, 0, 4);
        System.arraycopy(EchonetProperty.ofInt32(epc, max).edt(), 0, edt, 4, 4);
        return new EchonetProperty(epc, edt);
    }

    @Test
    void mapsAnOutageDischarge() {
        ChargerState state = V2hStateMapper.map(values(EchonetProperty.ofByte(0xC7, 0x43),
                EchonetProperty.ofInt32(0xD3, -3000), EchonetProperty.ofByte(0xE4, 64),
                EchonetProperty.ofInt32(0xD6, 12_345), EchonetProperty.ofInt32(0xD8, 67_890),
                EchonetProperty.ofByte(0xDA, 0x43), EchonetProperty.ofByte(0xDB, 0x01),
                EchonetProperty.ofInt32(0xEC, 3000), range(0xC8, 300, 6000), range(0xC9, 500, 5900)), null);
        assertTrue(state.connected());
        assertEquals(-3000, state.activePowerW());
        assertEquals(3000, state.exportPowerW());
        assertEquals(64, state.socPct());
        assertEquals(12_345, state.exportEnergyWh());
        assertEquals(67_890, state.importEnergyWh());
        assertEquals(ChargerMode.V2X, state.mode());
        assertEquals(-3000, state.setpointW());
        assertEquals(OperatingState.BACKUP, state.operatingState());
        assertEquals(300, state.minChargeW());
        assertEquals(6000, state.maxChargeW());
        assertEquals(500, state.minDischargeW());
        assertEquals(5900, state.maxDischargeW());
    }

    @Test
    void takesTheStateOfChargeFromE2AndC0WithoutE4AndSeesAnUnpluggedCar() {
        ChargerState state = V2hStateMapper.map(values(EchonetProperty.ofByte(0xC7, 0x30),
                EchonetProperty.ofInt32(0xE2, 10_000), EchonetProperty.ofInt32(0xC0, 40_000),
                EchonetProperty.ofInt32(0xC6, 4000)), "refused");
        assertFalse(state.connected());
        assertEquals(25, state.socPct());
        assertEquals(4000, state.maxDischargeW(), "C6 stands in for a missing C9");
        assertEquals("refused", state.lastError());
    }

    @Test
    void reportsASignContradictionWithoutFlippingTheSign() {
        Map<Integer, EchonetProperty> before = values(EchonetProperty.ofInt32(0xD6, 1000),
                EchonetProperty.ofInt32(0xD8, 5000));
        assertTrue(V2hSignCheck.check(before, values(EchonetProperty.ofInt32(0xD3, 2000),
                EchonetProperty.ofByte(0xDA, 0x43))).orElseThrow().contains("DA is 0x43"));
        assertTrue(V2hSignCheck.check(before, values(EchonetProperty.ofInt32(0xD3, 2000),
                EchonetProperty.ofInt32(0xD6, 1100), EchonetProperty.ofInt32(0xD8, 5000))).isPresent());
        assertTrue(V2hSignCheck.check(before, values(EchonetProperty.ofInt32(0xD3, -2000),
                EchonetProperty.ofByte(0xDA, 0x43), EchonetProperty.ofInt32(0xD6, 1100),
                EchonetProperty.ofInt32(0xD8, 5000))).isEmpty());
        assertEquals(2000, V2hStateMapper.map(values(EchonetProperty.ofInt32(0xD3, 2000)), null).activePowerW());
    }

    @Test
    void buildsTheSetpointRequestFromTheSetMap() throws Exception {
        try (EchonetEndpoint endpoint = new EchonetEndpoint(
                new EchonetEndpointConfig("127.0.0.1", 0, null, null, java.time.Duration.ofSeconds(1), 0),
                new org.openhab.binding.v2x.internal.ocpp.ManualScheduler(), (s, f) -> {
                })) {
            V2hUnit unit = new V2hUnit(endpoint, new java.net.InetSocketAddress("127.0.0.1", 3610), 1);
            setMap(unit, Set.of(0xDA, 0xEB, 0xEC));
            assertEquals(List.of(EchonetProperty.ofInt32(0xEC, 2000), EchonetProperty.ofByte(0xDA, 0x43)),
                    unit.setpointRequest(-2000));
            assertEquals(List.of(EchonetProperty.ofInt32(0xEB, 1500), EchonetProperty.ofByte(0xDA, 0x42)),
                    unit.setpointRequest(1500));
            assertEquals(List.of(EchonetProperty.ofByte(0xDA, 0x44)), unit.setpointRequest(0));
            setMap(unit, Set.of(0xDA, 0xE0));
            assertEquals(List.of(EchonetProperty.ofInt32(0xE0, -3000), EchonetProperty.ofByte(0xDA, 0x43)),
                    unit.setpointRequest(-3000));
        }
    }

    private static void setMap(V2hUnit unit, Set<Integer> epcs) {
        unit.takeMaps(Set.of(0x9F), epcs, Set.of());
    }
}
