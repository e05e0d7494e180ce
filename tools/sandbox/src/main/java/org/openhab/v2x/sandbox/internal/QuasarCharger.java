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

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.openhab.v2x.simulator.ocpp.SimulatedCar;
import org.openhab.v2x.simulator.ocpp.SimulatorClock;
import org.openhab.v2x.simulator.quasar.QuasarSimulator;

/**
 * The simulated Wallbox Quasar 2 on loopback Modbus TCP. The binding polls it (once a second, on real time), so a
 * step settles when a poll has brought its power and SoC to the items; the charger's idle timeout runs on the sandbox
 * clock, so a step also waits until the binding spoke to it within {@link #MAX_QUIET} of sandbox time.
 *
 * @author openHAB V2X - Initial contribution
 */
@NonNullByDefault
final class QuasarCharger implements SimulatedCharger {

    /** The fail-safe timeout the sandbox configures on the thing (seconds). */
    static final int FAIL_SAFE_TIMEOUT_S = 900;
    /** Sandbox time the run lets pass without a poll: well inside the fail-safe timeout, even after one more step. */
    private static final Duration MAX_QUIET = Duration.ofMinutes(14);
    private static final int STATE_CHARGING = 1;
    private static final int STATE_DISCHARGING = 11;

    private final QuasarSimulator simulator;
    private final SimulatorClock clock;

    QuasarCharger(QuasarSimulator simulator, SimulatorClock clock) {
        this.simulator = simulator;
        this.clock = clock;
    }

    @Override
    public void advance(Duration step) {
        // the simulator moves the battery by the time its clock shows, at tick()
    }

    @Override
    public void tick() {
        simulator.tick();
    }

    @Override
    public double powerW() {
        return simulator.car().getPowerW();
    }

    @Override
    public double socPct() {
        return simulator.car().getSocPercent();
    }

    @Override
    public SimulatedCar car() {
        return simulator.car();
    }

    @Override
    public void plugIn() {
        simulator.plug(true);
    }

    @Override
    public void unplug() {
        simulator.plug(false);
    }

    @Override
    public boolean reportsIdleSoc() {
        return false;
    }

    @Override
    public boolean applies(double setpointW) {
        if (Math.abs(simulator.powerSetpointW() - setpointW) >= 1) {
            return false;
        }
        // the binding takes control and starts the session in writes of their own, maybe after the setpoint's:
        // only then does the power flow that the step's row records
        return setpointW == 0 || simulator.controlOwner() == 1 && simulator.started();
    }

    @Override
    public boolean answered() {
        return clock.nanoTime() - simulator.lastTrafficNanos() < MAX_QUIET.toNanos();
    }

    @Override
    public void reportNow() {
        // Modbus has no reports: the next poll reads the registers
    }

    @Override
    public boolean reported(double itemPowerW, double itemSocPct) {
        if (Math.abs(itemPowerW - Math.round(powerW())) >= 0.5) {
            return false;
        }
        int state = simulator.stateCode();
        // the charger shows the SoC only while energy flows; the thing keeps the last one otherwise
        boolean socShown = state == STATE_CHARGING || state == STATE_DISCHARGING;
        return (!socShown || Math.abs(itemSocPct - Math.round(socPct())) < 0.5) && answered();
    }

    @Override
    public void close() {
        simulator.close();
    }
}
