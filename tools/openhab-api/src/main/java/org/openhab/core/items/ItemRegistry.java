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

import java.util.Collection;

import org.eclipse.jdt.annotation.Nullable;
import org.openhab.core.common.registry.Registry;

/** All items, by name. */
public interface ItemRegistry extends Registry<Item, String> {

    Item getItem(String name) throws ItemNotFoundException;

    Collection<Item> getItems();

    Collection<Item> getItemsOfType(String type);

    /** Items whose names match a pattern with {@code *} and {@code ?} wildcards. */
    Collection<Item> getItems(String pattern);

    Collection<Item> getItemsByTag(String... tags);

    Collection<Item> getItemsByTagAndType(String type, String... tags);

    <T extends Item> Collection<T> getItemsByTag(Class<T> typeFilter, String... tags);

    @Nullable
    Item remove(String itemName, boolean recursive);
}
