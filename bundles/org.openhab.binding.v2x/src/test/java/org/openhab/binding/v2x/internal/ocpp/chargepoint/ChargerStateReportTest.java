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
package org.openhab.binding.v2x.internal.ocpp.chargepoint;

import static org.junit.jupiter.api.Assertions.*;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.junit.jupiter.api.Test;
import org.openhab.binding.v2x.internal.charger.ChargerMode;
import org.openhab.binding.v2x.internal.charger.ChargerState;
import org.openhab.binding.v2x.internal.charger.OperatingState;

/**
 * @author openHAB V2X - Initial contribution
 */
@NonNullByDefault
class ChargerStateReportTest {

    private final List<ChargerState> published = new ArrayList<>();
    private final ChargerStateReport report = new ChargerStateReport(new Object(), published::add);

    @Test
    void aFaultStaysUntilTheConnectorRecovers() {
        report.reset();
        report.update(state -> state.activePowerW(-3000.0));
        report.connectorStatus(true, "GroundFailure");
        assertEquals(OperatingState.FAULT, last().operatingState());
        assertEquals("GroundFailure", last().lastError());

        report.connectorStatus(false, null);
        assertEquals(OperatingState.fromPower(-3000, ChargerStateReport.IDLE_THRESHOLD_W), last().operatingState());
        assertEquals("GroundFailure", last().lastError(), "the last error is kept");
        assertEquals(ChargerMode.V2X, last().mode());
    }

    @Test
    void disconnectingForgetsThePowersButNotTheCar() {
        report.connected();
        report.update(state -> state.activePowerW(1000.0).importPowerW(1000.0).socPct(55.0));
        report.disconnected();
        assertFalse(last().connected());
        assertNull(last().activePowerW());
        assertNull(last().importPowerW());
        assertNull(last().operatingState());
        assertEquals(55.0, last().socPct());
    }

    private ChargerState last() {
        return published.get(published.size() - 1);
    }
}
