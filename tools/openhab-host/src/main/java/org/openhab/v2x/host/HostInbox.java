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
package org.openhab.v2x.host;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;
import org.openhab.core.config.discovery.DiscoveryListener;
import org.openhab.core.config.discovery.DiscoveryResult;
import org.openhab.core.config.discovery.DiscoveryService;
import org.openhab.core.thing.Thing;
import org.openhab.core.thing.ThingTypeUID;
import org.openhab.core.thing.ThingUID;
import org.openhab.v2x.host.HostDefinition.ThingDefinition;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The host's inbox, after openHAB's: collects the results of discovery services, one per thing UID (a newer result
 * replaces the older one), and turns an approved result into a thing. Results are left out when a thing has their
 * UID or already carries their representation property value (openHAB marks those ignored), when a thing with
 * their UID is created, and once their time to live has passed.
 *
 * @author openHAB V2X - Initial contribution
 */
@NonNullByDefault
public final class HostInbox implements DiscoveryListener {

    private record Entry(DiscoveryResult result, DiscoveryService source) {
    }

    private final Logger logger = LoggerFactory.getLogger(HostInbox.class);
    private final Clock clock;
    private final Supplier<List<Thing>> things;
    private final Function<String, Set<String>> configParameters;
    private final Consumer<ThingDefinition> thingCreator;
    // guarded by this
    private final Map<ThingUID, Entry> entries = new LinkedHashMap<>();

    /**
     * @param things the things that exist
     * @param configParameters the configuration parameter names of a thing type UID
     * @param thingCreator creates a thing as a {@code .things} file would
     */
    public HostInbox(Clock clock, Supplier<List<Thing>> things, Function<String, Set<String>> configParameters,
            Consumer<ThingDefinition> thingCreator) {
        this.clock = clock;
        this.things = things;
        this.configParameters = configParameters;
        this.thingCreator = thingCreator;
    }

    /** The results waiting for the user, oldest first. */
    public synchronized List<DiscoveryResult> results() {
        removeExpired();
        return entries.values().stream().map(Entry::result).toList();
    }

    public synchronized @Nullable DiscoveryResult get(ThingUID thingUID) {
        removeExpired();
        Entry entry = entries.get(thingUID);
        return entry == null ? null : entry.result();
    }

    /**
     * Creates the thing of a result as openHAB's inbox does: its thing type and bridge, the result's properties
     * that are configuration parameters of the thing type as configuration and the others as properties, and the
     * given label (or the result's). The result leaves the inbox.
     *
     * @return the created thing, or null if the host has no handler factory for its type yet (it waits for one)
     * @throws IllegalArgumentException if the inbox has no result with this UID
     */
    public @Nullable Thing approve(ThingUID thingUID, @Nullable String label) {
        DiscoveryResult result;
        synchronized (this) {
            removeExpired();
            Entry entry = entries.remove(thingUID);
            if (entry == null) {
                throw new IllegalArgumentException("No result with UID " + thingUID + " in the inbox");
            }
            result = entry.result();
        }
        Set<String> parameters = configParameters.apply(result.getThingTypeUID().getAsString());
        ThingDefinition definition = new ThingDefinition();
        definition.uid = thingUID.getAsString();
        ThingUID bridge = result.getBridgeUID();
        definition.bridge = bridge == null ? null : bridge.getAsString();
        definition.label = label != null && !label.isBlank() ? label : result.getLabel();
        result.getProperties().forEach((name, value) -> {
            if (parameters.contains(name)) {
                definition.config.put(name, value);
            } else {
                definition.properties.put(name, String.valueOf(value));
            }
        });
        logger.debug("Approving {} as '{}'", thingUID, definition.label);
        thingCreator.accept(definition);
        return things.get().stream().filter(t -> t.getUID().equals(thingUID)).findFirst().orElse(null);
    }

    /** Drops the results whose time to live has passed; returns how many. */
    public synchronized int removeExpired() {
        Instant now = clock.instant();
        List<ThingUID> expired = new ArrayList<>();
        entries.forEach((uid, entry) -> {
            long ttl = entry.result().getTimeToLive();
            if (ttl != DiscoveryResult.TTL_UNLIMITED
                    && entry.result().getCreationTime().plusSeconds(ttl).isBefore(now)) {
                expired.add(uid);
            }
        });
        expired.forEach(entries::remove);
        return expired.size();
    }

    /** A thing was created: a result for it is no longer needed. */
    public synchronized void thingAdded(Thing thing) {
        entries.values().removeIf(entry -> describes(thing, entry.result()));
    }

    // ---- DiscoveryListener

    @Override
    public void thingDiscovered(DiscoveryService source, DiscoveryResult result) {
        for (Thing thing : things.get()) {
            if (describes(thing, result)) {
                logger.debug("Discovery result {} ignored: thing {} exists", result.getThingUID(), thing.getUID());
                return;
            }
        }
        synchronized (this) {
            entries.put(result.getThingUID(), new Entry(result, source));
        }
    }

    @Override
    public synchronized void thingRemoved(DiscoveryService source, ThingUID thingUID) {
        entries.remove(thingUID);
    }

    @Override
    public synchronized @Nullable Collection<ThingUID> removeOlderResults(DiscoveryService source, Instant timestamp,
            @Nullable Collection<ThingTypeUID> thingTypeUIDs, @Nullable ThingUID bridgeUID) {
        List<ThingUID> removed = new ArrayList<>();
        entries.forEach((uid, entry) -> {
            DiscoveryResult result = entry.result();
            if (entry.source() == source && result.getCreationTime().isBefore(timestamp)
                    && (thingTypeUIDs == null || thingTypeUIDs.contains(result.getThingTypeUID()))
                    && (bridgeUID == null || bridgeUID.equals(result.getBridgeUID()))) {
                removed.add(uid);
            }
        });
        removed.forEach(entries::remove);
        return removed;
    }

    /** Whether the thing is the one the result describes: same UID, or same type and representation value. */
    private static boolean describes(Thing thing, DiscoveryResult result) {
        if (thing.getUID().equals(result.getThingUID())) {
            return true;
        }
        String property = result.getRepresentationProperty();
        if (property == null || !thing.getThingTypeUID().equals(result.getThingTypeUID())) {
            return false;
        }
        Object value = result.getProperties().get(property);
        if (value == null) {
            return false;
        }
        Object configured = thing.getConfiguration().get(property);
        String shown = thing.getProperties().get(property);
        return Objects.equals(String.valueOf(value), configured == null ? null : String.valueOf(configured))
                || String.valueOf(value).equals(shown);
    }
}
