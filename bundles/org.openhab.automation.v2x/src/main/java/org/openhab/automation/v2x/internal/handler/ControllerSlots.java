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
import java.util.function.Supplier;

import org.eclipse.jdt.annotation.NonNullByDefault;
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

    public ControllerSlots(ItemRegistry itemRegistry, EventPublisher eventPublisher, Supplier<Clock> clock) {
        this.itemRegistry = itemRegistry;
        this.writer = new DecisionWriter(eventPublisher);
        this.clock = clock;
    }

    synchronized ControllerSlot acquire(String ruleUid, V2xActionConfig config) {
        ControllerSlot slot = slots.computeIfAbsent(key(ruleUid, config), k -> {
            WarnOnce warnings = new WarnOnce(ruleUid);
            return new ControllerSlot(new ItemValues(itemRegistry, warnings), warnings, writer, clock);
        });
        slot.attach(config);
        return slot;
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
