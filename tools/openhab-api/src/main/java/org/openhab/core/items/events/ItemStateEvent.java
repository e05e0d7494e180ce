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

import org.eclipse.jdt.annotation.Nullable;
import org.openhab.core.types.State;

/** A state update posted for an item (e.g. by a binding). */
public class ItemStateEvent extends ItemEvent {

    public static final String TYPE = ItemStateEvent.class.getSimpleName();

    protected final State itemState;

    protected ItemStateEvent(String topic, String payload, String itemName, State itemState,
            @Nullable String source) {
        super(topic, payload, itemName, source);
        this.itemState = itemState;
    }

    @Override
    public String getType() {
        return TYPE;
    }

    public State getItemState() {
        return itemState;
    }

    @Override
    public String toString() {
        return "Item '" + itemName + "' shall update to " + itemState;
    }
}
