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
package org.openhab.v2x.simulator.openadr;

import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.util.thread.QueuedThreadPool;
import org.openhab.v2x.simulator.openadr.Oadr3.Event;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import com.google.gson.JsonObject;

/**
 * A minimal OpenADR 3.0.1 VTN over plain HTTP on loopback, serving a {@link VtnScript} (Jetty 9.4, Gson).
 * <p>
 * Endpoints under {@link #baseUrl()} ({@code http://127.0.0.1:<port>/openadr3/3.0.1}):
 * <ul>
 * <li>{@code POST /auth/token}: OAuth2 client credentials ({@code application/x-www-form-urlencoded}
 * {@code grant_type=client_credentials}, {@code client_id}, {@code client_secret}, or the id and secret as HTTP
 * Basic); answers {@code access_token}, {@code token_type} Bearer and {@code expires_in} ({@link #tokenLifetime}).
 * Bad requests get 400 and wrong credentials 401 with an RFC 6749 {@code error}.</li>
 * <li>every other path needs {@code Authorization: Bearer <token>} with an unexpired token from the endpoint (or
 * the {@link #fixedBearerToken fixed token}); otherwise 401 with a {@code problem} body.</li>
 * <li>{@code GET /programs}, {@code GET /programs/{id}};</li>
 * <li>{@code GET /events} (query {@code programID} filters), {@code GET /events/{id}};</li>
 * <li>{@code POST /reports} (201 with the stored report, its {@code id} added; 400 when it misses required
 * members or names an unknown program or event), {@code PUT /reports/{id}}, {@code GET /reports} (queries
 * {@code programID}, {@code eventID}, {@code clientName}), {@code GET /reports/{id}};</li>
 * <li>{@code POST /vens} (201; 409 when the {@code venName} exists), {@code GET /vens} (query {@code venName}),
 * {@code GET /vens/{id}}.</li>
 * </ul>
 * Every list takes {@code skip} and {@code limit} (0-50; otherwise 400). Unknown ids and paths get 404, other
 * methods 405, each with a {@code problem} body ({@code type}, {@code title}, {@code status}, {@code detail}).
 * <p>
 * Tokens expire on the {@link Clock} given to the constructor, so a test moves time to expire them. Received reports
 * and registered VENs are inspectable ({@link #reports()}, {@link #vens()}), as is the request log
 * ({@link #requests()}). {@link #fault(VtnFault)} switches faults on while running.
 *
 * @author openHAB V2X - Initial contribution
 */
@NonNullByDefault
public final class VtnSimulator implements AutoCloseable {

    /** The path of the API, as in the servers entry of the OpenAPI definition. */
    public static final String BASE_PATH = "/openadr3/3.0.1";
    public static final String DEFAULT_CLIENT_ID = "v2x-ven";
    public static final String DEFAULT_CLIENT_SECRET = "v2x-ven-secret";
    public static final String LOOPBACK = "127.0.0.1";

    private final Logger logger = LoggerFactory.getLogger(VtnSimulator.class);
    private final VtnScript script;
    private final TokenIssuer tokens;
    private final VtnResources resources;
    private final List<String> requests = new CopyOnWriteArrayList<>();
    private final String bindAddress;
    private volatile VtnFault fault = VtnFault.NONE;
    private @Nullable Server server;
    private @Nullable ServerConnector connector;
    private int port;

    /** A VTN on loopback serving {@code script}; tokens expire on {@code clock}. */
    public VtnSimulator(VtnScript script, Clock clock) {
        this(script, clock, LOOPBACK);
    }

    /** A VTN listening on {@code bindAddress} (e.g. 0.0.0.0 for the command line). */
    public VtnSimulator(VtnScript script, Clock clock, String bindAddress) {
        this.script = script;
        this.bindAddress = bindAddress;
        this.tokens = new TokenIssuer(clock, DEFAULT_CLIENT_ID, DEFAULT_CLIENT_SECRET);
        this.resources = new VtnResources(this, script, clock);
    }

    /** A VTN on loopback serving the scripted day that starts at {@code dayStart}, on the system clock. */
    public static VtnSimulator forDay(Instant dayStart) {
        return new VtnSimulator(VtnScript.day(dayStart), Clock.systemUTC());
    }

    /** Starts listening on {@code port}, 0 for a free one ({@link #port()} tells which). */
    public synchronized void start(int port) throws IOException {
        if (server != null) {
            throw new IllegalStateException("already started on port " + this.port);
        }
        QueuedThreadPool threads = new QueuedThreadPool(8, 2);
        threads.setName("vtn-simulator");
        threads.setDaemon(true);
        Server newServer = new Server(threads);
        ServerConnector newConnector = new ServerConnector(newServer, 1, 1);
        newConnector.setHost(bindAddress);
        newConnector.setPort(port);
        newConnector.setReuseAddress(true);
        newServer.addConnector(newConnector);
        newServer.setHandler(new VtnHandler(this, tokens, resources));
        try {
            newServer.start();
        } catch (Exception e) {
            stopQuietly(newServer);
            throw new IOException("VTN simulator cannot listen on " + bindAddress + ":" + port + ": " + e.getMessage(),
                    e);
        }
        server = newServer;
        connector = newConnector;
        this.port = newConnector.getLocalPort();
        logger.info("OpenADR 3 VTN simulator at {}", baseUrl());
    }

    /** The port listened on (0 before {@link #start(int)}). */
    public synchronized int port() {
        return port;
    }

    /** {@code http://127.0.0.1:<port>/openadr3/3.0.1}: the VTN base URL a VEN is configured with. */
    public String baseUrl() {
        String host = "0.0.0.0".equals(bindAddress) ? LOOPBACK : bindAddress;
        return "http://" + host + ":" + port() + BASE_PATH;
    }

    /** The OAuth2 token endpoint: {@code <baseUrl>/auth/token}. */
    public String tokenUrl() {
        return baseUrl() + "/auth/token";
    }

    public String clientId() {
        return tokens.clientId();
    }

    public String clientSecret() {
        return tokens.clientSecret();
    }

    /** Replaces the client credentials (default {@value #DEFAULT_CLIENT_ID} / {@value #DEFAULT_CLIENT_SECRET}). */
    public void credentials(String clientId, String clientSecret) {
        tokens.credentials(clientId, clientSecret);
    }

    /** How long new tokens are valid (default one hour); {@code expires_in} says so in seconds. */
    public void tokenLifetime(Duration lifetime) {
        tokens.lifetime(lifetime);
    }

    /** A bearer token that is accepted without the token endpoint and never expires; null removes it. */
    public void fixedBearerToken(@Nullable String token) {
        tokens.fixedToken(token);
    }

    /** How many tokens the endpoint has issued (a VEN that refreshes its token asks again). */
    public int tokensIssued() {
        return tokens.issuedCount();
    }

    /** Makes every issued token invalid at once, as a VTN that revoked them. */
    public void revokeTokens() {
        tokens.revokeAll();
    }

    public VtnScript script() {
        return script;
    }

    /** The events served now (the script's, with the current fault's changes). */
    public List<Event> events() {
        return resources.servedEvents();
    }

    /** Adds an event, or replaces the one with the same id (a VTN updating an event). */
    public void putEvent(Event event) {
        resources.putEvent(event);
    }

    /** Removes an event (a cancelled event); false when there was none with that id. */
    public boolean removeEvent(String eventId) {
        return resources.removeEvent(eventId);
    }

    /** Copies of the reports received (POST and PUT), in order, each with its {@code id} and dates added. */
    public List<JsonObject> reports() {
        return resources.reports();
    }

    /** The received reports for one event. */
    public List<JsonObject> reportsFor(String eventId) {
        return reports().stream().filter(r -> r.has("eventID") && eventId.equals(r.get("eventID").getAsString()))
                .toList();
    }

    /** Copies of the registered VENs, each with its {@code id}. */
    public List<JsonObject> vens() {
        return resources.vens();
    }

    /** Every request so far as {@code "METHOD /path?query"}, the path below {@link #BASE_PATH} included. */
    public List<String> requests() {
        return List.copyOf(requests);
    }

    public VtnFault fault() {
        return fault;
    }

    /**
     * Switches to {@code value}; {@link VtnFault#NONE} restores normal service. {@link VtnFault#CONNECTION_REFUSED}
     * closes the listener and anything else after it opens it again on the same port.
     */
    public synchronized void fault(VtnFault value) throws IOException {
        VtnFault previous = fault;
        fault = value;
        ServerConnector current = connector;
        if (current == null || previous == value) {
            return;
        }
        try {
            if (value == VtnFault.CONNECTION_REFUSED) {
                current.stop();
            } else if (previous == VtnFault.CONNECTION_REFUSED) {
                current.setPort(port);
                current.start();
            }
        } catch (Exception e) {
            throw new IOException("cannot switch the VTN simulator's listener: " + e.getMessage(), e);
        }
        logger.debug("VTN simulator fault {}", value);
    }

    void logRequest(String request) {
        requests.add(request);
    }

    @Override
    public synchronized void close() {
        Server current = server;
        server = null;
        connector = null;
        if (current != null) {
            stopQuietly(current);
        }
    }

    private void stopQuietly(Server toStop) {
        try {
            toStop.stop();
        } catch (Exception e) {
            logger.debug("VTN simulator did not stop cleanly: {}", e.getMessage());
        }
    }
}
