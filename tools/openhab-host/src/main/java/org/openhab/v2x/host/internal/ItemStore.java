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
package org.openhab.v2x.host.internal;

import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;
import org.openhab.core.items.Item;
import org.openhab.core.items.ItemNotFoundException;
import org.openhab.core.items.ItemRegistry;
import org.openhab.core.types.State;
import org.openhab.core.types.UnDefType;

/**
 * Item states and their links to channels, exposed to add-ons as openHAB's {@link ItemRegistry}.
 *
 * @author openHAB V2X - Initial contribution
 */
@NonNullByDefault
public final class ItemStore {

    private static final class Entry {
        final String name;
        final String type;
        final @Nullable String channelUid;
        volatile State state = UnDefType.NULL;
        volatile State lastState = UnDefType.NULL;
        volatile @Nullable ZonedDateTime lastUpdate;
        volatile @Nullable ZonedDateTime lastChange;
        final Item view;

        Entry(String name, String type, @Nullable String channelUid) {
            this.name = name;
            this.type = type;
            this.channelUid = channelUid;
            this.view = itemView(this);
        }
    }

    private final Map<String, Entry> items = new ConcurrentHashMap<>();
    private final ItemRegistry registry = new InterfaceProxy<>(ItemRegistry.class, "host item registry")
            .on("getItem", args -> entry((String) args[0]).view) //
            .on("get", args -> {
                Entry entry = items.get(args[0]);
                return entry == null ? null : entry.view;
            }) //
            .on("getItems/0", args -> views()) //
            .on("getAll", args -> views()) //
            .build();

    public void add(String name, String type, @Nullable String channelUid) {
        if (!name.matches("[A-Za-z0-9_]+")) {
            throw new IllegalArgumentException("Invalid item name: " + name);
        }
        items.put(name, new Entry(name, type, channelUid));
    }

    public boolean contains(String name) {
        return items.containsKey(name);
    }

    public ItemRegistry registry() {
        return registry;
    }

    public State state(String name) {
        Entry entry = items.get(name);
        return entry == null ? UnDefType.NULL : entry.state;
    }

    public String type(String name) {
        Entry entry = items.get(name);
        return entry == null ? "String" : entry.type;
    }

    public @Nullable String channelOf(String name) {
        Entry entry = items.get(name);
        return entry == null ? null : entry.channelUid;
    }

    /** Names of the items linked to a channel. */
    public List<String> linkedTo(String channelUid) {
        List<String> names = new ArrayList<>();
        for (Entry entry : items.values()) {
            if (channelUid.equals(entry.channelUid)) {
                names.add(entry.name);
            }
        }
        return names;
    }

    public Set<String> names() {
        return Set.copyOf(items.keySet());
    }

    /** Sets a state; returns the previous one. */
    public State update(String name, State state) {
        Entry entry = items.get(name);
        if (entry == null) {
            return UnDefType.NULL;
        }
        State previous = entry.state;
        ZonedDateTime now = ZonedDateTime.now();
        entry.lastUpdate = now;
        if (!previous.equals(state)) {
            entry.lastState = previous;
            entry.lastChange = now;
        }
        entry.state = state;
        return previous;
    }

    private Entry entry(String name) throws ItemNotFoundException {
        Entry entry = items.get(name);
        if (entry == null) {
            throw new ItemNotFoundException(name);
        }
        return entry;
    }

    private Collection<Item> views() {
        List<Item> views = new ArrayList<>();
        for (Entry entry : items.values()) {
            views.add(entry.view);
        }
        return views;
    }

    private static Item itemView(Entry entry) {
        return new InterfaceProxy<>(Item.class, "item " + entry.name) //
                .on("getState", args -> entry.state) //
                .on("getStateAs", args -> asType(entry.state, args[0])) //
                .on("getLastState", args -> entry.lastState) //
                .on("getLastStateUpdate", args -> entry.lastUpdate) //
                .on("getLastStateChange", args -> entry.lastChange) //
                .on("getName", args -> entry.name) //
                .on("getUID", args -> entry.name) //
                .on("getType", args -> entry.type) //
                .on("getLabel", args -> entry.name) //
                .on("getCategory", args -> null) //
                .on("getTags", args -> Set.of()) //
                .on("hasTag", args -> false) //
                .on("getGroupNames", args -> List.of()) //
                .on("getStateDescription", args -> null) //
                .build();
    }

    @SuppressWarnings({ "unchecked", "rawtypes" })
    private static @Nullable Object asType(State state, @Nullable Object type) {
        return type instanceof Class target ? state.as(target) : null;
    }
}
