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
package org.openhab.core.events;

import java.util.Set;

/**
 * Receives events of the types it names from openHAB's event bus; registered as an OSGi service (whiteboard).
 */
public interface EventSubscriber {

    String ALL_EVENT_TYPES = "ALL";

    Set<String> getSubscribedEventTypes();

    /** Every event of a subscribed type passes unless a subscriber narrows it, e.g. by topic. */
    default EventFilter getEventFilter() {
        return event -> true;
    }

    void receive(Event event);
}
