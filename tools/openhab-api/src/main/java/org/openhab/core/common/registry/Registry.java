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
package org.openhab.core.common.registry;

import java.util.Collection;
import java.util.stream.Stream;

import org.eclipse.jdt.annotation.Nullable;

/** Elements identified by a key, with change listeners. */
public interface Registry<E extends Identifiable<K>, K> {

    void addRegistryChangeListener(RegistryChangeListener<E> listener);

    Collection<E> getAll();

    Stream<E> stream();

    @Nullable
    E get(K key);

    void removeRegistryChangeListener(RegistryChangeListener<E> listener);

    E add(E element);

    @Nullable
    E update(E element);

    @Nullable
    E remove(K key);
}
