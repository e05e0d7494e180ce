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
package org.openhab.core.items;

import java.time.ZonedDateTime;
import java.util.List;
import java.util.Set;

import org.eclipse.jdt.annotation.Nullable;
import org.openhab.core.common.registry.Identifiable;
import org.openhab.core.types.Command;
import org.openhab.core.types.State;

/** A named state holder that rules and user interfaces work with; its UID is its name. */
public interface Item extends Identifiable<String> {

    State getState();

    /** The state converted to {@code typeClass} (e.g. a QuantityType as DecimalType), or {@code null}. */
    <T extends State> @Nullable T getStateAs(Class<T> typeClass);

    @Nullable
    State getLastState();

    @Nullable
    ZonedDateTime getLastStateUpdate();

    @Nullable
    ZonedDateTime getLastStateChange();

    String getName();

    /** The item type, e.g. "Number:Power" or "Switch". */
    String getType();

    List<Class<? extends State>> getAcceptedDataTypes();

    List<Class<? extends Command>> getAcceptedCommandTypes();

    Set<String> getTags();

    @Nullable
    String getLabel();

    boolean hasTag(String tag);

    @Nullable
    String getCategory();
}
