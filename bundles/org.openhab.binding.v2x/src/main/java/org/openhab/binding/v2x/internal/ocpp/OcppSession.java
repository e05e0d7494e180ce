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
package org.openhab.binding.v2x.internal.ocpp;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;
import org.openhab.binding.v2x.internal.ocpp.codec.OcppCodec;
import org.openhab.binding.v2x.internal.ocpp.codec.OcppFrame;
import org.openhab.binding.v2x.internal.ocpp.codec.OcppJson;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import com.google.gson.JsonObject;

/**
 * The RPC layer of one connected charge point.
 * <ul>
 * <li>Outgoing CALLs: at most one is outstanding; the others wait in order. Each answer, CALLERROR or timeout
 * completes the CALL's future and lets the next one go. Late or unknown answers are ignored.</li>
 * <li>Incoming CALLs: checked against the action list and the payload schema, then given to the
 * {@link OcppCallHandler}; a CALL that arrives while another is being processed waits and is answered in order.</li>
 * <li>Supervision: periodic WebSocket pings; the session closes when the peer stays silent for too long.</li>
 * </ul>
 * Timers run on the scheduler passed in; the session has no threads of its own. Thread-safe.
 *
 * @author openHAB V2X contributors - Initial contribution
 */
@NonNullByDefault
public class OcppSession {
    public static final int CLOSE_NORMAL = 1000;
    public static final int CLOSE_GOING_AWAY = 1001;
    public static final int CLOSE_PROTOCOL_ERROR = 1002;

    private static final OcppCallHandler NOTHING_SUPPORTED = new OcppCallDispatcher();

    private final Logger logger = LoggerFactory.getLogger(OcppSession.class);
    private final String chargePointId;
    private final OcppVersion version;
    private final OcppTransport transport;
    private final ScheduledExecutorService scheduler;
    private final OcppSessionConfig config;
    private volatile OcppCallHandler callHandler = NOTHING_SUPPORTED;

    private final Object lock = new Object();
    private @Nullable PendingCall outstanding;
    private final Deque<PendingCall> queuedCalls = new ArrayDeque<>();
    private boolean processingIncoming;
    private final Deque<OcppFrame.Call> queuedIncoming = new ArrayDeque<>();
    private boolean closed;
    private @Nullable ScheduledFuture<?> supervision;
    private long silentMillis;

    private volatile boolean heardFromPeer;

    public OcppSession(String chargePointId, OcppVersion version, OcppTransport transport,
            ScheduledExecutorService scheduler, OcppSessionConfig config) {
        this.chargePointId = chargePointId;
        this.version = version;
        this.transport = transport;
        this.scheduler = scheduler;
        this.config = config;
    }

    public String getChargePointId() {
        return chargePointId;
    }

    public OcppVersion getVersion() {
        return version;
    }

    public String getRemoteAddress() {
        return transport.remoteAddress();
    }

    public OcppSessionConfig getConfig() {
        return config;
    }

    /** Sets who answers incoming CALLs; until then every known action is answered with NotSupported. */
    public void setCallHandler(OcppCallHandler handler) {
        this.callHandler = handler;
    }

    public boolean isOpen() {
        synchronized (lock) {
            return !closed;
        }
    }

    /**
     * Sends a CALL. The future completes with the response payload, or exceptionally with
     * {@link OcppCallErrorException} (CALLERROR), {@link TimeoutException}, {@link OcppProtocolException} (invalid
     * request or response payload) or {@link OcppSessionClosedException}.
     */
    public <Q, R> CompletableFuture<R> call(OcppAction<Q, R> action, Q request) {
        CompletableFuture<R> result = new CompletableFuture<>();
        if (!action.supports(version)) {
            result.completeExceptionally(new OcppProtocolException(OcppErrorCode.NOT_SUPPORTED,
                    action.name() + " does not exist in " + version.subprotocol()));
            return result;
        }
        JsonObject payload;
        try {
            OcppJson.checkRequired(request, action.requestType().getSimpleName());
            payload = OcppJson.toPayload(request);
        } catch (OcppProtocolException e) {
            result.completeExceptionally(e);
            return result;
        }
        String id = UUID.randomUUID().toString();
        PendingCall pending = new PendingCall(id, action,
                OcppCodec.encode(new OcppFrame.Call(id, action.name(), payload)), result);
        boolean sendNow = false;
        String refusal = null;
        synchronized (lock) {
            if (closed) {
                refusal = "session of " + chargePointId + " is closed";
            } else if (outstanding == null) {
                outstanding = pending;
                sendNow = true;
            } else if (queuedCalls.size() >= config.maxQueuedCalls()) {
                refusal = "too many CALLs waiting for " + chargePointId;
            } else {
                queuedCalls.add(pending);
            }
        }
        if (refusal != null) {
            result.completeExceptionally(new OcppSessionClosedException(refusal));
        } else if (sendNow) {
            transmit(pending);
        }
        return result;
    }

    /** Feeds a text frame received from the peer. Never throws. */
    public void onText(String text) {
        heardFromPeer = true;
        try {
            OcppFrame frame;
            try {
                frame = OcppCodec.decode(text, version);
            } catch (OcppProtocolException e) {
                if (e.isAnswerable()) {
                    logger.debug("Invalid message from {}: {}", chargePointId, e.getMessage());
                    sendError(e.getMessageId(), e.getErrorCode(), e.getDescription());
                } else {
                    logger.debug("Ignoring invalid answer from {}: {}", chargePointId, e.getMessage());
                }
                return;
            }
            if (frame instanceof OcppFrame.Call call) {
                onCall(call);
            } else if (frame instanceof OcppFrame.Send send) {
                onSend(send);
            } else {
                onAnswer(frame);
            }
        } catch (RuntimeException e) {
            logger.warn("Failed to process a message from {}: {}", chargePointId, e.toString(), e);
        }
    }

    /** Any sign of life below the RPC layer (pong, ping). */
    public void onActivity() {
        heardFromPeer = true;
    }

    /** Starts pings and the silence check of the config; no-op if both are disabled. */
    public void startSupervision() {
        long tickMillis = config.pingInterval().toMillis();
        if (tickMillis <= 0) {
            tickMillis = config.silenceTimeout().toMillis() / 4;
        }
        if (tickMillis <= 0) {
            return;
        }
        synchronized (lock) {
            if (closed || supervision != null) {
                return;
            }
            long tick = tickMillis;
            supervision = scheduler.scheduleWithFixedDelay(() -> supervise(tick), tick, tick, TimeUnit.MILLISECONDS);
        }
    }

    /** Closes the connection and fails every CALL still waiting. */
    public void close(int statusCode, String reason) {
        try {
            transport.close(statusCode, reason);
        } catch (RuntimeException e) {
            logger.debug("Closing the connection of {} failed: {}", chargePointId, e.toString());
        }
        onClosed(statusCode, reason);
    }

    /** The connection is gone; idempotent. */
    public void onClosed(int statusCode, String reason) {
        List<PendingCall> failed = new ArrayList<>();
        synchronized (lock) {
            if (closed) {
                return;
            }
            closed = true;
            PendingCall current = outstanding;
            if (current != null) {
                failed.add(current);
                outstanding = null;
            }
            failed.addAll(queuedCalls);
            queuedCalls.clear();
            queuedIncoming.clear();
            ScheduledFuture<?> task = supervision;
            if (task != null) {
                task.cancel(false);
                supervision = null;
            }
        }
        logger.debug("Session of {} closed: {} {}", chargePointId, statusCode, reason);
        for (PendingCall call : failed) {
            call.cancelTimeout();
            call.future.completeExceptionally(new OcppSessionClosedException(
                    "connection of " + chargePointId + " closed (" + statusCode + " " + reason + ")"));
        }
    }

    private void supervise(long tickMillis) {
        try {
            boolean silentTooLong;
            synchronized (lock) {
                if (closed) {
                    return;
                }
                silentMillis = heardFromPeer ? 0 : silentMillis + tickMillis;
                heardFromPeer = false;
                long limit = config.silenceTimeout().toMillis();
                silentTooLong = limit > 0 && silentMillis >= limit;
            }
            if (silentTooLong) {
                logger.debug("No message or pong from {} for {} ms, closing", chargePointId, silentMillis);
                close(CLOSE_GOING_AWAY, "peer silent");
            } else if (!config.pingInterval().isZero()) {
                transport.sendPing();
            }
        } catch (RuntimeException e) {
            logger.warn("Supervision of {} failed: {}", chargePointId, e.toString(), e);
        }
    }

    private void transmit(PendingCall pending) {
        long timeoutMillis = config.responseTimeout().toMillis();
        pending.timeout = scheduler.schedule(() -> onTimeout(pending), timeoutMillis, TimeUnit.MILLISECONDS);
        logger.trace("Sending to {}: {}", chargePointId, pending.text);
        transport.sendText(pending.text);
    }

    private void onTimeout(PendingCall pending) {
        PendingCall next;
        synchronized (lock) {
            if (outstanding != pending) {
                return;
            }
            next = advance();
        }
        pending.future.completeExceptionally(new TimeoutException(pending.action.name() + " to " + chargePointId
                + " got no answer within " + config.responseTimeout().toMillis() + " ms"));
        if (next != null) {
            transmit(next);
        }
    }

    /** Takes the next queued CALL as the outstanding one; call with the lock held. */
    private @Nullable PendingCall advance() {
        PendingCall next = queuedCalls.poll();
        outstanding = next;
        return next;
    }

    private void onAnswer(OcppFrame frame) {
        PendingCall pending;
        PendingCall next;
        synchronized (lock) {
            pending = outstanding;
            if (pending == null || !pending.id.equals(frame.messageId())) {
                logger.debug("Ignoring an answer to unknown or expired message {} from {}", frame.messageId(),
                        chargePointId);
                return;
            }
            next = advance();
        }
        pending.cancelTimeout();
        if (next != null) {
            transmit(next);
        }
        if (frame instanceof OcppFrame.CallResult result) {
            completeWithResult(pending, result);
        } else if (frame instanceof OcppFrame.CallError error) {
            pending.future.completeExceptionally(new OcppCallErrorException(pending.action.name(), error.errorCode(),
                    error.description(), error.details()));
        }
    }

    private void completeWithResult(PendingCall pending, OcppFrame.CallResult result) {
        try {
            pending.future.complete(OcppJson.fromPayload(result.payload(), pending.action.responseType()));
        } catch (OcppProtocolException e) {
            logger.debug("Invalid {} response from {}: {}", pending.action.name(), chargePointId, e.getMessage());
            if (version == OcppVersion.V21) {
                // 2.1 tells the peer that its CALLRESULT was not accepted
                transport.sendText(OcppCodec.encode(new OcppFrame.CallError(pending.id,
                        e.getErrorCode().wireName(version), e.getDescription(), new JsonObject(), true)));
            }
            pending.future.completeExceptionally(e.withMessageId(pending.id, false));
        }
    }

    private void onCall(OcppFrame.Call call) {
        boolean rejected = false;
        synchronized (lock) {
            if (closed) {
                return;
            }
            if (processingIncoming) {
                if (queuedIncoming.size() >= config.maxQueuedIncoming()) {
                    rejected = true;
                } else {
                    queuedIncoming.add(call);
                    return;
                }
            } else {
                processingIncoming = true;
            }
        }
        if (rejected) {
            sendError(call.messageId(), OcppErrorCode.RPC_FRAMEWORK_ERROR,
                    "too many CALLs while a previous one is still being processed");
            return;
        }
        process(call);
    }

    private void process(OcppFrame.Call call) {
        OcppAction<?, ?> action = OcppActions.incoming(version, call.action());
        CompletionStage<?> answer = dispatch(call.action(), action, call.payload());
        answer.whenComplete((result, error) -> {
            try {
                answer(call, action, result, error);
            } catch (RuntimeException e) {
                logger.warn("Failed to answer {} from {}: {}", call.action(), chargePointId, e.toString(), e);
            }
            OcppFrame.Call next;
            synchronized (lock) {
                next = closed ? null : queuedIncoming.poll();
                if (next == null) {
                    processingIncoming = false;
                }
            }
            if (next != null) {
                process(next);
            }
        });
    }

    private CompletionStage<?> dispatch(String name, @Nullable OcppAction<?, ?> action, JsonObject payload) {
        if (action == null) {
            boolean known = OcppActions.find(version, name) != null;
            return CompletableFuture.failedFuture(new OcppProtocolException(
                    known ? OcppErrorCode.NOT_SUPPORTED : OcppErrorCode.NOT_IMPLEMENTED,
                    known ? name + " is not accepted from a charge point" : "unknown action " + name));
        }
        try {
            Object request = OcppJson.fromPayload(payload, action.requestType());
            CompletionStage<?> stage = callHandler.handleCall(this, action, request);
            return stage == null ? CompletableFuture.failedFuture(new IllegalStateException("no answer")) : stage;
        } catch (OcppProtocolException | RuntimeException e) {
            return CompletableFuture.failedFuture(e);
        }
    }

    private void answer(OcppFrame.Call call, @Nullable OcppAction<?, ?> action, @Nullable Object result,
            @Nullable Throwable error) {
        Throwable cause = error instanceof CompletionException && error.getCause() != null ? error.getCause() : error;
        if (cause == null && action != null) {
            if (result != null && action.responseType().isInstance(result)) {
                try {
                    OcppJson.checkRequired(result, action.responseType().getSimpleName());
                    sendFrame(new OcppFrame.CallResult(call.messageId(), OcppJson.toPayload(result)));
                    return;
                } catch (OcppProtocolException e) {
                    cause = e;
                }
            } else {
                cause = new IllegalStateException("handler answered " + call.action() + " with "
                        + (result == null ? "nothing" : result.getClass().getSimpleName()));
            }
            logger.warn("Invalid answer to {} from {}: {}", call.action(), chargePointId, cause.getMessage());
            sendError(call.messageId(), OcppErrorCode.INTERNAL_ERROR, "invalid answer");
        } else if (cause instanceof OcppProtocolException e) {
            logger.debug("Answering {} from {} with {}: {}", call.action(), chargePointId, e.getErrorCode(),
                    e.getMessage());
            sendError(call.messageId(), e.getErrorCode(), e.getDescription());
        } else {
            logger.warn("Handling {} from {} failed: {}", call.action(), chargePointId, String.valueOf(cause), cause);
            sendError(call.messageId(), OcppErrorCode.INTERNAL_ERROR, "internal error");
        }
    }

    private void onSend(OcppFrame.Send send) {
        OcppAction<?, ?> action = OcppActions.incoming(version, send.action());
        // SEND frames are never answered, not even with an error
        dispatch(send.action(), action, send.payload()).whenComplete((result, error) -> {
            if (error != null) {
                logger.debug("SEND {} from {} not processed: {}", send.action(), chargePointId, error.getMessage());
            }
        });
    }

    private void sendError(String messageId, OcppErrorCode code, String description) {
        sendFrame(OcppCodec.error(version, messageId, code, description));
    }

    private void sendFrame(OcppFrame frame) {
        String text = OcppCodec.encode(frame);
        logger.trace("Sending to {}: {}", chargePointId, text);
        transport.sendText(text);
    }

    /** An outgoing CALL and its future; the future's type matches the action's response type. */
    private static class PendingCall {
        final String id;
        final OcppAction<?, ?> action;
        final String text;
        final CompletableFuture<Object> future;
        volatile @Nullable ScheduledFuture<?> timeout;

        @SuppressWarnings("unchecked")
        PendingCall(String id, OcppAction<?, ?> action, String text, CompletableFuture<?> future) {
            this.id = id;
            this.action = action;
            this.text = text;
            // completed only with instances of action.responseType(), see completeWithResult
            this.future = (CompletableFuture<Object>) future;
        }

        void cancelTimeout() {
            ScheduledFuture<?> task = timeout;
            if (task != null) {
                task.cancel(false);
            }
        }
    }
}
