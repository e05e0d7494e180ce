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
package org.openhab.binding.v2x.internal.ocpp.chargepoint;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.function.Supplier;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;
import org.openhab.binding.v2x.internal.ocpp.OcppAction;
import org.openhab.binding.v2x.internal.ocpp.OcppCallHandler;
import org.openhab.binding.v2x.internal.ocpp.OcppErrorCode;
import org.openhab.binding.v2x.internal.ocpp.OcppProtocolException;
import org.openhab.binding.v2x.internal.ocpp.OcppSession;
import org.openhab.binding.v2x.internal.ocpp.dto.v2.Evse;
import org.openhab.binding.v2x.internal.ocpp.dto.v2.TransactionInfo;

/**
 * Shares one charge point session among the things of its EVSEs (OCPP 2.x) or connectors (1.6): a message about one
 * EVSE goes to that EVSE's handler only, a message about the whole station (BootNotification, Heartbeat, reports,
 * connector 0) goes to every handler, and the first handler's answer is sent. A message about an EVSE no thing
 * controls is answered by the first handler, which ignores its content, so the charger still gets a valid answer.
 *
 * @author openHAB V2X - Initial contribution
 */
@NonNullByDefault
public final class EvseCallRouter implements OcppCallHandler {

    private record Route(OcppCallHandler handler, Supplier<@Nullable String> transactionId) {
    }

    private final Map<Integer, Route> routes = new ConcurrentSkipListMap<>();

    /** Calls about this EVSE go to this handler; {@code transactionId} tells the transaction running on it. */
    public void attach(int evseId, OcppCallHandler handler, Supplier<@Nullable String> transactionId) {
        routes.put(evseId, new Route(handler, transactionId));
    }

    public void detach(int evseId) {
        routes.remove(evseId);
    }

    @Override
    public CompletionStage<?> handleCall(OcppSession session, OcppAction<?, ?> action, Object request) {
        List<Route> all = List.copyOf(routes.values());
        if (all.isEmpty()) {
            return CompletableFuture.failedFuture(
                    new OcppProtocolException(OcppErrorCode.INTERNAL_ERROR, "no thing controls this charger now"));
        }
        Target target = targetOf(request);
        if (target.stationWide()) {
            CompletionStage<?> answer = all.get(0).handler().handleCall(session, action, request);
            for (Route other : all.subList(1, all.size())) {
                other.handler().handleCall(session, action, request);
            }
            return answer;
        }
        Route route = target.evseId() != null ? routes.get(target.evseId()) : byTransaction(all, target.transactionId());
        return (route != null ? route : all.get(0)).handler().handleCall(session, action, request);
    }

    private static @Nullable Route byTransaction(List<Route> routes, @Nullable String transactionId) {
        if (transactionId == null) {
            return null;
        }
        return routes.stream().filter(r -> transactionId.equals(r.transactionId().get())).findFirst().orElse(null);
    }

    /** Whom a request concerns: an EVSE, a transaction, or the whole station. */
    private record Target(@Nullable Integer evseId, @Nullable String transactionId) {
        static final Target STATION = new Target(null, null);

        boolean stationWide() {
            return evseId == null && transactionId == null;
        }
    }

    private static Target targetOf(Object request) {
        // OCPP 2.0.1 and 2.1
        if (request instanceof org.openhab.binding.v2x.internal.ocpp.dto.v2.StatusNotificationRequest r) {
            return evse(r.evseId);
        }
        if (request instanceof org.openhab.binding.v2x.internal.ocpp.dto.v2.MeterValuesRequest r) {
            return evse(r.evseId);
        }
        if (request instanceof org.openhab.binding.v2x.internal.ocpp.dto.v2.NotifyEVChargingNeedsRequest r) {
            return evse(r.evseId);
        }
        if (request instanceof org.openhab.binding.v2x.internal.ocpp.dto.v2.TransactionEventRequest r) {
            Evse evse = r.evse;
            if (evse != null && evse.id != null) {
                return new Target(evse.id, null);
            }
            // only the first event of a transaction has to name the EVSE
            TransactionInfo info = r.transactionInfo;
            return new Target(null, info == null ? null : Objects.toString(info.transactionId, null));
        }
        // OCPP 1.6
        if (request instanceof org.openhab.binding.v2x.internal.ocpp.dto.v16.StatusNotificationRequest r) {
            return evse(r.connectorId);
        }
        if (request instanceof org.openhab.binding.v2x.internal.ocpp.dto.v16.MeterValuesRequest r) {
            return evse(r.connectorId);
        }
        if (request instanceof org.openhab.binding.v2x.internal.ocpp.dto.v16.StartTransactionRequest r) {
            return evse(r.connectorId);
        }
        if (request instanceof org.openhab.binding.v2x.internal.ocpp.dto.v16.StopTransactionRequest r
                && r.transactionId != null) {
            return new Target(null, r.transactionId.toString());
        }
        return Target.STATION;
    }

    /** EVSE (connector) 0 is the station itself. */
    private static Target evse(@Nullable Integer id) {
        return id == null || id == 0 ? Target.STATION : new Target(id, null);
    }
}
