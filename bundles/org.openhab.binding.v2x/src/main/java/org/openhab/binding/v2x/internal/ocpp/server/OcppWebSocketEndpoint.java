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
package org.openhab.binding.v2x.internal.ocpp.server;

import java.io.IOException;
import java.nio.ByteBuffer;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;
import org.eclipse.jetty.websocket.api.Session;
import org.eclipse.jetty.websocket.api.WebSocketListener;
import org.eclipse.jetty.websocket.api.WebSocketPingPongListener;
import org.eclipse.jetty.websocket.api.WriteCallback;
import org.openhab.binding.v2x.internal.ocpp.OcppSession;
import org.openhab.binding.v2x.internal.ocpp.OcppTransport;
import org.openhab.binding.v2x.internal.ocpp.OcppVersion;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The Jetty side of one charge point connection: feeds frames to its {@link OcppSession} and carries the session's
 * output. No exception leaves these callbacks.
 *
 * @author openHAB V2X contributors - Initial contribution
 */
@NonNullByDefault
class OcppWebSocketEndpoint implements WebSocketListener, WebSocketPingPongListener, OcppTransport {
    private static final ByteBuffer EMPTY = ByteBuffer.allocate(0);

    private final Logger logger = LoggerFactory.getLogger(OcppWebSocketEndpoint.class);
    private final OcppServer server;
    private final String chargePointId;
    private final @Nullable OcppVersion version;
    private final String remoteAddress;
    private volatile @Nullable Session webSocket;
    private volatile @Nullable OcppSession session;

    OcppWebSocketEndpoint(OcppServer server, String chargePointId, @Nullable OcppVersion version,
            String remoteAddress) {
        this.server = server;
        this.chargePointId = chargePointId;
        this.version = version;
        this.remoteAddress = remoteAddress;
    }

    @Override
    public void onWebSocketConnect(@Nullable Session webSocket) {
        if (webSocket == null) {
            return;
        }
        this.webSocket = webSocket;
        try {
            OcppVersion agreed = version;
            if (agreed == null) {
                webSocket.close(OcppSession.CLOSE_PROTOCOL_ERROR, "no supported OCPP subprotocol");
                return;
            }
            OcppSession created = server.createSession(chargePointId, agreed, this);
            session = created;
            server.sessionOpened(created);
        } catch (RuntimeException e) {
            logger.warn("Failed to open the session of {}: {}", chargePointId, e.toString(), e);
            webSocket.close(1011, "internal error");
        }
    }

    @Override
    public void onWebSocketText(@Nullable String message) {
        OcppSession current = session;
        if (current != null && message != null) {
            current.onText(message);
        }
    }

    @Override
    public void onWebSocketBinary(byte @Nullable [] payload, int offset, int len) {
        OcppSession current = session;
        if (current != null) {
            current.onActivity();
        }
        logger.debug("Ignoring a binary frame from {}: OCPP-J uses text frames", chargePointId);
    }

    @Override
    public void onWebSocketPing(@Nullable ByteBuffer payload) {
        OcppSession current = session;
        if (current != null) {
            current.onActivity();
        }
    }

    @Override
    public void onWebSocketPong(@Nullable ByteBuffer payload) {
        OcppSession current = session;
        if (current != null) {
            current.onActivity();
        }
    }

    @Override
    public void onWebSocketClose(int statusCode, @Nullable String reason) {
        OcppSession current = session;
        if (current == null) {
            return;
        }
        String why = reason == null ? "" : reason;
        try {
            current.onClosed(statusCode, why);
            server.sessionClosed(current, statusCode, why);
        } catch (RuntimeException e) {
            logger.warn("Failed to close the session of {}: {}", chargePointId, e.toString(), e);
        }
    }

    @Override
    public void onWebSocketError(@Nullable Throwable cause) {
        logger.debug("WebSocket error of {}: {}", chargePointId, cause == null ? "" : cause.toString());
    }

    @Override
    public void sendText(String text) {
        Session current = webSocket;
        if (current == null || !current.isOpen()) {
            logger.debug("Not sending to {}: connection closed", chargePointId);
            return;
        }
        try {
            current.getRemote().sendString(text, new WriteCallback() {
                @Override
                public void writeFailed(@Nullable Throwable x) {
                    logger.debug("Sending to {} failed: {}", chargePointId, x == null ? "" : x.toString());
                }

                @Override
                public void writeSuccess() {
                }
            });
        } catch (RuntimeException e) {
            logger.debug("Sending to {} failed: {}", chargePointId, e.toString());
        }
    }

    @Override
    public void sendPing() {
        Session current = webSocket;
        if (current == null || !current.isOpen()) {
            return;
        }
        try {
            current.getRemote().sendPing(EMPTY.duplicate());
        } catch (IOException | RuntimeException e) {
            logger.debug("Ping to {} failed: {}", chargePointId, e.toString());
        }
    }

    @Override
    public void close(int statusCode, String reason) {
        Session current = webSocket;
        if (current != null) {
            try {
                current.close(statusCode, reason);
            } catch (RuntimeException e) {
                logger.debug("Closing {} failed: {}", chargePointId, e.toString());
            }
        }
    }

    @Override
    public String remoteAddress() {
        return remoteAddress;
    }
}
