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
package org.openhab.v2x.sandbox.internal;

import java.time.Duration;

import org.openhab.v2x.simulator.ocpp.SimulatedCar;

import org.eclipse.jdt.annotation.NonNullByDefault;

/**
 * The simulated charger of one device family as the sandbox run steps it: the battery moves with
 * {@link #advance}, the car is plugged in and out, and the run asks what the charger has and has reported, so it can
 * wait for each step to settle whatever the protocol.
 *
 * @author openHAB V2X - Initial contribution
 */
@NonNullByDefault
interface SimulatedCharger extends AutoCloseable {

    /** Lets {@code step} of sandbox time pass for the car battery (before the sandbox clock moves). */
    void advance(Duration step);

    /** Lets the charger act on the sandbox clock after it moved (meter values, timeouts). */
    void tick();

    /** Power into the car now, W (negative while discharging). */
    double powerW();

    /** The car battery's state of charge, %. */
    double socPct();

    SimulatedCar car();

    void plugIn();

    void unplug();

    /** Whether the charger tells the car's SoC while no energy flows (the Quasar does not). */
    boolean reportsIdleSoc();

    /** Whether the charger applies this setpoint now. */
    boolean applies(double setpointW);

    /** Nothing the charger sent waits for its answer (a waiting request could time out when the clock moves). */
    boolean answered();

    /** Makes the charger report its power at once, where the protocol lets it (it may also be read by polling). */
    void reportNow();

    /**
     * Whether openHAB's items show what the charger reports now; power and SoC as the items hold them.
     *
     * @param itemPowerW the item {@code Charger_Power}, NaN when unknown
     * @param itemSocPct the item {@code Car_SoC}, NaN when unknown
     */
    boolean reported(double itemPowerW, double itemSocPct);

    @Override
    void close();
}
