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

import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentSkipListMap;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;
import org.openhab.core.items.Item;
import org.openhab.core.persistence.FilterCriteria;
import org.openhab.core.persistence.FilterCriteria.Ordering;
import org.openhab.core.persistence.HistoricItem;
import org.openhab.core.persistence.PersistenceService;
import org.openhab.core.persistence.PersistenceServiceRegistry;
import org.openhab.core.persistence.QueryablePersistenceService;
import org.openhab.core.types.State;

/**
 * A queryable persistence service that keeps every stored state in memory, past and future (forecasts), and the
 * registry that makes it openHAB's only and default persistence service. Queries behave as openHAB's do: one
 * item, the times inclusive, newest first unless asked otherwise, in pages.
 * <p>
 * It stores only what it is given ({@link #store(String, Instant, State)}, {@link #store(Item)} and the time series
 * the host receives); there is no persistence strategy that stores every update by itself.
 *
 * @author openHAB V2X - Initial contribution
 */
@NonNullByDefault
public final class InMemoryPersistence implements QueryablePersistenceService, PersistenceServiceRegistry {

    public static final String SERVICE_ID = "inmemory";

    private final Map<String, NavigableMap<Instant, State>> values = new ConcurrentHashMap<>();
    private final java.util.function.Supplier<ZoneId> zone;
    private final java.util.function.Supplier<Instant> now;

    /**
     * @param zone the zone of the returned timestamps
     * @param now the time that {@link #store(Item)} stores at
     */
    public InMemoryPersistence(java.util.function.Supplier<ZoneId> zone, java.util.function.Supplier<Instant> now) {
        this.zone = zone;
        this.now = now;
    }

    /** Stores a state at a time (a future time for a forecast), replacing one stored at the same time. */
    public void store(String itemName, Instant time, State state) {
        values.computeIfAbsent(itemName, k -> new ConcurrentSkipListMap<>()).put(time, state);
    }

    /** Removes the states of the item within from..to (inclusive), as a new forecast replaces the old one. */
    public void remove(String itemName, Instant from, Instant to) {
        NavigableMap<Instant, State> stored = values.get(itemName);
        if (stored != null) {
            stored.subMap(from, true, to, true).clear();
        }
    }

    /** Everything stored for the item, oldest first. */
    public List<HistoricItem> all(String itemName) {
        return between(itemName, Instant.MIN, Instant.MAX, Ordering.ASCENDING);
    }

    // ---- PersistenceService

    @Override
    public String getId() {
        return SERVICE_ID;
    }

    @Override
    public String getLabel(@Nullable Locale locale) {
        return "In-Memory";
    }

    @Override
    public void store(Item item) {
        store(item.getName(), now.get(), item.getState());
    }

    @Override
    public void store(Item item, @Nullable String alias) {
        store(alias == null ? item.getName() : alias, now.get(), item.getState());
    }

    @Override
    public Iterable<HistoricItem> query(FilterCriteria filter) {
        String itemName = filter.getItemName();
        if (itemName == null) {
            return List.of();
        }
        ZonedDateTime begin = filter.getBeginDate();
        ZonedDateTime end = filter.getEndDate();
        List<HistoricItem> found = between(itemName, begin == null ? Instant.MIN : begin.toInstant(),
                end == null ? Instant.MAX : end.toInstant(), filter.getOrdering());
        long from = (long) filter.getPageNumber() * filter.getPageSize();
        if (from >= found.size()) {
            return List.of();
        }
        return List.copyOf(found.subList((int) from, (int) Math.min(found.size(), from + filter.getPageSize())));
    }

    // ---- PersistenceServiceRegistry

    @Override
    public PersistenceService getDefault() {
        return this;
    }

    @Override
    public @Nullable PersistenceService get(@Nullable String serviceId) {
        return serviceId == null || SERVICE_ID.equals(serviceId) ? this : null;
    }

    @Override
    public String getDefaultId() {
        return SERVICE_ID;
    }

    @Override
    public Set<PersistenceService> getAll() {
        return Set.of(this);
    }

    private List<HistoricItem> between(String itemName, Instant from, Instant to, Ordering ordering) {
        NavigableMap<Instant, State> stored = values.get(itemName);
        List<HistoricItem> result = new ArrayList<>();
        if (stored == null || from.isAfter(to)) {
            return result;
        }
        ZoneId z = zone.get();
        stored.subMap(from, true, to, true)
                .forEach((time, state) -> result.add(new Stored(itemName, time.atZone(z), state)));
        if (ordering == Ordering.DESCENDING) {
            result.sort(Comparator.comparing(HistoricItem::getTimestamp).reversed());
        }
        return result;
    }

    private record Stored(String getName, ZonedDateTime getTimestamp, State getState) implements HistoricItem {
    }
}
