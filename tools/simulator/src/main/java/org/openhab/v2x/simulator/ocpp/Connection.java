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

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps the charge point connected: opens the WebSocket link, reconnects after the reconnect delay whenever it
 * fails or drops, records the session state and logs every frame sent and received.
 */
@NonNullByDefault
class Connection {

    /** What the rest of the charge point does about connection events, called on the simulator thread. */
    interface Listener {
        /** Before the new session counts as connected. */
        void versionChanged(OcppVersion negotiated);

        void opened();

        void received(String text);

        void closed();
    }

    private final Logger logger = LoggerFactory.getLogger(Connection.class);
    private final ChargePointConfig config;
    private final SimulatorThread thread;
    private final FrameLog frameLog;
    private final Session session;

    private @Nullable ExecutorService connector;
    private @Nullable OcppLink link;
    private final AtomicInteger attempts = new AtomicInteger();
    private final AtomicInteger failedAttempts = new AtomicInteger();
    /** Simulator-clock time of the next planned connection attempt, or null when none is planned. */
    private final AtomicReference<@Nullable Long> nextAttemptNanos = new AtomicReference<>();

    Connection(ChargePointConfig config, SimulatorThread thread, FrameLog frameLog, Session session) {
        this.config = config;
        this.thread = thread;
        this.frameLog = frameLog;
        this.session = session;
    }

    /** Starts the WebSocket client; connecting waits for {@link #scheduleConnect(long)}. */
    void start(Listener listener) throws Exception {
        OcppLink newLink = new OcppLink(config, new LinkEvents(listener));
        newLink.start();
        link = newLink;
        // connecting blocks up to the connect timeout, so it gets its own thread
        connector = Executors
                .newSingleThreadExecutor(r -> SimulatorThread.daemon(r, "ocpp-sim-connect-" + config.chargePointId()));
    }

    void stopLink() {
        OcppLink oldLink = link;
        if (oldLink != null) {
            oldLink.stop();
        }
    }

    /** After {@link #stopLink()} and the simulator thread are stopped. */
    void shutdown() {
        SimulatorThread.shutdown(connector);
        connector = null;
        link = null;
        session.stopped();
    }

    /** Connection attempts started since the start, counted when the attempt is handed to the connecting thread. */
    int attempts() {
        return attempts.get();
    }

    /** Connection attempts that failed (refused handshake, untrusted certificate, no answer) since the start. */
    int failedAttempts() {
        return failedAttempts.get();
    }

    boolean isStarted() {
        return link != null;
    }

    /**
     * Plans a connection attempt after the delay on the simulator clock; the tick makes it ({@link #connectIfDue}),
     * so a test clock decides when the reconnect back-off is over. No delay means now.
     */
    void scheduleConnect(long delayMillis) {
        scheduleConnect(config.clock().nanoTime(), delayMillis);
    }

    private void scheduleConnect(long fromNanos, long delayMillis) {
        if (delayMillis <= 0) {
            nextAttemptNanos.set(null);
            connectNow();
        } else {
            nextAttemptNanos.set(fromNanos + delayMillis * 1_000_000L);
        }
    }

    /** Starts the planned attempt once the clock has reached it. */
    void connectIfDue(long nowNanos) {
        Long due = nextAttemptNanos.get();
        if (due != null && nowNanos - due >= 0 && nextAttemptNanos.compareAndSet(due, null)) {
            connectNow();
        }
    }

    private void connectNow() {
        ExecutorService connectService = connector;
        if (connectService == null || !thread.isRunning()) {
            return;
        }
        try {
            attempts.incrementAndGet();
            connectService.execute(this::connectOnce);
        } catch (RejectedExecutionException e) {
            logger.debug("Simulator stopped, not connecting");
        }
    }

    /** Sends a text frame; it is logged only when there was a session to send it on. */
    void send(String text) {
        OcppLink current = link;
        if (current != null && current.send(text)) {
            frameLog.add(false, text);
        }
    }

    /** Drops the session; the reconnect follows from the close event. */
    void disconnect() {
        OcppLink current = link;
        if (current != null) {
            current.disconnect();
        }
    }

    private void connectOnce() {
        OcppLink current = link;
        if (current == null || !thread.isRunning()) {
            return;
        }
        String failure = current.connect();
        if (failure != null) {
            failedAttempts.incrementAndGet();
            logger.info("Connecting to {} failed: {}; retrying in {} ms", config.endpoint(), failure,
                    config.reconnectDelayMillis());
            scheduleConnect(config.reconnectDelayMillis());
        }
    }

    private void opened(OcppVersion negotiated, Listener listener) {
        logger.info("Connected to {} with OCPP {}", config.endpoint(), negotiated.label());
        boolean versionChanged = negotiated != session.version();
        session.version(negotiated);
        if (versionChanged) {
            listener.versionChanged(negotiated);
        }
        session.connected(config.clock().nanoTime());
        listener.opened();
    }

    private void closed(String reason, Listener listener) {
        boolean wasConnected = session.isConnected();
        // one reading for the offline start and the back-off, so both count from the same moment
        long now = config.clock().nanoTime();
        session.disconnected(now);
        listener.closed();
        if (wasConnected) {
            logger.info("Connection to {} closed: {}; reconnecting in {} ms", config.endpoint(), reason,
                    config.reconnectDelayMillis());
        }
        scheduleConnect(now, config.reconnectDelayMillis());
    }

    /** Moves the link's Jetty-thread events onto the simulator thread. */
    private class LinkEvents implements OcppLink.Listener {
        private final Listener listener;

        LinkEvents(Listener listener) {
            this.listener = listener;
        }

        @Override
        public void onOpen(OcppVersion negotiated) {
            thread.post(() -> opened(negotiated, listener));
        }

        @Override
        public void onText(String text) {
            // logged at once so the log keeps wire order even while the simulator thread is busy
            frameLog.add(true, text);
            thread.post(() -> listener.received(text));
        }

        @Override
        public void onClosed(String reason) {
            thread.post(() -> closed(reason, listener));
        }
    }
}
