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

import java.util.List;

import org.eclipse.jdt.annotation.NonNullByDefault;

/**
 * Objects, property codes and values of the EV charger/discharger class 0x027E that the binding uses.
 *
 * @author openHAB V2X - Initial contribution
 */
@NonNullByDefault
public final class V2hProperties {

    public static final int CONTROLLER = 0x05FF01;
    public static final int NODE_PROFILE = 0x0EF001;
    public static final int V2H_CLASS = 0x027E00;

    public static final int OPERATION_STATUS = 0x80;
    public static final int RELEASE = 0x82;
    public static final int FAULT_STATUS = 0x88;
    public static final int MAKER = 0x8A;
    public static final int PRODUCT_CODE = 0x8C;
    public static final int DISCHARGEABLE_CAPACITY = 0xC0;
    public static final int REMAINING_DISCHARGEABLE_WH = 0xC2;
    public static final int REMAINING_DISCHARGEABLE_PCT = 0xC4;
    public static final int RATED_CHARGE = 0xC5;
    public static final int RATED_DISCHARGE = 0xC6;
    public static final int VEHICLE_CONNECTION = 0xC7;
    public static final int CHARGE_RANGE = 0xC8;
    public static final int DISCHARGE_RANGE = 0xC9;
    public static final int CHARGER_TYPE = 0xCC;
    public static final int POWER = 0xD3;
    public static final int DISCHARGE_ENERGY = 0xD6;
    public static final int CHARGE_ENERGY = 0xD8;
    public static final int MODE = 0xDA;
    public static final int GRID = 0xDB;
    public static final int SIGNED_POWER_SETTING = 0xE0;
    public static final int STORED_ENERGY = 0xE2;
    public static final int SOC = 0xE4;
    public static final int CHARGE_POWER_SETTING = 0xEB;
    public static final int DISCHARGE_POWER_SETTING = 0xEC;

    public static final int MODE_CHARGE = 0x42;
    public static final int MODE_DISCHARGE = 0x43;
    public static final int MODE_STANDBY = 0x44;
    public static final int MODE_IDLE = 0x47;
    public static final int MODE_AUTOMATIC = 0x49;
    public static final int GRID_REVERSE_FLOW = 0x00;
    public static final int GRID_INDEPENDENT = 0x01;
    public static final int GRID_NO_REVERSE_FLOW = 0x02;
    public static final int STATUS_OFF = 0x31;
    public static final int FAULT = 0x41;

    /** What the binding polls, where the unit's Get map lists it. */
    public static final List<Integer> MONITORED = List.of(OPERATION_STATUS, FAULT_STATUS, VEHICLE_CONNECTION, POWER,
            SOC, STORED_ENERGY, DISCHARGEABLE_CAPACITY, REMAINING_DISCHARGEABLE_WH, REMAINING_DISCHARGEABLE_PCT,
            RATED_CHARGE, RATED_DISCHARGE, CHARGE_RANGE, CHARGE_RANGE, DISCHARGE_RANGE, DISCHARGE_ENERGY,
            CHARGE_ENERGY, MODE, GRID, CHARGER_TYPE, SIGNED_POWER_SETTING, CHARGE_POWER_SETTING,
            DISCHARGE_POWER_SETTING).stream().distinct().toList();

    private V2hProperties() {
    }
}
