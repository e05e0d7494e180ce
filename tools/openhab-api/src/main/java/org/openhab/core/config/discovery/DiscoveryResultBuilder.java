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

import java.util.HashMap;
import java.util.Map;

import org.eclipse.jdt.annotation.Nullable;
import org.openhab.core.config.discovery.internal.DiscoveryResultImpl;
import org.openhab.core.thing.ThingTypeUID;
import org.openhab.core.thing.ThingUID;

/** Builds {@link DiscoveryResult}s; the thing type defaults to the one in the thing UID. */
public class DiscoveryResultBuilder {

    private final ThingUID thingUID;
    private @Nullable ThingTypeUID thingTypeUID;
    private @Nullable ThingUID bridgeUID;
    private final Map<String, Object> properties = new HashMap<>();
    private @Nullable String representationProperty;
    private @Nullable String label;
    private long ttl = DiscoveryResult.TTL_UNLIMITED;

    private DiscoveryResultBuilder(ThingUID thingUID) {
        this.thingUID = thingUID;
    }

    public static DiscoveryResultBuilder create(ThingUID thingUID) {
        return new DiscoveryResultBuilder(thingUID);
    }

    /** A builder that starts as a copy of the result. */
    public static DiscoveryResultBuilder create(DiscoveryResult result) {
        DiscoveryResultBuilder builder = new DiscoveryResultBuilder(result.getThingUID());
        builder.thingTypeUID = result.getThingTypeUID();
        builder.bridgeUID = result.getBridgeUID();
        builder.properties.putAll(result.getProperties());
        builder.representationProperty = result.getRepresentationProperty();
        builder.label = result.getLabel();
        builder.ttl = result.getTimeToLive();
        return builder;
    }

    public DiscoveryResultBuilder withThingType(@Nullable ThingTypeUID thingTypeUID) {
        this.thingTypeUID = thingTypeUID;
        return this;
    }

    public DiscoveryResultBuilder withProperties(@Nullable Map<String, Object> properties) {
        if (properties != null) {
            this.properties.putAll(properties);
        }
        return this;
    }

    public DiscoveryResultBuilder withProperty(String key, Object value) {
        properties.put(key, value);
        return this;
    }

    public DiscoveryResultBuilder withRepresentationProperty(@Nullable String representationProperty) {
        this.representationProperty = representationProperty;
        return this;
    }

    public DiscoveryResultBuilder withBridge(@Nullable ThingUID bridgeUID) {
        this.bridgeUID = bridgeUID;
        return this;
    }

    public DiscoveryResultBuilder withLabel(@Nullable String label) {
        this.label = label;
        return this;
    }

    /** Seconds the result lives in the inbox; {@link DiscoveryResult#TTL_UNLIMITED} for ever. */
    public DiscoveryResultBuilder withTTL(long ttl) {
        this.ttl = ttl;
        return this;
    }

    public DiscoveryResult build() {
        ThingTypeUID type = thingTypeUID;
        if (type == null) {
            // the second segment of a thing UID is its thing type id
            type = new ThingTypeUID(thingUID.getBindingId(), thingUID.getAsString().split(":")[1]);
        }
        String text = label;
        return new DiscoveryResultImpl(type, thingUID, bridgeUID, properties, representationProperty,
                text == null ? "" : text, ttl);
    }
}
