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
package org.openhab.automation.v2x.internal.handler;

import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;
import org.openhab.core.persistence.FilterCriteria;
import org.openhab.core.persistence.FilterCriteria.Ordering;
import org.openhab.core.persistence.HistoricItem;
import org.openhab.core.persistence.PersistenceService;
import org.openhab.core.persistence.PersistenceServiceRegistry;
import org.openhab.core.persistence.QueryablePersistenceService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@link ItemHistory} from openHAB persistence: the configured service, or openHAB's default one, when it is
 * queryable. A missing service or a failing query gives no values (logged at debug), never an exception: the
 * planner then uses its fallbacks.
 *
 * @author openHAB V2X contributors - Initial contribution
 */
@NonNullByDefault
public final class PersistenceHistory implements ItemHistory {

    /** More values than a week of 1-min samples is not needed by any forecast. */
    private static final int MAX_VALUES = 20_000;

    private final Logger logger = LoggerFactory.getLogger(PersistenceHistory.class);
    private final Supplier<@Nullable PersistenceServiceRegistry> registry;
    private final @Nullable String serviceId;
    private final Supplier<ZoneId> zone;

    /**
     * @param serviceId the persistence service to ask, or {@code null} for openHAB's default service
     */
    public PersistenceHistory(Supplier<@Nullable PersistenceServiceRegistry> registry, @Nullable String serviceId,
            Supplier<ZoneId> zone) {
        this.registry = registry;
        this.serviceId = serviceId;
        this.zone = zone;
    }

    @Override
    public List<Sample> between(String itemName, Instant from, Instant to) {
        QueryablePersistenceService service = service();
        if (service == null) {
            return List.of();
        }
        ZoneId z = zone.get();
        FilterCriteria filter = new FilterCriteria().setItemName(itemName).setBeginDate(from.atZone(z))
                .setEndDate(to.atZone(z)).setOrdering(Ordering.ASCENDING).setPageSize(MAX_VALUES);
        List<Sample> samples = new ArrayList<>();
        try {
            for (HistoricItem historic : service.query(filter)) {
                samples.add(new Sample(historic.getInstant(), historic.getState()));
            }
        } catch (RuntimeException e) {
            logger.debug("V2X: persistence service '{}' failed for item '{}': {}", service.getId(), itemName,
                    e.getMessage());
            return List.of();
        }
        samples.sort((a, b) -> a.time().compareTo(b.time()));
        return samples;
    }

    private @Nullable QueryablePersistenceService service() {
        PersistenceServiceRegistry services = registry.get();
        if (services == null) {
            return null;
        }
        String id = serviceId;
        PersistenceService service = id == null ? services.getDefault() : services.get(id);
        if (service instanceof QueryablePersistenceService queryable) {
            return queryable;
        }
        logger.debug("V2X: no queryable persistence service '{}'", id == null ? services.getDefaultId() : id);
        return null;
    }
}
