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
package org.openhab.core.config.discovery.internal;

import java.time.Instant;
import java.util.Map;

import org.eclipse.jdt.annotation.Nullable;
import org.openhab.core.config.discovery.DiscoveryResult;
import org.openhab.core.config.discovery.DiscoveryResultFlag;
import org.openhab.core.thing.ThingTypeUID;
import org.openhab.core.thing.ThingUID;

/** An immutable discovery result, created now. */
public final class DiscoveryResultImpl implements DiscoveryResult {

    private final ThingTypeUID thingTypeUID;
    private final ThingUID thingUID;
    private final @Nullable ThingUID bridgeUID;
    private final Map<String, Object> properties;
    private final @Nullable String representationProperty;
    private final String label;
    private final long timeToLive;
    private final Instant creationTime = Instant.now();

    public DiscoveryResultImpl(ThingTypeUID thingTypeUID, ThingUID thingUID, @Nullable ThingUID bridgeUID,
            Map<String, Object> properties, @Nullable String representationProperty, String label, long timeToLive) {
        if (timeToLive < 1 && timeToLive != TTL_UNLIMITED) {
            throw new IllegalArgumentException("The time to live must be positive or TTL_UNLIMITED");
        }
        this.thingTypeUID = thingTypeUID;
        this.thingUID = thingUID;
        this.bridgeUID = bridgeUID;
        this.properties = Map.copyOf(properties);
        this.representationProperty = representationProperty;
        this.label = label;
        this.timeToLive = timeToLive;
    }

    @Override
    public ThingUID getThingUID() {
        return thingUID;
    }

    @Override
    public ThingTypeUID getThingTypeUID() {
        return thingTypeUID;
    }

    @Override
    public String getBindingId() {
        return thingUID.getBindingId();
    }

    @Override
    public Map<String, Object> getProperties() {
        return properties;
    }

    @Override
    public @Nullable String getRepresentationProperty() {
        return representationProperty;
    }

    @Override
    public DiscoveryResultFlag getFlag() {
        return DiscoveryResultFlag.NEW;
    }

    @Override
    public String getLabel() {
        return label;
    }

    @Override
    public @Nullable ThingUID getBridgeUID() {
        return bridgeUID;
    }

    @Override
    public Instant getCreationTime() {
        return creationTime;
    }

    @Override
    public long getTimeToLive() {
        return timeToLive;
    }

    @Override
    public String toString() {
        return "DiscoveryResult[" + thingUID + ", label=" + label + ", properties=" + properties + "]";
    }
}
