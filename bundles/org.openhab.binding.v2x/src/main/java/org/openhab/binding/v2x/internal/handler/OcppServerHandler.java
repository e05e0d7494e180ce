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
package org.openhab.binding.v2x.internal.handler;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Future;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;
import org.openhab.binding.v2x.internal.ocpp.OcppSession;
import org.openhab.binding.v2x.internal.ocpp.server.OcppChargePointAccess;
import org.openhab.binding.v2x.internal.ocpp.server.OcppChargePointDirectory;
import org.openhab.binding.v2x.internal.ocpp.server.OcppRejectReason;
import org.openhab.binding.v2x.internal.ocpp.server.OcppServer;
import org.openhab.binding.v2x.internal.ocpp.server.OcppServerListener;
import org.openhab.binding.v2x.internal.ocpp.server.UnknownChargePoints;
import org.openhab.core.thing.Bridge;
import org.openhab.core.thing.ChannelUID;
import org.openhab.core.thing.Thing;
import org.openhab.core.thing.ThingStatus;
import org.openhab.core.thing.ThingStatusDetail;
import org.openhab.core.thing.binding.BaseBridgeHandler;
import org.openhab.core.thing.binding.ThingHandler;
import org.openhab.core.types.Command;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The OCPP central system: runs the WebSocket server that chargers connect to and hands each connection to the
 * charger thing with the same charge point id. Charge points without a thing are refused, logged once and listed in
 * the property {@value #PROPERTY_UNKNOWN_CHARGE_POINTS}.
 *
 * @author openHAB V2X - Initial contribution
 */
@NonNullByDefault
public final class OcppServerHandler extends BaseBridgeHandler implements OcppServerListener, OcppChargePointDirectory {

    public static final String PROPERTY_UNKNOWN_CHARGE_POINTS = "unknownChargePoints";

    private final Logger logger = LoggerFactory.getLogger(OcppServerHandler.class);
    private final Map<String, OcppChargerHandler> chargers = new ConcurrentHashMap<>();
    private final UnknownChargePoints unknownChargePoints;
    private OcppServerConfiguration config = new OcppServerConfiguration();
    private @Nullable OcppServer server;
    private @Nullable Future<?> startJob;
    private volatile boolean active;

    public OcppServerHandler(Bridge bridge) {
        super(bridge);
        unknownChargePoints = new UnknownChargePoints(this::publishUnknownChargePoints);
    }

    @Override
    public void initialize() {
        config = getConfigAs(OcppServerConfiguration.class);
        String problem = OcppServerConfigMapper.check(config);
        if (problem != null) {
            updateStatus(ThingStatus.OFFLINE, ThingStatusDetail.CONFIGURATION_ERROR, problem);
            return;
        }
        updateStatus(ThingStatus.UNKNOWN);
        active = true;
        // binding a port and reading a keystore take time: not on the caller's thread
        startJob = scheduler.submit(this::startServer);
    }

    @Override
    public void dispose() {
        active = false;
        Future<?> job = startJob;
        if (job != null) {
            job.cancel(true);
            startJob = null;
        }
        // children may still be attached when the server alone is disabled: end their discharges first
        chargers.values().forEach(OcppChargerHandler::releaseControl);
        stopServer();
        super.dispose();
    }

    @Override
    public void handleCommand(ChannelUID channelUID, Command command) {
        // the server has no channels
    }

    /** The heartbeat interval (s) chargers are told in the BootNotification answer. */
    public int heartbeatInterval() {
        return Math.max(1, config.heartbeatInterval);
    }

    /** The security profile chargers must use; 0 means no authentication. */
    public int securityProfile() {
        return config.securityProfile;
    }

    @Override
    public void childHandlerInitialized(ThingHandler childHandler, Thing childThing) {
        if (childHandler instanceof OcppChargerHandler charger) {
            attach(charger);
        }
    }

    /**
     * Serves a charger under its charge point id. Chargers call this from their own {@code initialize}, because
     * openHAB re-initializes a handler whose configuration was edited without a new
     * {@code childHandlerInitialized}; calling it twice for the same charger does no harm.
     */
    void attach(OcppChargerHandler charger) {
        String id = charger.chargePointId();
        if (id.isEmpty()) {
            return;
        }
        OcppChargerHandler previous = chargers.put(id, charger);
        if (previous != null && previous != charger) {
            logger.warn("Two charger things use the charge point id {}; {} takes over", id,
                    charger.getThing().getUID());
        }
        unknownChargePoints.remove(id);
        OcppServer current = server;
        OcppSession session = current == null ? null : current.getSession(id);
        if (session != null && session.isOpen()) {
            // the charger stayed connected while its thing was re-initialised
            charger.sessionOpened(session);
        }
    }

    @Override
    public void childHandlerDisposed(ThingHandler childHandler, Thing childThing) {
        if (childHandler instanceof OcppChargerHandler charger) {
            detach(charger);
        }
    }

    /** Stops serving a charger (its thing is disposed, e.g. before it is initialized with a new id). */
    void detach(OcppChargerHandler charger) {
        String id = charger.chargePointId();
        if (chargers.remove(id, charger)) {
            charger.releaseControl();
            OcppServer current = server;
            OcppSession session = current == null ? null : current.getSession(id);
            if (session != null) {
                // nobody controls this charger any more; it reconnects and is refused as unknown
                session.close(OcppSession.CLOSE_GOING_AWAY, "charger removed from openHAB");
            }
        }
    }

    // ---- OcppChargePointDirectory

    @Override
    public @Nullable OcppChargePointAccess lookup(String chargePointId) {
        OcppChargerHandler charger = chargers.get(chargePointId);
        if (charger == null) {
            return null;
        }
        if (config.securityProfile == 0) {
            return OcppChargePointAccess.withoutPassword();
        }
        String password = charger.password();
        // a missing password is refused by the server (authentication is required)
        return password.isEmpty() ? new OcppChargePointAccess(null) : OcppChargePointAccess.withPassword(password);
    }

    // ---- OcppServerListener

    @Override
    public void sessionOpened(OcppSession session) {
        OcppChargerHandler charger = chargers.get(session.getChargePointId());
        if (charger == null) {
            session.close(OcppSession.CLOSE_GOING_AWAY, "charger removed from openHAB");
            return;
        }
        charger.sessionOpened(session);
    }

    @Override
    public void sessionClosed(OcppSession session, int statusCode, String reason) {
        OcppChargerHandler charger = chargers.get(session.getChargePointId());
        if (charger != null) {
            charger.sessionClosed(session);
        }
    }

    @Override
    public void connectionRejected(String chargePointId, OcppRejectReason reason, String remoteAddress) {
        switch (reason) {
            case UNKNOWN_CHARGE_POINT -> unknownChargePoint(chargePointId, remoteAddress);
            case MISSING_CREDENTIALS, WRONG_CREDENTIALS -> {
                OcppChargerHandler charger = chargers.get(chargePointId);
                if (charger != null) {
                    charger.authenticationFailed(remoteAddress);
                }
            }
            default -> logger.debug("Refused an OCPP connection for {} from {}: {}", chargePointId, remoteAddress,
                    reason);
        }
    }

    private void unknownChargePoint(String chargePointId, String remoteAddress) {
        if (unknownChargePoints.add(chargePointId)) {
            logger.info(
                    "Charge point '{}' ({}) tried to connect to {} but no charger thing has this id; add a thing "
                            + "of type ocpp-charger with chargePointId '{}' under this server to accept it",
                    chargePointId, remoteAddress, getThing().getUID(), chargePointId);
        }
    }

    private void publishUnknownChargePoints(@Nullable String list) {
        if (getCallback() != null) {
            updateProperty(PROPERTY_UNKNOWN_CHARGE_POINTS, list);
        }
    }

    // ---- server lifecycle

    private void startServer() {
        OcppServer newServer = new OcppServer(OcppServerConfigMapper.serverConfig(config), this, this, scheduler);
        try {
            newServer.start();
        } catch (Exception e) {
            newServer.stop();
            if (Thread.currentThread().isInterrupted()) {
                return;
            }
            reportStartFailure(e);
            return;
        }
        synchronized (this) {
            if (!active) {
                // disposed while starting
                newServer.stop();
                return;
            }
            server = newServer;
        }
        logger.debug("OCPP server of {} listening on port {}", getThing().getUID(), newServer.getLocalPort());
        updateStatus(ThingStatus.ONLINE);
    }

    private synchronized void stopServer() {
        OcppServer current = server;
        server = null;
        if (current != null) {
            current.stop();
        }
    }

    private void reportStartFailure(Exception e) {
        if (OcppServerConfigMapper.portInUse(e)) {
            logger.debug("Port {} is in use: {}", config.port, String.valueOf(e.getMessage()));
        }
        OcppServerConfigMapper.Problem problem = OcppServerConfigMapper.startFailure(config, e);
        updateStatus(ThingStatus.OFFLINE, problem.detail(), problem.description());
    }
}
