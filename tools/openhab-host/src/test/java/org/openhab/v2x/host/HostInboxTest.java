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

import java.net.URL;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.BooleanSupplier;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openhab.core.config.discovery.AbstractDiscoveryService;
import org.openhab.core.config.discovery.DiscoveryResult;
import org.openhab.core.config.discovery.DiscoveryResultBuilder;
import org.openhab.core.thing.Bridge;
import org.openhab.core.thing.ChannelUID;
import org.openhab.core.thing.Thing;
import org.openhab.core.thing.ThingStatus;
import org.openhab.core.thing.ThingTypeUID;
import org.openhab.core.thing.ThingUID;
import org.openhab.core.thing.binding.BaseBridgeHandler;
import org.openhab.core.thing.binding.BaseThingHandler;
import org.openhab.core.thing.binding.BaseThingHandlerFactory;
import org.openhab.core.thing.binding.ThingHandler;
import org.openhab.core.types.Command;
import org.openhab.v2x.host.HostDefinition.ThingDefinition;

/**
 * The host's inbox: results from discovery services, approval as openHAB's inbox does it, and the results it
 * leaves out.
 *
 * @author openHAB V2X - Initial contribution
 */
@NonNullByDefault
class HostInboxTest {

    private static final ThingTypeUID HUB = new ThingTypeUID("inboxtest", "hub");
    private static final ThingTypeUID SENSOR = new ThingTypeUID("inboxtest", "sensor");
    private static final ThingUID HUB_UID = new ThingUID(HUB, "home");
    private static final ThingUID SENSOR_UID = new ThingUID(SENSOR, HUB_UID, "s42");

    private final OpenhabHost host = new OpenhabHost();
    private final TestDiscovery discovery = new TestDiscovery();

    /** A discovery service whose results the test decides. */
    private static final class TestDiscovery extends AbstractDiscoveryService {
        TestDiscovery() {
            super(Set.of(SENSOR), 0, false);
        }

        @Override
        protected void startScan() {
        }

        void offer(DiscoveryResult result) {
            thingDiscovered(result);
        }

        void retract(ThingUID uid) {
            thingRemoved(uid);
        }
    }

    private static final class TestFactory extends BaseThingHandlerFactory {
        @Override
        public boolean supportsThingType(ThingTypeUID thingTypeUID) {
            return HUB.equals(thingTypeUID) || SENSOR.equals(thingTypeUID);
        }

        @Override
        protected @Nullable ThingHandler createHandler(Thing thing) {
            if (thing instanceof Bridge bridge) {
                return new BaseBridgeHandler(bridge) {
                    @Override
                    public void initialize() {
                        updateStatus(ThingStatus.ONLINE);
                    }

                    @Override
                    public void handleCommand(ChannelUID channelUID, Command command) {
                    }
                };
            }
            return new BaseThingHandler(thing) {
                @Override
                public void initialize() {
                    updateStatus(getConfig().get("serial") == null ? ThingStatus.OFFLINE : ThingStatus.ONLINE);
                }

                @Override
                public void handleCommand(ChannelUID channelUID, Command command) {
                }
            };
        }
    }

    @BeforeEach
    void setUp() throws Exception {
        URL xml = Objects.requireNonNull(getClass().getClassLoader().getResource("inbox/things.xml"));
        host.addThingTypes(xml);
        host.addThingHandlerFactory(new TestFactory());
        ThingDefinition hub = new ThingDefinition();
        hub.uid = HUB_UID.getAsString();
        host.createThing(hub);
        host.addDiscoveryService(discovery);
    }

    @AfterEach
    void tearDown() {
        host.close();
    }

    private static DiscoveryResult sensorResult(ThingUID uid, String serial) {
        return DiscoveryResultBuilder.create(uid).withThingType(SENSOR).withBridge(HUB_UID)
                .withProperty("serial", serial).withProperty("vendor", "ACME").withRepresentationProperty("serial")
                .withLabel("ACME Sensor " + serial).withTTL(60).build();
    }

    @Test
    void approvingCreatesTheThingAsOpenhabDoes() {
        discovery.offer(sensorResult(SENSOR_UID, "42"));
        DiscoveryResult listed = host.inbox().get(SENSOR_UID);
        assertNotNull(listed);
        assertEquals("ACME Sensor 42", listed.getLabel());

        Thing thing = host.inbox().approve(SENSOR_UID, null);

        assertNotNull(thing);
        assertEquals(SENSOR, thing.getThingTypeUID());
        assertEquals(HUB_UID, thing.getBridgeUID());
        assertEquals("ACME Sensor 42", thing.getLabel());
        assertEquals(Map.of("serial", "42"), thing.getConfiguration().getProperties(),
                "only configuration parameters become configuration");
        assertEquals("ACME", thing.getProperties().get("vendor"), "other properties become thing properties");
        await(() -> host.getThingStatus(SENSOR_UID.getAsString()).getStatus() == ThingStatus.ONLINE);
        assertTrue(host.inbox().results().isEmpty(), "an approved result leaves the inbox");
    }

    @Test
    void approvingTakesTheUsersLabel() {
        discovery.offer(sensorResult(SENSOR_UID, "42"));
        Thing thing = host.inbox().approve(SENSOR_UID, "Garage sensor");
        assertNotNull(thing);
        assertEquals("Garage sensor", thing.getLabel());
    }

    @Test
    void approvingAnUnknownResultFails() {
        assertThrows(IllegalArgumentException.class, () -> host.inbox().approve(SENSOR_UID, null));
    }

    @Test
    void resultsOfExistingThingsAreLeftOut() {
        ThingDefinition existing = new ThingDefinition();
        existing.uid = "inboxtest:sensor:home:configured";
        existing.bridge = HUB_UID.getAsString();
        existing.config.put("serial", "7");
        host.createThing(existing);

        discovery.offer(sensorResult(new ThingUID(existing.uid), "8"));
        discovery.offer(sensorResult(new ThingUID(SENSOR, HUB_UID, "other"), "7"));

        assertEquals(List.of(), host.inbox().results(),
                "same UID and same representation property value are the existing thing");
    }

    @Test
    void creatingTheThingRemovesItsResult() {
        discovery.offer(sensorResult(SENSOR_UID, "42"));
        ThingDefinition manual = new ThingDefinition();
        manual.uid = SENSOR_UID.getAsString();
        manual.bridge = HUB_UID.getAsString();
        manual.config.put("serial", "42");
        host.createThing(manual);
        assertNull(host.inbox().get(SENSOR_UID));
    }

    @Test
    void aRetractedResultLeavesTheInboxAndANewerOneReplacesTheOlder() {
        discovery.offer(sensorResult(SENSOR_UID, "42"));
        discovery.offer(DiscoveryResultBuilder.create(sensorResult(SENSOR_UID, "42")).withLabel("renamed").build());
        assertEquals(List.of("renamed"), host.inbox().results().stream().map(DiscoveryResult::getLabel).toList());
        discovery.retract(SENSOR_UID);
        assertEquals(List.of(), host.inbox().results());
    }

    @Test
    void resultsAnnouncedBeforeTheInboxListensReachIt() {
        TestDiscovery early = new TestDiscovery();
        early.offer(sensorResult(SENSOR_UID, "42"));
        host.addDiscoveryService(early);
        assertNotNull(host.inbox().get(SENSOR_UID));
    }

    @Test
    void resultsExpireAfterTheirTimeToLive() {
        DiscoveryResult result = sensorResult(SENSOR_UID, "42");
        Instant created = result.getCreationTime();
        HostInbox fresh = new HostInbox(Clock.fixed(created.plusSeconds(60), ZoneOffset.UTC), List::of,
                type -> Set.of(), definition -> {
                });
        HostInbox late = new HostInbox(Clock.fixed(created.plusSeconds(61), ZoneOffset.UTC), List::of,
                type -> Set.of(), definition -> {
                });
        fresh.thingDiscovered(discovery, result);
        late.thingDiscovered(discovery, result);
        assertEquals(1, fresh.results().size(), "alive up to its time to live");
        assertEquals(List.of(), late.results(), "gone after it");
    }

    private static void await(BooleanSupplier condition) {
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (!condition.getAsBoolean()) {
            assertTrue(System.nanoTime() < deadline, "condition not met in time");
            java.util.concurrent.locks.LockSupport.parkNanos(Duration.ofMillis(10).toNanos());
        }
    }
}
