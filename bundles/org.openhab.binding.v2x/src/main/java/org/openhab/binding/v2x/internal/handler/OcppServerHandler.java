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

import java.time.Clock;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Future;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;
import org.openhab.binding.v2x.internal.discovery.OcppChargePointDiscoveryService;
import org.openhab.binding.v2x.internal.ocpp.OcppSession;
import org.openhab.binding.v2x.internal.ocpp.server.OcppChargePointAccess;
import org.openhab.binding.v2x.internal.ocpp.server.OcppChargePointDirectory;
import org.openhab.binding.v2x.internal.ocpp.server.OcppRejectReason;
import org.openhab.binding.v2x.internal.ocpp.server.OcppServer;
import org.openhab.binding.v2x.internal.ocpp.server.OcppServerListener;
import org.openhab.binding.v2x.internal.ocpp.server.PendingRegistrations;
import org.openhab.binding.v2x.internal.ocpp.server.UnknownChargePoints;
import org.openhab.binding.v2x.internal.ocpp.server.UnregisteredChargePoint;
import org.openhab.binding.v2x.internal.ocpp.server.UnregisteredChargePointListener;
import org.openhab.core.thing.Bridge;
import org.openhab.core.thing.ChannelUID;
import org.openhab.core.thing.Thing;
import org.openhab.core.thing.ThingStatus;
import org.openhab.core.thing.ThingStatusDetail;
import org.openhab.core.thing.binding.BaseBridgeHandler;
import org.openhab.core.thing.binding.ThingHandler;
import org.openhab.core.thing.binding.ThingHandlerService;
import org.openhab.core.types.Command;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The OCPP central system: runs the WebSocket server that chargers connect to and hands each connection to the
 * charger things with the same charge point id, one per EVSE (connector), which share the connection. Charge points
 * without a thing are logged once, listed in the property {@value #PROPERTY_UNKNOWN_CHARGE_POINTS} and offered in the
 * inbox ({@link OcppChargePointDiscoveryService}). Under security profile 0 their connection is held in registration
 * status Pending ({@link PendingRegistrations}), so their BootNotification tells vendor and model; under profiles 1
 * and 2 they are refused before the WebSocket opens.
 *
 * @author openHAB V2X - Initial contribution
 */
@NonNullByDefault
public final class OcppServerHandler extends BaseBridgeHandler implements OcppServerListener, OcppChargePointDirectory {

    public static final String PROPERTY_UNKNOWN_CHARGE_POINTS = "unknownChargePoints";
    /** The interval a pending charge point waits before it boots again. */
    static final int PENDING_BOOT_INTERVAL_SECONDS = 60;
    private static final int MAX_PENDING_CONNECTIONS = 8;

    private final Logger logger = LoggerFactory.getLogger(OcppServerHandler.class);
    /** The charger things by charge point id; changed only under {@link #registry}. */
    private final Map<String, ChargePointThings> chargePoints = new ConcurrentHashMap<>();
    private final Object registry = new Object();
    private final UnknownChargePoints unknownChargePoints;
    private final PendingRegistrations pendingRegistrations;
    private volatile @Nullable UnregisteredChargePointListener unregisteredListener;
    private OcppServerConfiguration config = new OcppServerConfiguration();
    private @Nullable OcppServer server;
    private @Nullable Future<?> startJob;
    private volatile boolean active;

    public OcppServerHandler(Bridge bridge) {
        super(bridge);
        unknownChargePoints = new UnknownChargePoints(this::publishUnknownChargePoints);
        pendingRegistrations = new PendingRegistrations(MAX_PENDING_CONNECTIONS, PENDING_BOOT_INTERVAL_SECONDS,
                Clock.systemUTC(), this::notifyKnock);
    }

    @Override
    public Collection<Class<? extends ThingHandlerService>> getServices() {
        return Set.of(OcppChargePointDiscoveryService.class);
    }

    /** The inbox side: told about charge points without a charger; null to stop. */
    public void setUnregisteredChargePointListener(@Nullable UnregisteredChargePointListener listener) {
        unregisteredListener = listener;
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
        allChargers().forEach(OcppChargerHandler::releaseControl);
        pendingRegistrations.clear();
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
            String holder = accept(charger);
            if (holder != null) {
                charger.duplicateOf(holder);
            }
        }
    }

    /**
     * Takes a charger thing for its (charge point id, EVSE id), and hands it the charge point's session if one is
     * open. Called when the thing is initialised, also after a configuration change, so it is idempotent and moves a
     * thing whose ids changed. Returns the UID of another thing that already has these ids (then this one is not
     * taken), else null.
     */
    @Nullable
    String accept(OcppChargerHandler charger) {
        String id = charger.chargePointId();
        if (id.isEmpty()) {
            return null;
        }
        ChargePointThings things;
        synchronized (registry) {
            things = chargePoints.get(id);
            if (things != null && things.contains(charger)) {
                return null;
            }
            release(charger);
            things = chargePoints.computeIfAbsent(id, k -> new ChargePointThings());
            OcppChargerHandler holder = things.add(charger);
            if (holder != null) {
                logger.debug("Charge point {} EVSE {} already has the thing {}; {} is refused", id,
                        charger.evseId(), holder.getThing().getUID(), charger.getThing().getUID());
                return holder.getThing().getUID().toString();
            }
        }
        unknownChargePoints.remove(id);
        UnregisteredChargePointListener listener = unregisteredListener;
        if (listener != null) {
            listener.registered(id);
        }
        // a charger held as pending reconnects now and is served; its pending session must not reach the handler
        if (pendingRegistrations.release(id)) {
            return null;
        }
        OcppServer current = server;
        OcppSession session = current == null ? null : current.getSession(id);
        if (session != null && session.isOpen()) {
            // the charger is connected already: its other EVSEs have things, or this thing was re-initialised
            things.route(charger, session);
            charger.sessionOpened(session);
        }
        return null;
    }

    @Override
    public void childHandlerDisposed(ThingHandler childHandler, Thing childThing) {
        if (childHandler instanceof OcppChargerHandler charger) {
            detach(charger);
        }
    }

    /**
     * Stops serving a charger thing. Chargers call this from their own {@code dispose}, because openHAB disposes and
     * re-initializes a handler whose configuration was edited without telling the bridge; a second call does nothing.
     */
    void detach(OcppChargerHandler charger) {
        if (chargePoints.values().stream().anyMatch(things -> things.holds(charger))) {
            // the discharge ends while the session is still open
            charger.releaseControl();
            release(charger);
        }
    }

    /**
     * Lets go of a charger thing wherever it is registered; a charge point left without things is disconnected (it
     * reconnects and is refused as unknown). Returns whether the thing was registered.
     */
    private boolean release(OcppChargerHandler charger) {
        boolean released = false;
        synchronized (registry) {
            for (Map.Entry<String, ChargePointThings> entry : List.copyOf(chargePoints.entrySet())) {
                if (!entry.getValue().remove(charger)) {
                    continue;
                }
                released = true;
                if (entry.getValue().isEmpty()) {
                    chargePoints.remove(entry.getKey());
                    OcppServer current = server;
                    OcppSession session = current == null ? null : current.getSession(entry.getKey());
                    if (session != null) {
                        session.close(OcppSession.CLOSE_GOING_AWAY, "charger removed from openHAB");
                    }
                }
            }
        }
        return released;
    }

    private List<OcppChargerHandler> chargersOf(String chargePointId) {
        ChargePointThings things = chargePoints.get(chargePointId);
        return things == null ? List.of() : things.chargers();
    }

    private List<OcppChargerHandler> allChargers() {
        return chargePoints.values().stream().flatMap(things -> things.chargers().stream()).toList();
    }

    // ---- OcppChargePointDirectory

    @Override
    public @Nullable OcppChargePointAccess lookup(String chargePointId) {
        ChargePointThings things = chargePoints.get(chargePointId);
        OcppChargerHandler charger = things == null ? null : things.first();
        if (charger == null) {
            // without authentication an unknown charge point may connect, to be held as pending
            boolean admit = config.securityProfile == 0 && pendingRegistrations.hasRoomFor(chargePointId);
            return admit ? OcppChargePointAccess.withoutPassword() : null;
        }
        if (config.securityProfile == 0) {
            return OcppChargePointAccess.withoutPassword();
        }
        // the things of a charge point's EVSEs share its password; the first EVSE's thing holds it
        String password = charger.password();
        // a missing password is refused by the server (authentication is required)
        return password.isEmpty() ? new OcppChargePointAccess(null) : OcppChargePointAccess.withPassword(password);
    }

    // ---- OcppServerListener

    @Override
    public void sessionOpened(OcppSession session) {
        ChargePointThings things = chargePoints.get(session.getChargePointId());
        List<OcppChargerHandler> chargers = things == null ? List.of() : things.chargers();
        if (things == null || chargers.isEmpty()) {
            if (config.securityProfile == 0 && pendingRegistrations.admit(session)) {
                unknownChargePoint(session.getChargePointId(), session.getRemoteAddress());
                return;
            }
            session.close(OcppSession.CLOSE_GOING_AWAY, "charger removed from openHAB");
            return;
        }
        // every EVSE routed before any message is read
        chargers.forEach(charger -> things.route(charger, session));
        chargers.forEach(charger -> charger.sessionOpened(session));
    }

    @Override
    public void sessionClosed(OcppSession session, int statusCode, String reason) {
        List<OcppChargerHandler> chargers = chargersOf(session.getChargePointId());
        if (chargers.isEmpty()) {
            pendingRegistrations.closed(session);
        } else {
            chargers.forEach(charger -> charger.sessionClosed(session));
        }
    }

    @Override
    public void connectionRejected(String chargePointId, OcppRejectReason reason, String remoteAddress) {
        switch (reason) {
            case UNKNOWN_CHARGE_POINT -> unknownChargePoint(chargePointId, remoteAddress);
            case MISSING_CREDENTIALS, WRONG_CREDENTIALS, WRONG_CERTIFICATE -> {
                chargersOf(chargePointId).forEach(charger -> charger.authenticationFailed(remoteAddress));
            }
            default -> logger.debug("Refused an OCPP connection for {} from {}: {}", chargePointId, remoteAddress,
                    reason);
        }
    }

    private void unknownChargePoint(String chargePointId, String remoteAddress) {
        if (!pendingRegistrations.isPending(chargePointId)) {
            // refused before the WebSocket opened: all that is known is the id
            notifyKnock(UnregisteredChargePoint.idOnly(chargePointId));
        }
        if (unknownChargePoints.add(chargePointId)) {
            logger.info(
                    "Charge point '{}' ({}) tried to connect to {} but no charger thing has this id; approve it in the inbox or add a thing "
                            + "of type ocpp-charger with chargePointId '{}' under this server to accept it",
                    chargePointId, remoteAddress, getThing().getUID(), chargePointId);
        }
    }

    private void notifyKnock(UnregisteredChargePoint chargePoint) {
        UnregisteredChargePointListener listener = unregisteredListener;
        if (listener != null) {
            listener.knocked(chargePoint);
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
