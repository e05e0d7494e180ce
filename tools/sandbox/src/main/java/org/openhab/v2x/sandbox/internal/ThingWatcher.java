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
package org.openhab.v2x.sandbox.internal;

import java.io.PrintStream;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.openhab.core.thing.ThingStatus;
import org.openhab.core.thing.ThingStatusInfo;
import org.openhab.core.thing.ThingUID;
import org.openhab.v2x.host.HostListener;

/**
 * Follows the things' status for the progress output and the exit code: which things reached ONLINE at least once.
 *
 * @author openHAB V2X - Initial contribution
 */
@NonNullByDefault
final class ThingWatcher implements HostListener {

    private final PrintStream out;
    private final Supplier<String> timestamp;
    private final java.util.function.UnaryOperator<@org.eclipse.jdt.annotation.Nullable String> texts;
    private final Map<String, ThingStatusInfo> statuses = new ConcurrentHashMap<>();
    private final Set<String> wentOnline = ConcurrentHashMap.newKeySet();
    private volatile boolean quiet;

    ThingWatcher(PrintStream out, Supplier<String> timestamp,
            java.util.function.UnaryOperator<@org.eclipse.jdt.annotation.Nullable String> texts) {
        this.out = out;
        this.timestamp = timestamp;
        this.texts = texts;
    }

    @Override
    public void thingStatusChanged(ThingUID thing, ThingStatusInfo status) {
        String uid = thing.getAsString();
        statuses.put(uid, status);
        if (status.getStatus() == ThingStatus.ONLINE) {
            wentOnline.add(uid);
        }
        String description = texts.apply(status.getDescription());
        if (quiet) {
            return;
        }
        out.println(timestamp.get() + " thing " + uid + " " + status.getStatus()
                + (description == null || description.isBlank() ? "" : " (" + description + ")"));
    }

    @Override
    public void ruleFailed(String ruleUid, String message) {
        out.println(timestamp.get() + " rule " + ruleUid + " failed: " + message);
    }

    /** Stops printing (the run is over; shutting down takes every thing offline). */
    void quiet() {
        quiet = true;
    }

    boolean wentOnline(String uid) {
        return wentOnline.contains(uid);
    }

    ThingStatus status(String uid) {
        ThingStatusInfo info = statuses.get(uid);
        return info == null ? ThingStatus.UNINITIALIZED : info.getStatus();
    }
}
