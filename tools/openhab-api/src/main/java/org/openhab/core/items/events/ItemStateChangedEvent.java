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
package org.openhab.core.items.events;

import java.time.ZonedDateTime;

import org.eclipse.jdt.annotation.Nullable;
import org.openhab.core.types.State;

/**
 * Posted by an item after its state changed; carries the new and the previous state.
 */
public class ItemStateChangedEvent extends ItemEvent {

    public static final String TYPE = ItemStateChangedEvent.class.getSimpleName();

    protected final State itemState;
    protected final State oldItemState;
    protected final @Nullable ZonedDateTime lastStateUpdate;
    protected final @Nullable ZonedDateTime lastStateChange;

    protected ItemStateChangedEvent(String topic, String payload, String itemName, State newItemState,
            State oldItemState, @Nullable ZonedDateTime lastStateUpdate, @Nullable ZonedDateTime lastStateChange,
            @Nullable String source) {
        super(topic, payload, itemName, source);
        this.itemState = newItemState;
        this.oldItemState = oldItemState;
        this.lastStateUpdate = lastStateUpdate;
        this.lastStateChange = lastStateChange;
    }

    @Override
    public String getType() {
        return TYPE;
    }

    public State getItemState() {
        return itemState;
    }

    public State getOldItemState() {
        return oldItemState;
    }

    public @Nullable ZonedDateTime getLastStateUpdate() {
        return lastStateUpdate;
    }

    public @Nullable ZonedDateTime getLastStateChange() {
        return lastStateChange;
    }

    @Override
    public String toString() {
        return "Item '" + itemName + "' changed from " + oldItemState + " to " + itemState;
    }
}
