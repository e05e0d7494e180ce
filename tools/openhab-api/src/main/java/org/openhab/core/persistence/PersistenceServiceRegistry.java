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

import java.util.Set;

import org.eclipse.jdt.annotation.Nullable;

/**
 * The persistence services known to openHAB, and the one the user made the default.
 */
public interface PersistenceServiceRegistry {

    @Nullable
    PersistenceService getDefault();

    @Nullable
    PersistenceService get(@Nullable String serviceId);

    @Nullable
    String getDefaultId();

    Set<PersistenceService> getAll();
}
