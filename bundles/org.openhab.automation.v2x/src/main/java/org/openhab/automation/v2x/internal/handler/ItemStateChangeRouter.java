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

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.openhab.core.events.Event;
import org.openhab.core.events.EventFilter;
import org.openhab.core.events.EventSubscriber;
import org.openhab.core.items.events.ItemStateChangedEvent;
import org.openhab.core.types.State;
import org.osgi.service.component.annotations.Component;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The add-on's one subscriber to openHAB's item state changes: it hands each change of an item to the module
 * handlers listening to that item. One subscriber for all handlers keeps the event bus from testing every event
 * against every armed trigger, and lets a handler start and stop listening without registering services.
 *
 * @author openHAB V2X contributors - Initial contribution
 */
@NonNullByDefault
@Component(service = { EventSubscriber.class, ItemStateChangeRouter.class })
public final class ItemStateChangeRouter implements EventSubscriber {

    /** Told the new state of an item it listens to. */
    @FunctionalInterface
    public interface Listener {
        void stateChanged(State newState);
    }

    private static final Set<String> TYPES = Set.of(ItemStateChangedEvent.TYPE);

    private final Logger logger = LoggerFactory.getLogger(ItemStateChangeRouter.class);
    private final Map<String, List<Listener>> listeners = new ConcurrentHashMap<>();
    // only changes of items someone listens to pass, so the bus does not queue every change in the home for us
    private final EventFilter filter = event -> event instanceof ItemStateChangedEvent changed
            && listeners.containsKey(changed.getItemName());

    /**
     * Starts telling the listener about the item's state changes.
     *
     * @return what stops it again
     */
    public Runnable listen(String itemName, Listener listener) {
        listeners.computeIfAbsent(itemName, name -> new CopyOnWriteArrayList<>()).add(listener);
        return () -> listeners.computeIfPresent(itemName, (name, list) -> {
            list.remove(listener);
            return list.isEmpty() ? null : list;
        });
    }

    /** Whether anyone listens to the item's changes. */
    public boolean isListenedTo(String itemName) {
        return listeners.containsKey(itemName);
    }

    @Override
    public Set<String> getSubscribedEventTypes() {
        return TYPES;
    }

    @Override
    public EventFilter getEventFilter() {
        return filter;
    }

    @Override
    public void receive(Event event) {
        if (!(event instanceof ItemStateChangedEvent changed)) {
            return;
        }
        for (Listener listener : listeners.getOrDefault(changed.getItemName(), List.of())) {
            try {
                listener.stateChanged(changed.getItemState());
            } catch (RuntimeException e) {
                // one failing listener must not keep the change from the others
                logger.warn("Handling the change of item '{}' failed: {}", changed.getItemName(), e.getMessage(), e);
            }
        }
    }
}
