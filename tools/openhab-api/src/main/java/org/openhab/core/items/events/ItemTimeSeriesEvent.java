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
import org.openhab.core.types.TimeSeries;

/** A time series (e.g. a forecast) sent to an item, for the item and persistence to take. */
public class ItemTimeSeriesEvent extends ItemEvent {

    public static final String TYPE = ItemTimeSeriesEvent.class.getSimpleName();

    protected final TimeSeries timeSeries;

    protected ItemTimeSeriesEvent(String topic, String payload, String itemName, TimeSeries timeSeries,
            @Nullable String source) {
        super(topic, payload, itemName, source);
        this.timeSeries = timeSeries;
    }

    @Override
    public String getType() {
        return TYPE;
    }

    public TimeSeries getTimeSeries() {
        return timeSeries;
    }

    @Override
    public String toString() {
        return "Item '" + itemName + "' shall process timeseries " + timeSeries.getStates().toList();
    }
}
