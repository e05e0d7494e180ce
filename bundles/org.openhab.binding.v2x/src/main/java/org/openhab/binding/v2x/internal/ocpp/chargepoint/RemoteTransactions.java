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

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;
import org.openhab.binding.v2x.internal.ocpp.Ocpp16Actions;
import org.openhab.binding.v2x.internal.ocpp.Ocpp2Actions;
import org.openhab.binding.v2x.internal.ocpp.OcppSession;
import org.openhab.binding.v2x.internal.ocpp.dto.v16.RemoteStartTransactionRequest;
import org.openhab.binding.v2x.internal.ocpp.dto.v16.RemoteStopTransactionRequest;
import org.openhab.binding.v2x.internal.ocpp.dto.v2.IdToken;
import org.openhab.binding.v2x.internal.ocpp.dto.v2.RequestStartTransactionRequest;
import org.openhab.binding.v2x.internal.ocpp.dto.v2.RequestStopTransactionRequest;

/**
 * Asks the charger to start or stop a transaction on the controlled EVSE, in either protocol family.
 *
 * @author openHAB V2X - Initial contribution
 */
@NonNullByDefault
public class RemoteTransactions {

    static final String ID_TAG = "openHAB";

    private final Supplier<ChargePointSettings> settings;
    private final Supplier<@Nullable OcppSession> currentSession;
    private final TransactionTracker transactions;
    private final AtomicInteger nextRemoteStartId = new AtomicInteger(1);

    public RemoteTransactions(Supplier<ChargePointSettings> settings, Supplier<@Nullable OcppSession> currentSession,
            TransactionTracker transactions) {
        this.settings = settings;
        this.currentSession = currentSession;
        this.transactions = transactions;
    }

    /** Asks the charger to start a transaction; completes with whether it accepted. */
    public CompletableFuture<Boolean> start() {
        OcppSession target = currentSession.get();
        if (target == null || !target.isOpen()) {
            return CompletableFuture.completedFuture(false);
        }
        if (target.getVersion().isV2()) {
            IdToken token = new IdToken();
            token.idToken = ID_TAG;
            token.type = "Central";
            RequestStartTransactionRequest request = new RequestStartTransactionRequest();
            request.evseId = settings.get().evseId();
            request.remoteStartId = nextRemoteStartId.getAndIncrement();
            request.idToken = token;
            return target.call(Ocpp2Actions.REQUEST_START_TRANSACTION, request)
                    .handle((r, e) -> r != null && "Accepted".equals(r.status));
        }
        RemoteStartTransactionRequest request = new RemoteStartTransactionRequest();
        request.connectorId = settings.get().evseId();
        request.idTag = ID_TAG;
        return target.call(Ocpp16Actions.REMOTE_START_TRANSACTION, request)
                .handle((r, e) -> r != null && "Accepted".equals(r.status));
    }

    /** Asks the charger to stop the running transaction; completes with whether it accepted. */
    public CompletableFuture<Boolean> stop() {
        OcppSession target = currentSession.get();
        String tx = transactions.current();
        if (target == null || !target.isOpen() || tx == null) {
            return CompletableFuture.completedFuture(false);
        }
        if (target.getVersion().isV2()) {
            RequestStopTransactionRequest request = new RequestStopTransactionRequest();
            request.transactionId = tx;
            return target.call(Ocpp2Actions.REQUEST_STOP_TRANSACTION, request)
                    .handle((r, e) -> r != null && "Accepted".equals(r.status));
        }
        Integer id = TransactionTracker.v16Id(tx);
        if (id == null) {
            return CompletableFuture.completedFuture(false);
        }
        RemoteStopTransactionRequest request = new RemoteStopTransactionRequest();
        request.transactionId = id;
        return target.call(Ocpp16Actions.REMOTE_STOP_TRANSACTION, request)
                .handle((r, e) -> r != null && "Accepted".equals(r.status));
    }
}
