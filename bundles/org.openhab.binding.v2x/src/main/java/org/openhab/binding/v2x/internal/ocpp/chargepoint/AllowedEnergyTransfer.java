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
import java.util.Objects;
import java.util.function.Supplier;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;
import org.openhab.binding.v2x.internal.ocpp.Ocpp2Actions;
import org.openhab.binding.v2x.internal.ocpp.OcppSession;
import org.openhab.binding.v2x.internal.ocpp.OcppVersion;
import org.openhab.binding.v2x.internal.ocpp.dto.v2.NotifyAllowedEnergyTransferRequest;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps the energy transfer modes an OCPP 2.1 car may use in line with openHAB's control: while openHAB allows no
 * discharge (mode other than V2X, or discharge not supported), the bidirectional modes (*_BPT*) are taken away with
 * NotifyAllowedEnergyTransfer, and given back when discharging is allowed again. The modes come from the car's
 * NotifyEVChargingNeeds; a car that offers only bidirectional modes keeps them (it can still be held to charging by
 * the profile), since the list must not be empty.
 *
 * @author openHAB V2X contributors - Initial contribution
 */
@NonNullByDefault
public class AllowedEnergyTransfer {
    private final Logger logger = LoggerFactory.getLogger(AllowedEnergyTransfer.class);
    private final Supplier<ChargePointSettings> settings;
    private final Supplier<@Nullable OcppSession> currentSession;
    private final TransactionTracker transactions;

    // guarded by this
    private List<String> available = List.of();
    private @Nullable String availableInTransaction;
    /** What the car may use now: all it offered, until openHAB narrowed it. */
    private List<String> allowed = List.of();

    public AllowedEnergyTransfer(Supplier<ChargePointSettings> settings,
            Supplier<@Nullable OcppSession> currentSession, TransactionTracker transactions) {
        this.settings = settings;
        this.currentSession = currentSession;
        this.transactions = transactions;
    }

    /** The car's offer from NotifyEVChargingNeeds (requested mode first); a new offer starts unrestricted. */
    public synchronized void offered(String requested, @Nullable List<String> availableModes) {
        List<String> modes = availableModes == null || availableModes.isEmpty() ? List.of(requested)
                : List.copyOf(availableModes);
        available = modes;
        allowed = modes;
        availableInTransaction = transactions.current();
    }

    /** Sends NotifyAllowedEnergyTransfer when what openHAB allows differs from what the car may use now. */
    public void update(boolean dischargeAllowed) {
        OcppSession session = currentSession.get();
        String transactionId = transactions.current();
        NotifyAllowedEnergyTransferRequest request;
        synchronized (this) {
            if (session == null || !session.isOpen() || session.getVersion() != OcppVersion.V21
                    || transactionId == null || !transactionId.equals(availableInTransaction) || available.isEmpty()) {
                return;
            }
            List<String> wanted = wanted(available, dischargeAllowed);
            if (wanted.equals(allowed)) {
                return;
            }
            allowed = wanted;
            request = new NotifyAllowedEnergyTransferRequest();
            request.transactionId = transactionId;
            request.allowedEnergyTransfer = wanted;
        }
        logger.debug("Charger {}: allowed energy transfer now {}", settings.get().chargePointId(),
                request.allowedEnergyTransfer);
        session.call(Ocpp2Actions.NOTIFY_ALLOWED_ENERGY_TRANSFER, request).whenComplete((response, error) -> {
            if (error != null || response == null || !"Accepted".equals(response.status)) {
                logger.debug("Charger {} did not accept the allowed energy transfer: {}",
                        settings.get().chargePointId(), error != null ? error.toString()
                                : response == null ? null : Objects.toString(response.status));
            }
        });
    }

    static List<String> wanted(List<String> available, boolean dischargeAllowed) {
        if (dischargeAllowed) {
            return available;
        }
        List<String> unidirectional = available.stream().filter(mode -> !mode.contains("BPT")).toList();
        return unidirectional.isEmpty() ? available : unidirectional;
    }
}
