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
package org.openhab.core.types;

import org.eclipse.jdt.annotation.Nullable;

/** A value an item can have. */
public interface State extends Type {

    /** This state converted to {@code target}, or {@code null} if there is no conversion. */
    default <T extends State> @Nullable T as(@Nullable Class<T> target) {
        return target != null && target.isInstance(this) ? target.cast(this) : null;
    }
}
