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

import java.util.Collection;

import org.eclipse.jdt.annotation.Nullable;
import org.openhab.core.thing.ThingTypeUID;

/** Finds things of some thing types, in the background or on request, and tells its {@link DiscoveryListener}s. */
public interface DiscoveryService {

    /** Configuration key that switches background discovery on or off. */
    String CONFIG_PROPERTY_BACKGROUND_DISCOVERY = "background";

    Collection<ThingTypeUID> getSupportedThingTypes();

    boolean isScanInputSupported();

    @Nullable
    String getScanInputLabel();

    @Nullable
    String getScanInputDescription();

    /** Seconds after which an active scan stops by itself; 0 for never. */
    int getScanTimeout();

    boolean isBackgroundDiscoveryEnabled();

    void startScan(@Nullable ScanListener listener);

    void startScan(String input, @Nullable ScanListener listener);

    void abortScan();

    void addDiscoveryListener(@Nullable DiscoveryListener listener);

    void removeDiscoveryListener(@Nullable DiscoveryListener listener);
}
