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

import java.time.Clock;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Supplier;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;
import org.openhab.core.events.EventPublisher;
import org.openhab.core.items.ItemRegistry;

/**
 * One {@link ControllerSlot} per rule and setpoint item, shared by the actions of that rule; created by the first
 * action and dropped (stopping a discharge) when the last one is disposed.
 *
 * @author openHAB V2X contributors - Initial contribution
 */
@NonNullByDefault
public final class ControllerSlots {

    private final Map<String, ControllerSlot> slots = new HashMap<>();
    private final ItemRegistry itemRegistry;
    private final DecisionWriter writer;
    private final Supplier<Clock> clock;
    private final EventPublisher eventPublisher;
    private final Function<@Nullable String, ItemHistory> histories;

    public ControllerSlots(ItemRegistry itemRegistry, EventPublisher eventPublisher, Supplier<Clock> clock) {
        this(itemRegistry, eventPublisher, clock, serviceId -> ItemHistory.NONE);
    }

    /**
     * @param histories the persisted history of items, by persistence service id ({@code null}: the default one)
     */
    public ControllerSlots(ItemRegistry itemRegistry, EventPublisher eventPublisher, Supplier<Clock> clock,
            Function<@Nullable String, ItemHistory> histories) {
        this.itemRegistry = itemRegistry;
        this.writer = new DecisionWriter(eventPublisher);
        this.eventPublisher = eventPublisher;
        this.clock = clock;
        this.histories = histories;
    }

    synchronized ControllerSlot acquire(String ruleUid, V2xActionConfig config) {
        ControllerSlot slot = slot(ruleUid, key(ruleUid, config));
        slot.attach(config);
        return slot;
    }

    /** The controller of the rule and setpoint item, with the planner of this {@code v2x.Optimize} action. */
    synchronized ControllerSlot acquire(String ruleUid, OptimizeConfig config) {
        ControllerSlot slot = slot(ruleUid, ruleUid + "/" + config.setpointItem());
        slot.attachOptimizer(config, new PlanPublisher(eventPublisher),
                histories.apply(config.persistenceService()), clock.get().getZone());
        return slot;
    }

    synchronized void release(String ruleUid, OptimizeConfig config) {
        String key = ruleUid + "/" + config.setpointItem();
        ControllerSlot slot = slots.get(key);
        if (slot != null && slot.detachOptimizer()) {
            slots.remove(key);
            slot.stop(config.setpointItem());
        }
    }

    private ControllerSlot slot(String ruleUid, String key) {
        return slots.computeIfAbsent(key, k -> {
            WarnOnce warnings = new WarnOnce(ruleUid);
            return new ControllerSlot(new ItemValues(itemRegistry, warnings), warnings, writer, clock);
        });
    }

    synchronized void release(String ruleUid, V2xActionConfig config) {
        String key = key(ruleUid, config);
        ControllerSlot slot = slots.get(key);
        if (slot != null && slot.detach(config.kind())) {
            slots.remove(key);
            slot.stop(config.items().setpoint());
        }
    }

    /** The settings zone and the measurement times come from this clock. */
    Clock clock() {
        return clock.get();
    }

    ItemRegistry itemRegistry() {
        return itemRegistry;
    }

    synchronized int size() {
        return slots.size();
    }

    private static String key(String ruleUid, V2xActionConfig config) {
        return ruleUid + "/" + config.controllerKey();
    }
}
