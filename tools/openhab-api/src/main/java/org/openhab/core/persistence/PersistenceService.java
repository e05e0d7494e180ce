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

import java.util.Locale;

import org.eclipse.jdt.annotation.Nullable;
import org.openhab.core.items.Item;

/**
 * A service that stores item states.
 */
public interface PersistenceService {

    String getId();

    String getLabel(@Nullable Locale locale);

    void store(Item item);

    void store(Item item, @Nullable String alias);
}
