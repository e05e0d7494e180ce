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

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.openhab.automation.v2x.internal.control.Decision;
import org.openhab.core.events.EventPublisher;
import org.openhab.core.items.events.ItemEventFactory;
import org.openhab.core.library.types.OnOffType;
import org.openhab.core.library.types.QuantityType;
import org.openhab.core.library.unit.Units;
import org.openhab.core.types.Command;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sends what a {@link Decision} asks for as item commands: the setpoint only when the decision says to write it,
 * load-shedding switches OFF in shedding order and back ON as they are restored.
 *
 * @author openHAB V2X contributors - Initial contribution
 */
@NonNullByDefault
final class DecisionWriter {

    private final Logger logger = LoggerFactory.getLogger(DecisionWriter.class);
    private final EventPublisher eventPublisher;

    DecisionWriter(EventPublisher eventPublisher) {
        this.eventPublisher = eventPublisher;
    }

    void apply(Decision decision, String setpointItem) {
        if (decision.write()) {
            setpoint(setpointItem, decision.setpointW());
        }
        switchAll(decision.loadsToShed(), OnOffType.OFF);
        switchAll(decision.loadsToRestore(), OnOffType.ON);
    }

    void setpoint(String setpointItem, double watts) {
        send(setpointItem, new QuantityType<>(Math.round(watts), Units.WATT));
    }

    private void switchAll(List<String> items, OnOffType command) {
        for (String item : items) {
            send(item, command);
        }
    }

    private void send(String itemName, Command command) {
        try {
            eventPublisher.post(ItemEventFactory.createCommandEvent(itemName, command));
        } catch (IllegalArgumentException | IllegalStateException e) {
            logger.warn("V2X could not send {} to item '{}': {}", command, itemName, e.getMessage());
        }
    }
}
