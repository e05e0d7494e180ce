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
package org.openhab.automation.v2x.internal.handler;

import java.time.Instant;
import java.util.List;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.openhab.core.types.State;

/**
 * Persisted states of an item, past or future (forecasts and published prices are persisted with future times).
 *
 * @author openHAB V2X contributors - Initial contribution
 */
@NonNullByDefault
public interface ItemHistory {

    /** One persisted state. */
    record Sample(Instant time, State state) {
    }

    /** No persistence: every query is empty, so the planner uses its fallbacks. */
    ItemHistory NONE = (item, from, to) -> List.of();

    /**
     * The states persisted for {@code itemName} with a time within {@code from..to}, oldest first; empty when there
     * is no queryable persistence service or it fails.
     */
    List<Sample> between(String itemName, Instant from, Instant to);
}
