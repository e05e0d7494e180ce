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

import org.eclipse.jdt.annotation.Nullable;

/** Creates events of the types it supports from their serialised form. */
public interface EventFactory {

    Event createEvent(String eventType, String topic, String payload, @Nullable String source) throws Exception;

    Set<String> getSupportedEventTypes();
}
