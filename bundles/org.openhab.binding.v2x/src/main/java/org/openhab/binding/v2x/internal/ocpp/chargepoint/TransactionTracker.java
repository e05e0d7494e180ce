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

import java.time.Clock;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;

/**
 * The transaction running on the controlled EVSE, as the charger's messages tell it, and the ids this central
 * system hands out for OCPP 1.6 StartTransaction. A charging profile for a running transaction must name it.
 *
 * @author openHAB V2X - Initial contribution
 */
@NonNullByDefault
public class TransactionTracker {

    private final TransactionIds ids;
    private volatile @Nullable String transactionId;

    public TransactionTracker(Clock clock) {
        this(new TransactionIds(clock));
    }

    /** @param ids shared by the trackers of all connectors of a charge point */
    public TransactionTracker(TransactionIds ids) {
        this.ids = ids;
    }

    /** The running transaction, or null. */
    public @Nullable String current() {
        return transactionId;
    }

    /** A new id for an OCPP 1.6 StartTransaction, whichever connector it is for. */
    public int nextId() {
        return ids.next();
    }

    /** The controlled EVSE started this transaction (or a 2.x event names it); returns the one before. */
    public @Nullable String set(@Nullable String id) {
        String previous = transactionId;
        transactionId = id;
        return previous;
    }

    /** Takes an id the charger mentions in passing when none is known: it reconnected mid-transaction. */
    public void adoptIfUnknown(String id) {
        if (transactionId == null) {
            transactionId = id;
        }
    }

    /** Forgets the transaction if it is this one; returns whether it was. */
    public boolean endIfCurrent(String id) {
        if (id.equals(transactionId)) {
            transactionId = null;
            return true;
        }
        return false;
    }

    /** An OCPP 1.6 transaction id (an integer), or null if the id is not one. */
    public static @Nullable Integer v16Id(@Nullable String id) {
        if (id == null) {
            return null;
        }
        try {
            return Integer.valueOf(id);
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
