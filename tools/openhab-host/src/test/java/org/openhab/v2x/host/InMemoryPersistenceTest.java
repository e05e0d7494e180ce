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
package org.openhab.v2x.host;

import static org.junit.jupiter.api.Assertions.*;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openhab.core.items.events.ItemEventFactory;
import org.openhab.core.library.types.DecimalType;
import org.openhab.core.persistence.FilterCriteria;
import org.openhab.core.persistence.FilterCriteria.Ordering;
import org.openhab.core.persistence.HistoricItem;
import org.openhab.core.types.TimeSeries;
import org.openhab.v2x.host.HostDefinition.ItemDefinition;

/**
 * The host's in-memory queryable persistence service: queries as openHAB's persistence answers them, and time
 * series sent to items stored like persisted forecasts.
 *
 * @author openHAB V2X - Initial contribution
 */
@NonNullByDefault
class InMemoryPersistenceTest {

    private static final Instant T0 = Instant.parse("2026-06-01T00:00:00Z");

    private final OpenhabHost host = new OpenhabHost();

    @AfterEach
    void tearDown() {
        host.close();
    }

    @Test
    void queriesReturnOneItemWithinTheTimesNewestFirstByDefaultInPages() {
        InMemoryPersistence persistence = host.persistence();
        for (int h = 0; h < 5; h++) {
            persistence.store("Price", T0.plusSeconds(h * 3600L), new DecimalType(h));
        }
        persistence.store("Other", T0, new DecimalType(99));
        FilterCriteria filter = new FilterCriteria().setItemName("Price").setBeginDate(T0.plusSeconds(3600).atZone(ZoneOffset.UTC))
                .setEndDate(T0.plusSeconds(3 * 3600).atZone(ZoneOffset.UTC));

        assertEquals(List.of(3.0, 2.0, 1.0), values(persistence.query(filter)), "inclusive, newest first");
        assertEquals(List.of(1.0, 2.0, 3.0), values(persistence.query(new FilterCriteria(filter).setOrdering(Ordering.ASCENDING))));
        assertEquals(List.of(2.0), values(persistence.query(new FilterCriteria(filter).setPageSize(1).setPageNumber(1))));
        assertSame(persistence, host.persistence().getDefault());
        assertNull(persistence.get("rrd4j"), "no other service");
    }

    @Test
    void aTimeSeriesSentToAnItemIsStoredAndReplacesItsRange() throws InterruptedException {
        ItemDefinition item = new ItemDefinition();
        item.name = "Plan";
        item.type = "Number";
        host.addItem(item);
        TimeSeries first = new TimeSeries(TimeSeries.Policy.REPLACE);
        for (int h = 0; h < 4; h++) {
            first.add(T0.plusSeconds(h * 3600L), new DecimalType(10 + h));
        }
        host.eventPublisher().post(ItemEventFactory.createTimeSeriesEvent("Plan", first, "test"));
        TimeSeries second = new TimeSeries(TimeSeries.Policy.REPLACE);
        second.add(T0.plusSeconds(3600), new DecimalType(20));
        second.add(T0.plusSeconds(2 * 3600), new DecimalType(21));
        host.eventPublisher().post(ItemEventFactory.createTimeSeriesEvent("Plan", second, "test"));

        assertEquals(List.of(10.0, 20.0, 21.0, 13.0), values(host.persistence().all("Plan")));
    }

    private static List<Double> values(Iterable<HistoricItem> items) {
        List<Double> result = new ArrayList<>();
        items.forEach(h -> result.add(((DecimalType) h.getState()).doubleValue()));
        return result;
    }
}
