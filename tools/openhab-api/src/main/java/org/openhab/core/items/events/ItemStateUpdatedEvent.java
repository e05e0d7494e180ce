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
 * Posted by an item after its state was updated, whether or not it changed.
 */
public class ItemStateUpdatedEvent extends ItemEvent {

    public static final String TYPE = ItemStateUpdatedEvent.class.getSimpleName();

    protected final State itemState;
    protected final @Nullable ZonedDateTime lastStateUpdate;

    protected ItemStateUpdatedEvent(String topic, String payload, String itemName, State itemState,
            @Nullable ZonedDateTime lastStateUpdate, @Nullable String source) {
        super(topic, payload, itemName, source);
        this.itemState = itemState;
        this.lastStateUpdate = lastStateUpdate;
    }

    @Override
    public String getType() {
        return TYPE;
    }

    public State getItemState() {
        return itemState;
    }

    public @Nullable ZonedDateTime getLastStateUpdate() {
        return lastStateUpdate;
    }

    @Override
    public String toString() {
        return "Item '" + itemName + "' updated to " + itemState;
    }
}
