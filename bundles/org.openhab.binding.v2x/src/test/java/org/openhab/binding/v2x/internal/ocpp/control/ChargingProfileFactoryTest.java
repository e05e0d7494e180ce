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
package org.openhab.binding.v2x.internal.ocpp.control;

import static org.junit.jupiter.api.Assertions.*;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.junit.jupiter.api.Test;
import org.openhab.binding.v2x.internal.charger.ChargerMode;

/**
 * What each mode and protocol version turns a setpoint into.
 *
 * @author openHAB V2X - Initial contribution
 */
@NonNullByDefault
class ChargingProfileFactoryTest {

    @Test
    void v2xWithCentralSetpointIsSignedSetpointWithBothLimits() {
        PowerControl control = PowerControl.of(ChargerMode.V2X, -3000.4, true, 11000, 7400);
        assertEquals(new PowerControl("CentralSetpoint", 11000.0, -3000.0, -7400.0), control);
        assertEquals(-3000, control.requestedW());
    }

    @Test
    void v2xWithoutCentralSetpointIsALimit() {
        assertEquals(new PowerControl("ChargingOnly", -2000.0, null, null),
                PowerControl.of(ChargerMode.V2X, -2000, false, 11000, 7400));
        assertEquals(new PowerControl("ChargingOnly", 0.0, null, null),
                PowerControl.of(ChargerMode.V2X, -0.2, false, 11000, 7400));
    }

    @Test
    void idleAndChargeOnlyNeverDischarge() {
        assertEquals(new PowerControl("Idle", null, null, null),
                PowerControl.of(ChargerMode.IDLE, -3000, true, 11000, 7400));
        assertEquals(new PowerControl("ChargingOnly", 0.0, null, null),
                PowerControl.of(ChargerMode.IDLE, 5000, false, 11000, 7400));
        assertEquals(new PowerControl("ChargingOnly", 0.0, null, null),
                PowerControl.of(ChargerMode.CHARGE_ONLY, -3000, true, 11000, 7400));
        assertEquals(new PowerControl("ChargingOnly", 4200.0, null, null),
                PowerControl.of(ChargerMode.CHARGE_ONLY, 4200, true, 11000, 7400));
    }

    @Test
    void v16ProfileIsATxProfileDuringATransactionElseTheDefault() {
        PowerControl control = PowerControl.of(ChargerMode.V2X, 3000, false, 11000, 7400);
        var tx = ChargingProfileFactory.v16(1, 42, control).csChargingProfiles;
        assertEquals("TxProfile", tx.chargingProfilePurpose);
        assertEquals(42, tx.transactionId);
        assertEquals(ChargingProfileFactory.TX_PROFILE_ID, tx.chargingProfileId);
        assertEquals("W", tx.chargingSchedule.chargingRateUnit);
        assertEquals(3000.0, tx.chargingSchedule.chargingSchedulePeriod.get(0).limit);
        var standing = ChargingProfileFactory.v16(2, null, control);
        assertEquals(2, standing.connectorId);
        assertEquals("TxDefaultProfile", standing.csChargingProfiles.chargingProfilePurpose);
        assertNull(standing.csChargingProfiles.transactionId);
        // connector 2 has ids of its own: profile ids are unique in the whole charge point
        assertEquals(ChargingProfileFactory.TX_DEFAULT_PROFILE_ID + ChargingProfileFactory.IDS_PER_EVSE,
                standing.csChargingProfiles.chargingProfileId);
        assertEquals(ChargingProfileFactory.TX_DEFAULT_PROFILE_ID,
                ChargingProfileFactory.v16(1, null, control).csChargingProfiles.chargingProfileId);
    }

    @Test
    void everyEvseHasItsOwnProfileIds() {
        assertArrayEquals(new int[] { 7201, 7202 }, ChargingProfileFactory.ownProfileIds(1));
        assertArrayEquals(new int[] { 7211, 7212 }, ChargingProfileFactory.ownProfileIds(2));
        assertEquals(7212, ChargingProfileFactory.profileId(2, "tx-1"));
    }

    @Test
    void v201ProfileHasNo21Fields() {
        var request = ChargingProfileFactory.v201(1, "tx-1", PowerControl.of(ChargerMode.V2X, -1000, false, 1, 1));
        var profile = request.chargingProfile;
        assertNull(profile.maxOfflineDuration);
        assertNull(profile.invalidAfterOfflineDuration);
        assertEquals("Relative", profile.chargingProfileKind);
        var period = profile.chargingSchedule.get(0).chargingSchedulePeriod.get(0);
        assertEquals(-1000.0, period.limit);
        assertNull(period.operationMode);
        assertNull(period.setpoint);
    }

    @Test
    void v21ProfileCarriesTheFailSafeAndMode() {
        var request = ChargingProfileFactory.v21(1, null, PowerControl.of(ChargerMode.V2X, -3000, true, 11000, 7400),
                120, true);
        var profile = request.chargingProfile;
        assertEquals("TxDefaultProfile", profile.chargingProfilePurpose);
        assertEquals("Dynamic", profile.chargingProfileKind);
        assertEquals(120, profile.maxOfflineDuration);
        assertEquals(Boolean.TRUE, profile.invalidAfterOfflineDuration);
        var period = profile.chargingSchedule.get(0).chargingSchedulePeriod.get(0);
        assertEquals("CentralSetpoint", period.operationMode);
        assertEquals(-3000.0, period.setpoint);
        assertEquals(-7400.0, period.dischargeLimit);
        var update = ChargingProfileFactory.update(profile.id, PowerControl.of(ChargerMode.V2X, -1500, true, 11000,
                7400));
        assertEquals(ChargingProfileFactory.TX_DEFAULT_PROFILE_ID, update.chargingProfileId);
        assertEquals(-1500.0, update.scheduleUpdate.setpoint);
    }
}
