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
package org.openhab.core.thing.binding.builder;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.jdt.annotation.Nullable;
import org.openhab.core.config.core.Configuration;
import org.openhab.core.thing.Channel;
import org.openhab.core.thing.ChannelUID;
import org.openhab.core.thing.Thing;
import org.openhab.core.thing.ThingTypeUID;
import org.openhab.core.thing.ThingUID;
import org.openhab.core.thing.internal.ThingImpl;

/** Builds a {@link Thing}; also used by handlers to change their thing ({@code editThing()}). */
public class ThingBuilder {

    protected final ThingUID thingUID;
    protected final ThingTypeUID thingTypeUID;
    private @Nullable String label;
    private final List<Channel> channels = new ArrayList<>();
    private @Nullable Configuration configuration;
    private @Nullable ThingUID bridgeUID;
    private Map<String, String> properties = new HashMap<>();
    private @Nullable String location;
    private @Nullable String semanticEquipmentTag;

    protected ThingBuilder(ThingTypeUID thingTypeUID, ThingUID thingUID) {
        this.thingTypeUID = thingTypeUID;
        this.thingUID = thingUID;
    }

    public static ThingBuilder create(ThingTypeUID thingTypeUID, String thingId) {
        return new ThingBuilder(thingTypeUID, new ThingUID(thingTypeUID, thingId));
    }

    public static ThingBuilder create(ThingTypeUID thingTypeUID, ThingUID thingUID) {
        return new ThingBuilder(thingTypeUID, thingUID);
    }

    /** A builder that starts as a copy of {@code thing}. */
    public static ThingBuilder create(Thing thing) {
        return create(thing.getThingTypeUID(), thing.getUID()).copyFrom(thing);
    }

    ThingBuilder copyFrom(Thing thing) {
        label = thing.getLabel();
        channels.clear();
        channels.addAll(thing.getChannels());
        configuration = new Configuration(thing.getConfiguration());
        bridgeUID = thing.getBridgeUID();
        properties = new HashMap<>(thing.getProperties());
        location = thing.getLocation();
        semanticEquipmentTag = thing.getSemanticEquipmentTag();
        return this;
    }

    public Thing build() {
        return populate(new ThingImpl(thingTypeUID, thingUID));
    }

    /** Copies the builder's values into a new thing or bridge. */
    <T extends ThingImpl> T populate(T thing) {
        thing.setLabel(label);
        thing.setChannels(channels);
        Configuration config = configuration;
        thing.setConfiguration(config == null ? new Configuration() : config);
        thing.setBridgeUID(bridgeUID);
        thing.setProperties(properties);
        thing.setLocation(location);
        thing.setSemanticEquipmentTag(semanticEquipmentTag);
        return thing;
    }

    public ThingBuilder withLabel(@Nullable String label) {
        this.label = label;
        return this;
    }

    /** Adds a channel; a channel with the same UID must not exist yet. */
    public ThingBuilder withChannel(Channel channel) {
        for (Channel existing : channels) {
            if (existing.getUID().equals(channel.getUID())) {
                throw new IllegalArgumentException("Channel " + channel.getUID() + " already exists");
            }
        }
        channels.add(channel);
        return this;
    }

    public ThingBuilder withChannels(Channel... channels) {
        return withChannels(Arrays.asList(channels));
    }

    /** Replaces all channels; their UIDs must be unique. */
    public ThingBuilder withChannels(List<Channel> channels) {
        List<Channel> previous = new ArrayList<>(this.channels);
        this.channels.clear();
        try {
            for (Channel channel : channels) {
                withChannel(channel);
            }
        } catch (IllegalArgumentException e) {
            this.channels.clear();
            this.channels.addAll(previous);
            throw e;
        }
        return this;
    }

    public ThingBuilder withoutChannel(ChannelUID channelUID) {
        channels.removeIf(channel -> channel.getUID().equals(channelUID));
        return this;
    }

    public ThingBuilder withoutChannels(Channel... channels) {
        return withoutChannels(Arrays.asList(channels));
    }

    public ThingBuilder withoutChannels(List<Channel> channels) {
        for (Channel channel : channels) {
            withoutChannel(channel.getUID());
        }
        return this;
    }

    public ThingBuilder withConfiguration(Configuration configuration) {
        this.configuration = configuration;
        return this;
    }

    public ThingBuilder withBridge(@Nullable ThingUID bridgeUID) {
        this.bridgeUID = bridgeUID;
        return this;
    }

    public ThingBuilder withProperty(String key, String value) {
        properties.put(key, value);
        return this;
    }

    /** Replaces all properties. */
    public ThingBuilder withProperties(Map<String, String> properties) {
        this.properties = new HashMap<>(properties);
        return this;
    }

    public ThingBuilder withLocation(@Nullable String location) {
        this.location = location;
        return this;
    }

    public ThingBuilder withSemanticEquipmentTag(@Nullable String semanticEquipmentTag) {
        this.semanticEquipmentTag = semanticEquipmentTag;
        return this;
    }
}
