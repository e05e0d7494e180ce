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

/** An item could not be found by name or pattern. */
public abstract class ItemLookupException extends Exception {

    private static final long serialVersionUID = -4617708589675048859L;

    public ItemLookupException(String message) {
        super(message);
    }
}
