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
package org.openhab.core.config.discovery;

import java.time.Instant;
import java.util.Collection;

import org.eclipse.jdt.annotation.Nullable;
import org.openhab.core.thing.ThingTypeUID;
import org.openhab.core.thing.ThingUID;

/** Receives what {@link DiscoveryService}s find and retract; openHAB's inbox is one. */
public interface DiscoveryListener {

    void thingDiscovered(DiscoveryService source, DiscoveryResult result);

    void thingRemoved(DiscoveryService source, ThingUID thingUID);

    /**
     * Drops the results of the source that were created before the timestamp, limited to the thing types and (if
     * given) the bridge; returns the UIDs dropped.
     */
    @Nullable
    Collection<ThingUID> removeOlderResults(DiscoveryService source, Instant timestamp,
            @Nullable Collection<ThingTypeUID> thingTypeUIDs, @Nullable ThingUID bridgeUID);
}
