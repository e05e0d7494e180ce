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

import java.util.Set;
import java.util.TreeSet;
import java.util.function.Consumer;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;

/**
 * The charge points that tried to connect without a configured charger, so the user can see which ids to add.
 * Every change goes to the publisher as a sorted comma-separated list (null when empty), under this object's
 * lock, so the published lists arrive in the order of the changes.
 *
 * @author openHAB V2X - Initial contribution
 */
@NonNullByDefault
public class UnknownChargePoints {

    private final Set<String> ids = new TreeSet<>();
    private final Consumer<@Nullable String> publisher;

    public UnknownChargePoints(Consumer<@Nullable String> publisher) {
        this.publisher = publisher;
    }

    /** Adds a charge point; returns whether it is new, so it is logged only once. */
    public synchronized boolean add(String chargePointId) {
        boolean added = ids.add(chargePointId);
        if (added) {
            publish();
        }
        return added;
    }

    /** A charger with this id was configured: it is no longer unknown. */
    public synchronized void remove(String chargePointId) {
        if (ids.remove(chargePointId)) {
            publish();
        }
    }

    private void publish() {
        publisher.accept(ids.isEmpty() ? null : String.join(",", ids));
    }
}
