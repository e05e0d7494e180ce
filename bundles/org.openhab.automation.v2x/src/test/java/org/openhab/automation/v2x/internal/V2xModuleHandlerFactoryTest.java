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
package org.openhab.automation.v2x.internal;

import static org.junit.jupiter.api.Assertions.*;

import java.io.InputStream;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Hashtable;
import java.util.List;

import javax.xml.parsers.DocumentBuilderFactory;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openhab.automation.v2x.internal.handler.ItemStateChangeRouter;
import org.openhab.v2x.host.OpenhabHost;
import org.osgi.framework.Filter;
import org.osgi.framework.FrameworkUtil;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * Where the factory's time comes from: instants from the system clock or the sandbox's simulation clock, the zone
 * always from openHAB's {@code TimeZoneProvider}; and only a clock service marked as the simulation is taken.
 *
 * @author openHAB V2X contributors - Initial contribution
 */
@NonNullByDefault
class V2xModuleHandlerFactoryTest {

    private static final Instant START = Instant.parse("2026-06-01T12:00:00Z");
    private static final String DS_XML = "/OSGI-INF/" + V2xModuleHandlerFactory.class.getName() + ".xml";

    private final OpenhabHost host = new OpenhabHost();
    private final V2xModuleHandlerFactory factory = new V2xModuleHandlerFactory(host.itemRegistry(),
            host.eventPublisher(), host.timeZoneProvider(), new ItemStateChangeRouter());

    @AfterEach
    void close() {
        host.close();
    }

    @Test
    void theZoneIsOpenhabsAndTheInstantsTheSimulationClocks() {
        ZoneId regional = zoneOtherThan(ZoneId.systemDefault());
        host.setTimeZone(regional);
        MutableClock simulation = new MutableClock(START, ZoneOffset.UTC);
        factory.setClock(simulation);

        Clock clock = factory.clock();
        assertEquals(regional, clock.getZone(), "openHAB's regional zone, not the simulation clock's");
        assertEquals(START, clock.instant());
        simulation.advance(Duration.ofHours(3));
        assertEquals(START.plus(Duration.ofHours(3)), clock.instant(), "the clock follows the simulation");

        ZoneId changed = zoneOtherThan(regional);
        host.setTimeZone(changed);
        assertEquals(changed, factory.clock().getZone(), "a changed regional setting applies to the next decision");

        factory.unsetClock(simulation);
        Instant before = Instant.now();
        Instant now = factory.clock().instant();
        assertFalse(now.isBefore(before) || now.isAfter(Instant.now()), "without the simulation: the system clock");
    }

    @Test
    void withoutASimulationClockTheSystemClockIsToldInOpenhabsZone() {
        ZoneId regional = zoneOtherThan(ZoneId.systemDefault());
        host.setTimeZone(regional);
        assertEquals(regional, factory.clock().getZone(), "never the JVM's default zone");
    }

    @Test
    void onlyAClockServiceMarkedAsTheSimulationIsTaken() throws Exception {
        Element reference = clockReference();
        assertEquals("optional", cardinalityOf(reference), "the system clock serves when there is none");
        Filter target = FrameworkUtil.createFilter(reference.getAttribute("target"));

        Hashtable<String, Object> plain = new Hashtable<>();
        plain.put("objectClass", new String[] { Clock.class.getName() });
        plain.put("service.id", 7L);
        assertFalse(target.match(plain), "a plain Clock service is ignored");

        Hashtable<String, Object> other = new Hashtable<>(plain);
        other.put(V2xModuleHandlerFactory.CLOCK_PROPERTY, "test");
        assertFalse(target.match(other));

        Hashtable<String, Object> simulation = new Hashtable<>(plain);
        simulation.put(V2xModuleHandlerFactory.CLOCK_PROPERTY, V2xModuleHandlerFactory.SIMULATION);
        assertTrue(target.match(simulation), "the sandbox's clock, registered with v2x.clock=simulation");
    }

    /** The component description bnd generated from the annotations, as Declarative Services reads it. */
    private static Element clockReference() throws Exception {
        try (InputStream in = V2xModuleHandlerFactoryTest.class.getResourceAsStream(DS_XML)) {
            assertNotNull(in, DS_XML + " not generated");
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            NodeList references = factory.newDocumentBuilder().parse(in).getElementsByTagName("reference");
            List<Element> clocks = new ArrayList<>();
            for (int i = 0; i < references.getLength(); i++) {
                Element reference = (Element) references.item(i);
                if (Clock.class.getName().equals(reference.getAttribute("interface"))) {
                    clocks.add(reference);
                }
            }
            assertEquals(1, clocks.size(), "one Clock reference");
            return clocks.get(0);
        }
    }

    private static String cardinalityOf(Element reference) {
        String cardinality = reference.getAttribute("cardinality");
        return "0..1".equals(cardinality) ? "optional" : cardinality;
    }

    private static ZoneId zoneOtherThan(ZoneId zone) {
        ZoneId tokyo = ZoneId.of("Asia/Tokyo");
        return tokyo.equals(zone) ? ZoneId.of("America/Chicago") : tokyo;
    }
}
