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
package org.openhab.core.automation;

import org.eclipse.jdt.annotation.Nullable;
import org.openhab.core.config.core.Configuration;

/** A building block of a rule: a trigger, condition or action of a given module type. */
public interface Module {

    /** The context key under which modules of one rule share values. */
    String SHARED_CONTEXT = "sharedContext";

    String getId();

    String getTypeUID();

    @Nullable
    String getLabel();

    @Nullable
    String getDescription();

    Configuration getConfiguration();
}
