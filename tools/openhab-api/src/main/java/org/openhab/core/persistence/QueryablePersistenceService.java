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

/**
 * A persistence service that can be asked for the states stored between two times, past or future.
 */
public interface QueryablePersistenceService extends PersistenceService {

    Iterable<HistoricItem> query(FilterCriteria filter);
}
