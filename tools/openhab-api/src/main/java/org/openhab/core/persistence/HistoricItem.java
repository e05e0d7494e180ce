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
package org.openhab.core.persistence;

import java.time.Instant;
import java.time.ZonedDateTime;

import org.openhab.core.types.State;

/**
 * One persisted state of an item and when it held (or, for a forecast, will hold).
 */
public interface HistoricItem {

    ZonedDateTime getTimestamp();

    default Instant getInstant() {
        return getTimestamp().toInstant();
    }

    State getState();

    String getName();
}
