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

import java.net.InetSocketAddress;
import java.net.SocketAddress;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ScheduledExecutorService;

import javax.servlet.http.HttpServletResponse;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;
import org.eclipse.jetty.http.HttpVersion;
import org.eclipse.jetty.server.HttpConfiguration;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.server.SecureRequestCustomizer;
import org.eclipse.jetty.server.SslConnectionFactory;
import org.eclipse.jetty.util.ssl.SslContextFactory;
import org.eclipse.jetty.util.thread.QueuedThreadPool;
import org.eclipse.jetty.websocket.server.WebSocketHandler;
import org.eclipse.jetty.websocket.servlet.ServletUpgradeRequest;
import org.eclipse.jetty.websocket.servlet.ServletUpgradeResponse;
import org.eclipse.jetty.websocket.servlet.WebSocketServletFactory;
import org.openhab.binding.v2x.internal.ocpp.OcppSession;
import org.openhab.binding.v2x.internal.ocpp.OcppVersion;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The central system's WebSocket endpoint (Jetty 9.4). Charge points connect to {@code <path>/<chargePointId>};
 * the server checks the id against the {@link OcppChargePointDirectory}, Basic credentials and the subprotocol
 * (best of ocpp2.1, ocpp2.0.1, ocpp1.6 that both sides support), then opens an {@link OcppSession}. A new
 * connection of a charge point replaces its old one.
 *
 * @author openHAB V2X contributors - Initial contribution
 */
@NonNullByDefault
public class OcppServer {
    private static final List<OcppVersion> PREFERENCE = List.of(OcppVersion.V21, OcppVersion.V201, OcppVersion.V16);
    private static final int MIN_IDLE_TIMEOUT_MS = 10 * 60 * 1000;

    private final Logger logger = LoggerFactory.getLogger(OcppServer.class);
    private final OcppServerConfig config;
    private final OcppChargePointDirectory directory;
    private final OcppServerListener listener;
    private final ScheduledExecutorService scheduler;
    private final String prefix;
    private final Map<String, OcppSession> sessions = new ConcurrentHashMap<>();
    private @Nullable Server server;
    private @Nullable ServerConnector connector;

    public OcppServer(OcppServerConfig config, OcppChargePointDirectory directory, OcppServerListener listener,
            ScheduledExecutorService scheduler) {
        this.config = config;
        this.directory = directory;
        this.listener = listener;
        this.scheduler = scheduler;
        this.prefix = ChargePointPath.normalizePrefix(config.path);
    }

    /** Binds and starts; throws if the port is taken or the keystore cannot be read. */
    public synchronized void start() throws Exception {
        if (server != null) {
            return;
        }
        QueuedThreadPool threads = new QueuedThreadPool(16, 2, 60_000);
        threads.setName("OH-v2x-ocpp");
        Server jetty = new Server(threads);
        ServerConnector newConnector = createConnector(jetty);
        newConnector.setHost(config.host);
        newConnector.setPort(config.port);
        jetty.addConnector(newConnector);
        jetty.setHandler(new WebSocketHandler() {
            @Override
            public void configure(@Nullable WebSocketServletFactory factory) {
                if (factory != null) {
                    configureFactory(factory);
                }
            }
        });
        jetty.setStopAtShutdown(false);
        try {
            jetty.start();
        } catch (Exception e) {
            stopQuietly(jetty);
            throw e;
        }
        server = jetty;
        connector = newConnector;
        logger.debug("OCPP server listening on {}:{}{} ({})", config.host, newConnector.getLocalPort(), prefix,
                config.isTls() ? "TLS" : "plain");
    }

    /** Closes every session and the listening socket. Never throws. */
    public synchronized void stop() {
        for (OcppSession session : sessions.values()) {
            session.close(OcppSession.CLOSE_GOING_AWAY, "server stopping");
        }
        sessions.clear();
        Server jetty = server;
        server = null;
        connector = null;
        if (jetty != null) {
            stopQuietly(jetty);
        }
    }

    public synchronized boolean isRunning() {
        return server != null;
    }

    /** The bound port (useful with port 0), or -1 when stopped. */
    public synchronized int getLocalPort() {
        ServerConnector current = connector;
        return current == null ? -1 : current.getLocalPort();
    }

    public @Nullable OcppSession getSession(String chargePointId) {
        return sessions.get(chargePointId);
    }

    public Collection<OcppSession> getSessions() {
        return List.copyOf(sessions.values());
    }

    private ServerConnector createConnector(Server jetty) {
        HttpConfiguration http = new HttpConfiguration();
        http.setSendServerVersion(false);
        http.setSendXPoweredBy(false);
        String keystore = config.keystorePath;
        if (keystore == null || keystore.isBlank()) {
            return new ServerConnector(jetty, 1, 1, new HttpConnectionFactory(http));
        }
        SslContextFactory.Server tls = new SslContextFactory.Server();
        tls.setKeyStorePath(keystore);
        tls.setKeyStorePassword(config.keystorePassword);
        tls.setKeyStoreType(config.keystoreType);
        // OCPP security profiles 2 and 3 require TLS 1.2 or newer
        tls.setIncludeProtocols("TLSv1.3", "TLSv1.2");
        tls.setExcludeProtocols("SSLv3", "TLSv1", "TLSv1.1");
        if (config.isClientCertificateAuthentication()) {
            // security profile 3: no handshake without a client certificate the truststore vouches for
            tls.setTrustStorePath(config.truststorePath);
            tls.setTrustStorePassword(config.truststorePassword);
            tls.setTrustStoreType(config.truststoreType);
            tls.setNeedClientAuth(true);
            // makes the client certificate visible to the upgrade request; the host name is the charger's business
            http.addCustomizer(new SecureRequestCustomizer(false));
        }
        return new ServerConnector(jetty, 1, 1, new SslConnectionFactory(tls, HttpVersion.HTTP_1_1.asString()),
                new HttpConnectionFactory(http));
    }

    private void configureFactory(WebSocketServletFactory factory) {
        int maxSize = Math.max(config.maxMessageSize, 256);
        factory.getPolicy().setMaxTextMessageSize(maxSize);
        factory.getPolicy().setMaxTextMessageBufferSize(Math.min(maxSize, 32 * 1024));
        factory.getPolicy().setMaxBinaryMessageSize(maxSize);
        factory.getPolicy().setMaxBinaryMessageBufferSize(Math.min(maxSize, 32 * 1024));
        long silence = config.session.silenceTimeout().toMillis();
        // Our own supervision closes silent peers; Jetty's idle timeout is only a backstop.
        factory.getPolicy().setIdleTimeout(Math.max(MIN_IDLE_TIMEOUT_MS, 2 * silence));
        factory.setCreator(this::createWebSocket);
    }

    private @Nullable Object createWebSocket(@Nullable ServletUpgradeRequest request,
            @Nullable ServletUpgradeResponse response) {
        if (request == null || response == null) {
            return null;
        }
        try {
            return upgrade(request, response);
        } catch (Exception e) {
            logger.warn("Failed to handle an OCPP connection attempt: {}", e.toString(), e);
            reject(response, HttpServletResponse.SC_INTERNAL_SERVER_ERROR, "internal error");
            return null;
        }
    }

    private @Nullable Object upgrade(ServletUpgradeRequest request, ServletUpgradeResponse response) {
        String remote = remoteAddress(request.getRemoteSocketAddress());
        String rawPath = request.getRequestURI().getRawPath();
        String rawId = rawPath == null ? null : ChargePointPath.rawId(rawPath, prefix);
        if (rawId == null) {
            listener.connectionRejected(String.valueOf(rawPath), OcppRejectReason.INVALID_PATH, remote);
            reject(response, HttpServletResponse.SC_NOT_FOUND, "not an OCPP endpoint");
            return null;
        }
        String id = ChargePointPath.decodeId(rawId);
        if (id == null) {
            listener.connectionRejected(rawId, OcppRejectReason.INVALID_PATH, remote);
            reject(response, HttpServletResponse.SC_BAD_REQUEST, "invalid charge point id");
            return null;
        }
        OcppChargePointAccess access = directory.lookup(id);
        if (access == null) {
            logger.debug("Unknown charge point {} from {}", id, remote);
            listener.connectionRejected(id, OcppRejectReason.UNKNOWN_CHARGE_POINT, remote);
            reject(response, HttpServletResponse.SC_NOT_FOUND, "unknown charge point");
            return null;
        }
        if (config.isClientCertificateAuthentication()) {
            OcppRejectReason certificateProblem = ClientCertificates.check(id, request.getCertificates());
            if (certificateProblem != null) {
                logger.debug("Charge point {} from {} rejected: {}", id, remote, certificateProblem);
                listener.connectionRejected(id, certificateProblem, remote);
                reject(response, HttpServletResponse.SC_FORBIDDEN, "certificate does not match the charge point");
                return null;
            }
        }
        OcppRejectReason authProblem = config.isClientCertificateAuthentication() ? null
                : checkCredentials(id, access, request.getHeader("Authorization"));
        if (authProblem != null) {
            logger.debug("Charge point {} from {} rejected: {}", id, remote, authProblem);
            listener.connectionRejected(id, authProblem, remote);
            response.setHeader("WWW-Authenticate", "Basic realm=\"OCPP\", charset=\"UTF-8\"");
            reject(response, HttpServletResponse.SC_UNAUTHORIZED, "authentication required");
            return null;
        }
        OcppVersion version = chooseVersion(request.getSubProtocols());
        if (version == null) {
            logger.debug("Charge point {} offered no supported subprotocol: {}", id, request.getSubProtocols());
            listener.connectionRejected(id, OcppRejectReason.NO_COMMON_SUBPROTOCOL, remote);
        } else {
            response.setAcceptedSubProtocol(version.subprotocol());
        }
        return new OcppWebSocketEndpoint(this, id, version, remote);
    }

    private @Nullable OcppRejectReason checkCredentials(String id, OcppChargePointAccess access,
            @Nullable String header) {
        String password = access.password();
        if (password == null) {
            return config.requireAuthentication ? OcppRejectReason.WRONG_CREDENTIALS : null;
        }
        BasicCredentials credentials = BasicCredentials.parse(header);
        if (credentials == null) {
            return OcppRejectReason.MISSING_CREDENTIALS;
        }
        return credentials.matches(id, password) ? null : OcppRejectReason.WRONG_CREDENTIALS;
    }

    /** The best version both sides support; the server's preference wins over the client's order. */
    @Nullable
    OcppVersion chooseVersion(@Nullable List<String> offered) {
        if (offered == null) {
            return null;
        }
        for (OcppVersion candidate : PREFERENCE) {
            if (!config.versions.contains(candidate)) {
                continue;
            }
            for (String name : offered) {
                if (candidate.subprotocol().equalsIgnoreCase(name.trim())) {
                    return candidate;
                }
            }
        }
        return null;
    }

    OcppSession createSession(String chargePointId, OcppVersion version, OcppWebSocketEndpoint endpoint) {
        return new OcppSession(chargePointId, version, endpoint, scheduler, config.session);
    }

    void sessionOpened(OcppSession session) {
        OcppSession previous = sessions.put(session.getChargePointId(), session);
        if (previous != null && previous != session) {
            logger.debug("Charge point {} reconnected, closing its previous connection", session.getChargePointId());
            previous.close(OcppSession.CLOSE_NORMAL, "replaced by a new connection");
        }
        try {
            listener.sessionOpened(session);
        } catch (RuntimeException e) {
            logger.warn("Listener failed on the session of {}: {}", session.getChargePointId(), e.toString(), e);
        }
        session.startSupervision();
    }

    void sessionClosed(OcppSession session, int statusCode, String reason) {
        sessions.remove(session.getChargePointId(), session);
        try {
            listener.sessionClosed(session, statusCode, reason);
        } catch (RuntimeException e) {
            logger.warn("Listener failed on the closed session of {}: {}", session.getChargePointId(), e.toString(),
                    e);
        }
    }

    private void reject(ServletUpgradeResponse response, int status, String message) {
        try {
            response.sendError(status, message);
        } catch (Exception e) {
            logger.debug("Could not send HTTP {}: {}", status, e.toString());
        }
    }

    private static String remoteAddress(@Nullable SocketAddress address) {
        if (address instanceof InetSocketAddress inet) {
            return inet.getHostString() + ":" + inet.getPort();
        }
        return String.valueOf(address);
    }

    private void stopQuietly(Server jetty) {
        try {
            jetty.stop();
        } catch (Exception e) {
            logger.debug("Stopping the OCPP server failed: {}", e.toString());
        }
    }
}
