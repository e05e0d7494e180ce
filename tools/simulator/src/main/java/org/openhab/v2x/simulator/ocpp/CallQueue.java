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

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.UUID;
import java.util.function.Consumer;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import com.google.gson.JsonObject;

/**
 * The CALLs toward the central system: at most one in flight, as OCPP requires; before the boot is accepted only
 * BootNotification may go. Matches responses to the CALL in flight and gives up on it after the call timeout.
 * Used on the simulator thread only.
 */
@NonNullByDefault
class CallQueue {

    private static final String BOOT_NOTIFICATION = "BootNotification";

    private record PendingCall(String action, JsonObject payload, @Nullable Consumer<JsonObject> onResult,
            @Nullable Runnable onError, boolean transactional) {
    }

    private record InFlight(String messageId, PendingCall call, long sentNanos) {
    }

    private final Logger logger = LoggerFactory.getLogger(CallQueue.class);
    private final ChargePointConfig config;
    private final Session session;
    private final Connection connection;
    private final Deque<PendingCall> queue = new ArrayDeque<>();
    private @Nullable InFlight inFlight;
    private boolean held;

    CallQueue(ChargePointConfig config, Session session, Connection connection) {
        this.config = config;
        this.session = session;
        this.connection = connection;
    }

    /** Queues a CALL that only makes sense now; dropped when offline. */
    void enqueue(String action, JsonObject payload, @Nullable Consumer<JsonObject> onResult) {
        enqueue(action, payload, onResult, null);
    }

    void enqueue(String action, JsonObject payload, @Nullable Consumer<JsonObject> onResult,
            @Nullable Runnable onError) {
        if (!session.isConnected()) {
            return;
        }
        queue.addLast(new PendingCall(action, payload, onResult, onError, false));
        pump();
    }

    /** Transaction messages survive a lost connection and go out after the reconnect. */
    void enqueueTransactional(String action, JsonObject payload, @Nullable Consumer<JsonObject> onResult) {
        queue.addLast(new PendingCall(action, payload, onResult, null, true));
        pump();
    }

    /** Queues a CALL ahead of all others (the boot, which everything else waits for). */
    void enqueueFirst(String action, JsonObject payload, Consumer<JsonObject> onResult, Runnable onError) {
        queue.addFirst(new PendingCall(action, payload, onResult, onError, false));
        pump();
    }

    /** CALLs queued or in flight. */
    int pending() {
        return queue.size() + (inFlight == null ? 0 : 1);
    }

    /** Whether a CALL of this action is queued or in flight. */
    boolean has(String action) {
        InFlight waiting = inFlight;
        return queue.stream().anyMatch(c -> action.equals(c.action()))
                || (waiting != null && waiting.call().action().equals(action));
    }

    /**
     * Holds back CALLs while the task runs, so that CALLs caused by an incoming request (a started transaction)
     * go out after its answer, as on a real charger. The caller pumps afterwards.
     */
    void holdWhile(Runnable task) {
        held = true;
        try {
            task.run();
        } finally {
            held = false;
        }
    }

    /** Sends the next CALL if none is outstanding; before the boot is accepted only BootNotification may go. */
    void pump() {
        if (inFlight != null || !session.isConnected() || held) {
            return;
        }
        PendingCall next = null;
        for (PendingCall candidate : queue) {
            if (session.isBootAccepted() || BOOT_NOTIFICATION.equals(candidate.action())) {
                next = candidate;
                break;
            }
        }
        if (next == null) {
            return;
        }
        queue.remove(next);
        String messageId = UUID.randomUUID().toString();
        inFlight = new InFlight(messageId, next, config.clock().nanoTime());
        connection.send(OcppFrame.call(messageId, next.action(), next.payload()).encode());
    }

    /** Takes a CALLRESULT or CALLERROR for the CALL in flight. */
    void response(OcppFrame frame) {
        InFlight waiting = inFlight;
        if (waiting == null || !waiting.messageId().equals(frame.messageId())) {
            logger.warn("Response {} matches no outstanding CALL", frame.messageId());
            return;
        }
        inFlight = null;
        PendingCall call = waiting.call();
        if (frame.type() == OcppFrame.CALLRESULT) {
            Consumer<JsonObject> onResult = call.onResult();
            if (onResult != null) {
                try {
                    onResult.accept(frame.payload());
                } catch (RuntimeException e) {
                    logger.warn("Bad {} response {}: {}", call.action(), frame.payload(), e.getMessage());
                }
            }
        } else {
            logger.warn("{} answered with {}: {}", call.action(), frame.errorCode(), frame.errorDescription());
            Runnable onError = call.onError();
            if (onError != null) {
                onError.run();
            }
        }
        pump();
    }

    /** Gives up on a CALL the central system did not answer within the call timeout, so the queue moves on. */
    void expireTimedOut(long nowNanos) {
        InFlight waiting = inFlight;
        if (waiting != null && (nowNanos - waiting.sentNanos()) / 1_000_000 >= config.callTimeoutMillis()) {
            logger.warn("No response to {} within {} ms, giving up on it", waiting.call().action(),
                    config.callTimeoutMillis());
            inFlight = null;
            pump();
        }
    }

    /** The CALL in flight is lost with the connection; transaction messages are sent again after the reconnect. */
    void connectionLost() {
        InFlight lost = inFlight;
        inFlight = null;
        if (lost != null && lost.call().transactional()) {
            queue.addFirst(lost.call());
        }
        // what is not part of a transaction is stale by the time we are back
        queue.removeIf(c -> !c.transactional());
    }
}
