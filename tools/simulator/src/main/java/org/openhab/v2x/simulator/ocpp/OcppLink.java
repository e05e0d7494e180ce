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

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;
import org.eclipse.jetty.client.HttpClient;
import org.eclipse.jetty.util.ssl.SslContextFactory;
import org.eclipse.jetty.websocket.api.Session;
import org.eclipse.jetty.websocket.api.WebSocketListener;
import org.eclipse.jetty.websocket.api.WriteCallback;
import org.eclipse.jetty.websocket.client.ClientUpgradeRequest;
import org.eclipse.jetty.websocket.client.WebSocketClient;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The charge point's WebSocket connection to the central system (the charger is the client). One session at a
 * time; callbacks of a replaced session are ignored.
 */
@NonNullByDefault
class OcppLink {

    /** Connection events, called on Jetty threads. */
    interface Listener {
        void onOpen(OcppVersion version);

        void onText(String text);

        void onClosed(String reason);
    }

    private static final long IDLE_TIMEOUT_MILLIS = TimeUnit.HOURS.toMillis(24);

    private final Logger logger = LoggerFactory.getLogger(OcppLink.class);
    private final ChargePointConfig config;
    private final Listener listener;
    private final HttpClient httpClient;
    private final WebSocketClient client;
    private volatile @Nullable Endpoint current;

    OcppLink(ChargePointConfig config, Listener listener) {
        this.config = config;
        this.listener = listener;
        SslContextFactory.Client ssl = new SslContextFactory.Client(config.trustAllCertificates());
        if (config.trustAllCertificates()) {
            // self-signed test certificates carry no matching host name either
            ssl.setEndpointIdentificationAlgorithm(null);
        }
        this.httpClient = new HttpClient(ssl);
        this.client = new WebSocketClient(httpClient);
        client.setMaxIdleTimeout(IDLE_TIMEOUT_MILLIS);
        client.setConnectTimeout(config.connectTimeoutMillis());
    }

    void start() throws Exception {
        httpClient.start();
        client.start();
    }

    void stop() {
        disconnect();
        try {
            client.stop();
            httpClient.stop();
        } catch (Exception e) {
            logger.debug("Stopping the WebSocket client failed: {}", e.getMessage());
        }
    }

    /**
     * Opens a new session, blocking up to the connect timeout.
     *
     * @return null on success, else why it failed
     */
    @Nullable
    String connect() {
        URI endpoint = config.endpoint();
        ClientUpgradeRequest request = new ClientUpgradeRequest();
        request.setSubProtocols(config.versions().stream().map(OcppVersion::subprotocol).toList());
        String password = config.password();
        if (password != null) {
            String credentials = config.chargePointId() + ":" + password;
            request.setHeader("Authorization",
                    "Basic " + Base64.getEncoder().encodeToString(credentials.getBytes(StandardCharsets.UTF_8)));
        }
        Endpoint endpointListener = new Endpoint();
        current = endpointListener;
        try {
            Future<Session> future = client.connect(endpointListener, endpoint, request);
            future.get(config.connectTimeoutMillis(), TimeUnit.MILLISECONDS);
            return null;
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            return String.valueOf(cause == null ? e : cause.getMessage());
        } catch (TimeoutException e) {
            return "no answer within " + config.connectTimeoutMillis() + " ms";
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return "interrupted";
        } catch (Exception e) {
            return String.valueOf(e.getMessage());
        }
    }

    boolean isOpen() {
        Endpoint endpoint = current;
        Session session = endpoint == null ? null : endpoint.session;
        return session != null && session.isOpen();
    }

    /** Sends a text frame asynchronously; returns false when there is no open session. */
    boolean send(String text) {
        Endpoint endpoint = current;
        Session session = endpoint == null ? null : endpoint.session;
        if (session == null || !session.isOpen()) {
            return false;
        }
        session.getRemote().sendString(text, new WriteCallback() {
            @Override
            public void writeFailed(@Nullable Throwable cause) {
                logger.debug("Sending a frame failed: {}", cause == null ? "?" : cause.getMessage());
            }

            @Override
            public void writeSuccess() {
            }
        });
        return true;
    }

    /** Drops the session without a closing handshake, like a lost network would. */
    void disconnect() {
        Endpoint endpoint = current;
        Session session = endpoint == null ? null : endpoint.session;
        if (session != null) {
            try {
                session.disconnect();
            } catch (Exception e) {
                logger.debug("Disconnect failed: {}", e.getMessage());
            }
        }
    }

    private class Endpoint implements WebSocketListener {
        private volatile @Nullable Session session;
        private volatile boolean closed;

        @Override
        public void onWebSocketConnect(@Nullable Session newSession) {
            if (newSession == null) {
                return;
            }
            session = newSession;
            String accepted = newSession.getUpgradeResponse().getAcceptedSubProtocol();
            OcppVersion version = OcppVersion.fromSubprotocol(accepted);
            if (version == null || !config.versions().contains(version)) {
                logger.warn("Central system accepted no offered subprotocol (got '{}'), closing", accepted);
                newSession.close(1002, "no common OCPP subprotocol");
                return;
            }
            if (current == this) {
                listener.onOpen(version);
            }
        }

        @Override
        public void onWebSocketText(@Nullable String message) {
            if (message != null && current == this) {
                listener.onText(message);
            }
        }

        @Override
        public void onWebSocketBinary(byte @Nullable [] payload, int offset, int len) {
            logger.debug("Ignoring a binary frame of {} bytes", len);
        }

        @Override
        public void onWebSocketClose(int statusCode, @Nullable String reason) {
            closedBecause(statusCode + " " + reason);
        }

        @Override
        public void onWebSocketError(@Nullable Throwable cause) {
            closedBecause(cause == null ? "error" : String.valueOf(cause.getMessage()));
        }

        private void closedBecause(String reason) {
            // error and close may both arrive; report the end of a session once
            if (!closed && session != null && current == this) {
                closed = true;
                listener.onClosed(reason);
            }
        }
    }
}
