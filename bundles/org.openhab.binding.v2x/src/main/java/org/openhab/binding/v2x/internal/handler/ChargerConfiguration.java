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

/**
 * Configuration every charger thing has.
 *
 * @author openHAB V2X - Initial contribution
 */
public class ChargerConfiguration {
    /** Upper limit for charging in W when the car reports none. */
    public int maxChargePower = 7400;
    /** Upper limit for discharging in W when the car reports none. */
    public int maxDischargePower = 7400;
    /** Setpoint writes are spaced by at least this many seconds. */
    public int minSetpointInterval = 10;
    /** Setpoint changes smaller than this many W are not written. */
    public int setpointDeadband = 100;
}
