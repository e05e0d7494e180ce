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
import java.util.List;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;

import com.google.gson.JsonObject;

/**
 * A simulated OCPP charge point with one EVSE and a simulated car, usable as a library (tests, sandbox) and
 * from {@link ChargePointMain}.
 * <p>
 * All protocol state lives on one simulator thread ({@link SimulatorThread}); Jetty callbacks and public commands
 * are handed to it. Toward the central system at most one CALL is in flight at a time ({@link CallQueue}). This
 * class only wires the parts together and offers them to callers.
 */
@NonNullByDefault
public class ChargePointSimulator implements AutoCloseable {

    /** Keeps start, stop and the tasks run directly while stopped from overlapping. */
    private final Object lock = new Object();
    private final ChargePointConfig config;
    private final SimulatedCar car;
    private final Misbehaviour misbehaviour;
    private final FrameLog frameLog = new FrameLog();
    private final ChargingProfiles profiles = new ChargingProfiles();
    private final SimulatorThread thread;
    private final Session session;
    private final Transaction transaction = new Transaction();
    private final ChargerConfiguration configuration;
    private final Connection connection;
    private final ControlLoop control;
    private final Transactions transactions;
    private final Ticker ticker;
    private final FaultInjector faults;
    private final ConnectionEvents connectionEvents;
    private final StatusLine statusLine;
    private final CallQueue calls;
    private final Metering metering;

    public ChargePointSimulator(ChargePointConfig config, SimulatedCar car) {
        this(config, car, new Misbehaviour());
    }

    public ChargePointSimulator(ChargePointConfig config, SimulatedCar car, Misbehaviour misbehaviour) {
        config.validate();
        this.config = config;
        this.car = car;
        this.misbehaviour = misbehaviour;
        MessageFactory messages = new MessageFactory(config, car);
        thread = new SimulatorThread(lock, "ocpp-sim-" + config.chargePointId());
        session = new Session(config.versions().get(0));
        configuration = new ChargerConfiguration(config, car, session::version, transaction::start);
        connection = new Connection(config, thread, frameLog, session);
        calls = new CallQueue(config, session, connection);
        ConnectorStatus status = new ConnectorStatus(session, transaction, messages, calls);
        TransactionEvents events = new TransactionEvents(session, transaction, messages, calls);
        control = new ControlLoop(config, car, profiles, session, transaction, status, events);
        metering = new Metering(session, transaction, configuration, messages, control, calls);
        transactions = new Transactions(config, session, transaction, messages, calls, events, metering, profiles,
                control, status);
        Heartbeat heartbeat = new Heartbeat(configuration, misbehaviour, calls);
        BootSequence boot = new BootSequence(config, session, configuration, messages, calls, heartbeat, metering,
                status, transactions);
        faults = new FaultInjector(config, misbehaviour, session, connection);
        SmartChargingRequests smartCharging = new SmartChargingRequests(config, misbehaviour, profiles, session,
                transaction);
        IncomingRequests requests = new IncomingRequests(session, smartCharging,
                new RemoteTransactionRequests(session, transaction, transactions, smartCharging), configuration,
                new TriggerMessageRequests(session, transaction, boot, heartbeat, status, metering, events));
        IncomingFrames frames = new IncomingFrames(session, connection, calls, requests, control, faults);
        connectionEvents = new ConnectionEvents(configuration, boot, calls, frames);
        ticker = new Ticker(config, car, session, control, boot, heartbeat, metering, faults, calls, connection);
        statusLine = new StatusLine(config, car, session, transaction, control);
    }

    // ---------------------------------------------------------------- lifecycle

    /** Connects (and keeps reconnecting) to the central system; returns at once. */
    public void start() throws Exception {
        synchronized (lock) {
            if (thread.isRunning()) {
                return;
            }
            connection.start(connectionEvents);
            thread.start();
            long now = config.clock().nanoTime();
            session.offlineSince(now);
            ticker.start(thread, now);
            connection.scheduleConnect(0);
        }
    }

    /** Disconnects and stops all threads. The car keeps its state. */
    public void stop() {
        synchronized (lock) {
            thread.halt();
            connection.stopLink();
            thread.shutdown();
            connection.shutdown();
        }
    }

    @Override
    public void close() {
        stop();
    }

    // ---------------------------------------------------------------- public view

    public ChargePointConfig config() {
        return config;
    }

    public SimulatedCar car() {
        return car;
    }

    /** Faults to show; may be changed while running. */
    public Misbehaviour misbehaviour() {
        return misbehaviour;
    }

    public double getSoc() {
        return car.getSocPercent();
    }

    /** Signed power flowing now, W (positive charges the car). */
    public double getPowerW() {
        return car.getPowerW();
    }

    /** What the installed profiles ask for now. */
    public PowerCommand getCommand() {
        return control.command();
    }

    /** The last charging profile accepted (csChargingProfiles in 1.6, chargingProfile in 2.x), or null. */
    public @Nullable JsonObject getLastProfile() {
        return thread.call(profiles::lastProfile);
    }

    public FrameLog getFrameLog() {
        return frameLog;
    }

    public List<String> getReceivedFrames() {
        return frameLog.received();
    }

    public List<String> getSentFrames() {
        return frameLog.sent();
    }

    public boolean isConnected() {
        return session.isConnected();
    }

    /**
     * How many connection attempts failed so far (refused handshake, untrusted certificate, no answer). Tests wait
     * for a second failure to know a retry was refused too, instead of waiting a while and hoping it was tried.
     */
    public int getFailedConnectAttempts() {
        return connection.failedAttempts();
    }

    /**
     * How many connection attempts were started so far, the first included. The reconnect back-off runs on the
     * simulator clock, so with a {@link ManualSimulatorClock} this changes only in {@link #tick()} or at the start.
     */
    public int getConnectAttempts() {
        return connection.attempts();
    }

    public boolean isBootAccepted() {
        return session.isBootAccepted();
    }

    /** The version the central system picked (or the first offered before connecting). */
    public OcppVersion getVersion() {
        return session.version();
    }

    public boolean isTransactionActive() {
        return transaction.isActive();
    }

    public @Nullable String getTransactionId() {
        return transaction.id();
    }

    /** 2.x chargingState terms: EVConnected, Charging, SuspendedEV, SuspendedEVSE, Idle. */
    public String getChargingState() {
        return transaction.chargingState();
    }

    public double getHeartbeatIntervalSeconds() {
        return configuration.heartbeatSeconds();
    }

    public double getMeterIntervalSeconds() {
        return configuration.meterIntervalSeconds();
    }

    /** A compact one-line status: time, SoC, power, setpoint, state. */
    public String statusLine() {
        return statusLine.format();
    }

    /** The Basic auth password a central system set last (for credential rotation tests), or the configured one. */
    public @Nullable String getBasicAuthPassword() {
        return configuration.basicAuthPassword();
    }

    // ---------------------------------------------------------------- commands

    /**
     * Lets simulated time pass for the battery now (for tests with speed 0), then applies the profiles.
     */
    public void advance(Duration step) {
        thread.run(() -> {
            car.advance(step);
            control.apply();
        });
    }

    /**
     * Runs one control step now on the simulator thread and waits for it: the battery moves by the time the
     * {@link ChargePointConfig#clock(SimulatorClock) clock} advanced since the last step, the profiles are applied
     * (including the offline fail-safe), and due heartbeats, meter values, boot retries and late answers go out.
     * The periodic tick does the same; calling this after moving a {@link ManualSimulatorClock} makes a test see
     * the result at once instead of waiting for the next periodic step.
     */
    public void tick() {
        thread.run(ticker::tick);
    }

    /**
     * CALLs of this charge point that are queued or await their answer; a driver stepping simulated time waits for
     * none before the next step, so that no answer arrives after the clock passed its timeout.
     */
    public int pendingCalls() {
        Integer pending = thread.call(calls::pending);
        return pending == null ? 0 : pending;
    }

    /**
     * Sends a MeterValues reading now, outside the sampling interval, as a charger does when its power changed
     * markedly (a driver stepping simulated time calls it after a new setpoint took effect). Nothing when offline.
     */
    public void sendMeterValuesNow() {
        thread.run(() -> {
            if (session.isBootAccepted()) {
                metering.send("Other");
            }
        });
    }

    /** Answers held back by {@link Misbehaviour#responseDelayMillis(long)} that are not sent yet. */
    public int pendingLateAnswers() {
        Integer pending = thread.call(faults::pendingAnswers);
        return pending == null ? 0 : pending;
    }

    /** Starts a transaction as if the driver plugged in and authorized locally. */
    public void startTransaction() {
        thread.run(() -> transactions.begin(config.idTag(), "CablePluggedIn", null));
    }

    /** Ends the running transaction as if the driver stopped it. */
    public void stopTransaction() {
        thread.run(() -> transactions.end("Local", "StopAuthorized"));
    }

    /** Sends a NotifyEVChargingNeeds (2.1) now, e.g. after changing the car's target. */
    public void notifyChargingNeeds() {
        thread.run(transactions::sendChargingNeeds);
    }

    /** Drops the connection now; the simulator reconnects once the reconnect delay has passed on its clock. */
    public void disconnect() {
        connection.disconnect();
    }

    /** Sends any text as a frame, outside the CALL queue (for garbage tests). */
    public void sendRaw(String text) {
        thread.run(() -> connection.send(text));
    }
}
