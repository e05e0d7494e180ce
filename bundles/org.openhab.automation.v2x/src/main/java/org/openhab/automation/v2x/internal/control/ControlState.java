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
package org.openhab.automation.v2x.internal.control;

import org.eclipse.jdt.annotation.NonNullByDefault;

/**
 * What the controller is doing after a decision; sign of the setpoint follows from it.
 *
 * @author openHAB V2X contributors - Initial contribution
 */
@NonNullByDefault
public enum ControlState {
    /** Mode {@code off}: setpoint 0. */
    OFF,
    /** No car plugged in: setpoint 0. */
    NOT_PRESENT,
    /** Input rejected (e.g. time went backwards): setpoint 0 for this step. */
    SAFE_STOP,
    /** Nothing to do: setpoint 0. */
    IDLE,
    /** Charging from PV surplus. */
    SOLAR_CHARGE,
    /** Discharging to cover the household import (vehicle-to-home). */
    V2H_DISCHARGE,
    /** SoC below the driving reserve: charging at maximum power up to the reserve. */
    RESERVE_CHARGE,
    /** Departure guarantee: charging regardless of surplus to reach the target in time. */
    FORCED_CHARGE,
    /** The plan charges from the grid in this slot (a cheap price, or energy needed later). */
    PLANNED_CHARGE,
    /** Mode {@code fast}: charging at maximum power up to the target. */
    FAST_CHARGE,
    /** Grid is back after an outage: charging back toward the target. */
    RECHARGE,
    /** Grid outage: the car powers the home. */
    BACKUP_DISCHARGE,
    /** Grid outage with more PV than load: the surplus charges the car. */
    BACKUP_CHARGE,
    /** Grid outage, car not discharging: PV covers the home, reserve reached, SoC unknown or backup disabled. */
    BACKUP_HOLD;

    /** Whether the controller treats the grid as lost in this state. */
    public boolean isOutage() {
        return this == BACKUP_DISCHARGE || this == BACKUP_CHARGE || this == BACKUP_HOLD;
    }
}
