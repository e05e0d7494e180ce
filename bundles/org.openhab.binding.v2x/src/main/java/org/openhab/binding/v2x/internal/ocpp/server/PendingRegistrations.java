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

import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.function.Consumer;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.openhab.binding.v2x.internal.ocpp.OcppAction;
import org.openhab.binding.v2x.internal.ocpp.OcppCallHandler;
import org.openhab.binding.v2x.internal.ocpp.OcppErrorCode;
import org.openhab.binding.v2x.internal.ocpp.OcppProtocolException;
import org.openhab.binding.v2x.internal.ocpp.OcppSession;
import org.openhab.binding.v2x.internal.ocpp.chargepoint.DeviceInfo;
import org.openhab.binding.v2x.internal.ocpp.dto.v16.BootNotificationRequest;
import org.openhab.binding.v2x.internal.ocpp.dto.v2.BootNotificationResponse;

/**
 * Connections of charge points that have no charger yet, held in OCPP's registration status {@code Pending}: the
 * central system learns who they are without letting them do anything. A BootNotification is answered with
 * {@code Pending} and the interval after which the charge point boots again (OCPP 1.6 section 4.2, OCPP 2.x use
 * case B02), which keeps its offer fresh; every other request is refused with {@code SecurityError}. Only a few
 * connections are held at a time, so unknown devices cannot exhaust the server. When the charge point gets a
 * charger, {@link #release} closes its connection and it reconnects as a known charger.
 * <p>
 * Only for security profile 0: without credentials the server cannot tell charge points apart anyway; under
 * profiles 1 and 2 an unknown charge point cannot authenticate and is refused before the WebSocket opens.
 *
 * @author openHAB V2X - Initial contribution
 */
@NonNullByDefault
public class PendingRegistrations {

    private final int maxPending;
    private final int retryIntervalSeconds;
    private final Clock clock;
    private final Consumer<UnregisteredChargePoint> knocks;
    // guarded by itself; oldest first
    private final Map<String, OcppSession> sessions = new LinkedHashMap<>();

    /**
     * @param maxPending connections held at most at a time
     * @param retryIntervalSeconds the interval sent with {@code Pending}
     * @param knocks told about every new connection and every BootNotification
     */
    public PendingRegistrations(int maxPending, int retryIntervalSeconds, Clock clock,
            Consumer<UnregisteredChargePoint> knocks) {
        this.maxPending = maxPending;
        this.retryIntervalSeconds = retryIntervalSeconds;
        this.clock = clock;
        this.knocks = knocks;
    }

    /** Whether a connection of this charge point would be admitted (it replaces its own older one). */
    public boolean hasRoomFor(String chargePointId) {
        synchronized (sessions) {
            return sessions.containsKey(chargePointId) || sessions.size() < maxPending;
        }
    }

    /** Holds the session as pending; false (nothing changed) when there is no room for it. */
    public boolean admit(OcppSession session) {
        String id = session.getChargePointId();
        synchronized (sessions) {
            if (!sessions.containsKey(id) && sessions.size() >= maxPending) {
                return false;
            }
            sessions.put(id, session);
        }
        session.setCallHandler(new PendingCallHandler());
        knocks.accept(new UnregisteredChargePoint(id, session.getVersion(), null));
        return true;
    }

    /** The connection is gone. */
    public void closed(OcppSession session) {
        synchronized (sessions) {
            sessions.remove(session.getChargePointId(), session);
        }
    }

    /** The charge point got a charger: closes its pending connection so it reconnects. Returns whether it had one. */
    public boolean release(String chargePointId) {
        OcppSession session;
        synchronized (sessions) {
            session = sessions.remove(chargePointId);
        }
        if (session == null) {
            return false;
        }
        session.close(OcppSession.CLOSE_GOING_AWAY, "registered, reconnect");
        return true;
    }

    public boolean isPending(String chargePointId) {
        synchronized (sessions) {
            return sessions.containsKey(chargePointId);
        }
    }

    /** Forgets every pending connection (the server closes them when it stops). */
    public void clear() {
        synchronized (sessions) {
            sessions.clear();
        }
    }

    private final class PendingCallHandler implements OcppCallHandler {
        @Override
        public CompletionStage<?> handleCall(OcppSession session, OcppAction<?, ?> action, Object request) {
            if (request instanceof BootNotificationRequest boot) {
                knocks.accept(new UnregisteredChargePoint(session.getChargePointId(), session.getVersion(),
                        new DeviceInfo(boot.chargePointVendor, boot.chargePointModel,
                                boot.chargePointSerialNumber != null ? boot.chargePointSerialNumber
                                        : boot.chargeBoxSerialNumber,
                                boot.firmwareVersion)));
                var response = new org.openhab.binding.v2x.internal.ocpp.dto.v16.BootNotificationResponse();
                response.status = "Pending";
                response.currentTime = now();
                response.interval = retryIntervalSeconds;
                return CompletableFuture.completedFuture(response);
            }
            if (request instanceof org.openhab.binding.v2x.internal.ocpp.dto.v2.BootNotificationRequest boot) {
                var station = boot.chargingStation;
                knocks.accept(new UnregisteredChargePoint(session.getChargePointId(), session.getVersion(),
                        new DeviceInfo(station.vendorName, station.model, station.serialNumber,
                                station.firmwareVersion)));
                BootNotificationResponse response = new BootNotificationResponse();
                response.status = "Pending";
                response.currentTime = now();
                response.interval = retryIntervalSeconds;
                return CompletableFuture.completedFuture(response);
            }
            // OCPP: while the registration is pending, the central system refuses everything but the boot
            return CompletableFuture.failedFuture(new OcppProtocolException(OcppErrorCode.SECURITY_ERROR,
                    action.name() + " refused: the charge point is not registered (BootNotification pending)"));
        }

        private String now() {
            return clock.instant().truncatedTo(ChronoUnit.SECONDS).toString();
        }
    }
}
