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
package org.openhab.v2x.simulator.ocpp;

import java.time.Instant;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;

/**
 * The state of the one EVSE's transaction and charging, shared by the parts that report or act on it. Written on
 * the simulator thread only; volatile where public getters read it from other threads.
 */
@NonNullByDefault
class Transaction {

    private volatile boolean active;
    private volatile @Nullable String id;
    private @Nullable Instant start;
    private String idTag = "";
    private @Nullable Integer remoteStartId;
    private int seqNo;
    private volatile String chargingState = "Idle";
    private String operationMode = "ChargingOnly";

    /** Marks a transaction begun; its id follows (1.6: from the central system) via {@link #id(String)}. */
    void begin(String newIdTag, @Nullable Integer newRemoteStartId, Instant now) {
        active = true;
        start = now;
        idTag = newIdTag;
        remoteStartId = newRemoteStartId;
        seqNo = 0;
        chargingState = "EVConnected";
    }

    void end() {
        active = false;
        id = null;
        start = null;
    }

    boolean isActive() {
        return active;
    }

    @Nullable
    String id() {
        return id;
    }

    void id(@Nullable String newId) {
        id = newId;
    }

    @Nullable
    Instant start() {
        return start;
    }

    String idTag() {
        return idTag;
    }

    @Nullable
    Integer remoteStartId() {
        return remoteStartId;
    }

    /** The seqNo for the next TransactionEvent. */
    int nextSeqNo() {
        return seqNo++;
    }

    /** 2.x chargingState terms: EVConnected, Charging, SuspendedEV, SuspendedEVSE, Idle. */
    String chargingState() {
        return chargingState;
    }

    void chargingState(String state) {
        chargingState = state;
    }

    String operationMode() {
        return operationMode;
    }

    void operationMode(String mode) {
        operationMode = mode;
    }
}
