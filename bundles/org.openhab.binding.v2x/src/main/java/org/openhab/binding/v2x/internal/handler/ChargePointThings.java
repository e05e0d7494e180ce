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

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;
import org.openhab.binding.v2x.internal.ocpp.OcppSession;
import org.openhab.binding.v2x.internal.ocpp.chargepoint.EvseCallRouter;

/**
 * The charger things of one charge point, one per EVSE (connector), and the router that shares the charge point's
 * session among them.
 *
 * @author openHAB V2X - Initial contribution
 */
@NonNullByDefault
final class ChargePointThings {

    // guarded by this
    private final Map<Integer, OcppChargerHandler> byEvse = new TreeMap<>();
    private @Nullable OcppSession routedSession;
    private EvseCallRouter router = new EvseCallRouter();

    /** Adds the thing of an EVSE; returns the other thing that already has this EVSE, else null. */
    synchronized @Nullable OcppChargerHandler add(OcppChargerHandler charger) {
        OcppChargerHandler holder = byEvse.get(charger.evseId());
        if (holder != null && holder != charger) {
            return holder;
        }
        byEvse.put(charger.evseId(), charger);
        return null;
    }

    /** Removes a thing wherever it is; returns whether it was here. */
    synchronized boolean remove(OcppChargerHandler charger) {
        boolean removed = byEvse.entrySet().removeIf(entry -> {
            if (entry.getValue() != charger) {
                return false;
            }
            router.detach(entry.getKey());
            return true;
        });
        return removed;
    }

    /** Whether the thing is here under the EVSE id it has now. */
    synchronized boolean contains(OcppChargerHandler charger) {
        return byEvse.get(charger.evseId()) == charger;
    }

    /** Whether the thing is here under any EVSE id (its configuration may have changed since). */
    synchronized boolean holds(OcppChargerHandler charger) {
        return byEvse.containsValue(charger);
    }

    synchronized boolean isEmpty() {
        return byEvse.isEmpty();
    }

    /** The things, by EVSE id. */
    synchronized List<OcppChargerHandler> chargers() {
        return List.copyOf(byEvse.values());
    }

    /** The thing of the lowest EVSE id: its password is the charge point's. */
    synchronized @Nullable OcppChargerHandler first() {
        return byEvse.isEmpty() ? null : byEvse.values().iterator().next();
    }

    /**
     * Routes the session's messages about the charger's EVSE to it; the first charger routed on a new session makes
     * the router the session's call handler.
     */
    synchronized void route(OcppChargerHandler charger, OcppSession session) {
        if (routedSession != session) {
            router = new EvseCallRouter();
            routedSession = session;
            session.setCallHandler(router);
        }
        router.attach(charger.evseId(), charger.callHandler(session.getVersion()), charger::transactionId);
    }
}
