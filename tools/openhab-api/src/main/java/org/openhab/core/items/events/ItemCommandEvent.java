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
import org.openhab.core.types.Command;

/** A command sent to an item. */
public class ItemCommandEvent extends ItemEvent {

    public static final String TYPE = ItemCommandEvent.class.getSimpleName();

    private final Command command;

    protected ItemCommandEvent(String topic, String payload, String itemName, Command command,
            @Nullable String source) {
        super(topic, payload, itemName, source);
        this.command = command;
    }

    @Override
    public String getType() {
        return TYPE;
    }

    public Command getItemCommand() {
        return command;
    }

    @Override
    public String toString() {
        return "Item '" + itemName + "' received command " + command;
    }
}
