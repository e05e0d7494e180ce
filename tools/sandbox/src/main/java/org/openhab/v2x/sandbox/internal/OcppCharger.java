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

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.openhab.v2x.simulator.ocpp.ChargePointSimulator;
import org.openhab.v2x.simulator.ocpp.PowerCommand;
import org.openhab.v2x.simulator.ocpp.SimulatedCar;

/**
 * The simulated OCPP 2.1 charge point: it connects to the binding's OCPP server and sends its meter values on the
 * sandbox clock.
 *
 * @author openHAB V2X - Initial contribution
 */
@NonNullByDefault
final class OcppCharger implements SimulatedCharger {

    private final ChargePointSimulator simulator;

    OcppCharger(ChargePointSimulator simulator) {
        this.simulator = simulator;
    }

    @Override
    public void advance(Duration step) {
        simulator.advance(step);
    }

    @Override
    public void tick() {
        simulator.tick();
    }

    @Override
    public double powerW() {
        return simulator.getPowerW();
    }

    @Override
    public double socPct() {
        return simulator.getSoc();
    }

    @Override
    public SimulatedCar car() {
        return simulator.car();
    }

    @Override
    public void plugIn() {
        simulator.startTransaction();
    }

    @Override
    public void unplug() {
        simulator.stopTransaction();
    }

    @Override
    public boolean reportsIdleSoc() {
        return true;
    }

    @Override
    public boolean applies(double setpointW) {
        PowerCommand command = simulator.getCommand();
        Double setpoint = command.setpointW();
        double applies = setpoint != null ? setpoint : Math.min(command.powerW(), Double.MAX_VALUE);
        return Math.abs(applies - setpointW) < 1;
    }

    @Override
    public boolean answered() {
        return simulator.pendingCalls() == 0;
    }

    @Override
    public void reportNow() {
        simulator.sendMeterValuesNow();
    }

    @Override
    public boolean reported(double itemPowerW, double itemSocPct) {
        return Math.abs(itemPowerW - meterValue(simulator.getPowerW())) < 0.01
                && Math.abs(itemSocPct - meterValue(simulator.getSoc())) < 0.01 && answered();
    }

    @Override
    public void close() {
        simulator.close();
    }

    /** A value as the simulator puts it in a meter reading: two decimals, half up. */
    private static double meterValue(double value) {
        return BigDecimal.valueOf(value).setScale(2, RoundingMode.HALF_UP).doubleValue();
    }
}
