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
package org.openhab.core.config.discovery;

import java.time.Instant;
import java.util.Map;

import org.eclipse.jdt.annotation.Nullable;
import org.openhab.core.thing.ThingTypeUID;
import org.openhab.core.thing.ThingUID;

/** A thing a discovery service found: what the inbox shows and what approving it creates. */
public interface DiscoveryResult {

    /** Time to live of a result that never expires. */
    long TTL_UNLIMITED = -1L;

    ThingUID getThingUID();

    ThingTypeUID getThingTypeUID();

    String getBindingId();

    /** Properties; those that are configuration parameters of the thing type become its configuration. */
    Map<String, Object> getProperties();

    /** The property whose value identifies the device, so a device found again is recognised. */
    @Nullable
    String getRepresentationProperty();

    DiscoveryResultFlag getFlag();

    String getLabel();

    @Nullable
    ThingUID getBridgeUID();

    Instant getCreationTime();

    /** Seconds after {@link #getCreationTime()} until the inbox drops the result, or {@link #TTL_UNLIMITED}. */
    long getTimeToLive();
}
