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
package org.openhab.v2x.simulator.ocpp;

import java.time.Duration;

import org.eclipse.jdt.annotation.NonNullByDefault;

/**
 * The periodic tick on the simulator thread: lets time pass for the battery at the configured speed, applies the
 * profiles, and runs the timers (reconnect back-off, boot retry, heartbeat, meter values, misbehaviour, call
 * timeout, late answers), all on the simulator clock.
 */
@NonNullByDefault
class Ticker {

    private final ChargePointConfig config;
    private final SimulatedCar car;
    private final Session session;
    private final ControlLoop control;
    private final BootSequence boot;
    private final Heartbeat heartbeat;
    private final Metering metering;
    private final FaultInjector faults;
    private final CallQueue calls;
    private final Connection connection;

    private long lastTickNanos;

    Ticker(ChargePointConfig config, SimulatedCar car, Session session, ControlLoop control, BootSequence boot,
            Heartbeat heartbeat, Metering metering, FaultInjector faults, CallQueue calls, Connection connection) {
        this.config = config;
        this.car = car;
        this.session = session;
        this.control = control;
        this.boot = boot;
        this.heartbeat = heartbeat;
        this.metering = metering;
        this.faults = faults;
        this.calls = calls;
        this.connection = connection;
    }

    /** Starts ticking on the thread; battery time counts from now. */
    void start(SimulatorThread thread, long nowNanos) {
        lastTickNanos = nowNanos;
        thread.every(this::tick, (long) (config.tickMillis() * 1000));
    }

    /** One control step at the clock's current time; runs on the simulator thread. */
    void tick() {
        long now = config.clock().nanoTime();
        double realSeconds = (now - lastTickNanos) / 1e9;
        lastTickNanos = now;
        if (config.speed() > 0) {
            car.advance(Duration.ofNanos((long) (realSeconds * config.speed() * 1e9)));
        }
        control.apply();
        faults.sendDueAnswers(now);
        if (!session.isConnected()) {
            connection.connectIfDue(now);
            return;
        }
        if (!session.isBootAccepted()) {
            boot.tick(now);
        } else {
            heartbeat.tick(now);
            if (metering.tick(now)) {
                faults.afterMeterSample();
            }
        }
        faults.dropConnectionIfDue(now);
        calls.expireTimedOut(now);
    }
}
