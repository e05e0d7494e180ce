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

import java.time.Duration;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.BooleanSupplier;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openhab.core.automation.Action;
import org.openhab.core.automation.Module;
import org.openhab.core.automation.handler.BaseActionModuleHandler;
import org.openhab.core.automation.handler.BaseModuleHandlerFactory;
import org.openhab.core.automation.handler.ModuleHandler;
import org.openhab.core.events.Event;
import org.openhab.core.events.EventPublisher;
import org.openhab.core.events.EventSubscriber;
import org.openhab.core.items.ItemNotFoundException;
import org.openhab.core.items.events.ItemCommandEvent;
import org.openhab.core.items.events.ItemEventFactory;
import org.openhab.core.items.events.ItemStateChangedEvent;
import org.openhab.core.library.types.OnOffType;
import org.openhab.core.library.types.QuantityType;
import org.openhab.core.library.unit.Units;
import org.openhab.core.thing.Bridge;
import org.openhab.core.thing.ChannelUID;
import org.openhab.core.thing.Thing;
import org.openhab.core.thing.ThingStatus;
import org.openhab.core.thing.ThingStatusDetail;
import org.openhab.core.thing.ThingStatusInfo;
import org.openhab.core.thing.ThingTypeUID;
import org.openhab.core.thing.binding.BaseBridgeHandler;
import org.openhab.core.thing.binding.BaseThingHandler;
import org.openhab.core.thing.binding.BaseThingHandlerFactory;
import org.openhab.core.thing.binding.ThingHandler;
import org.openhab.core.types.Command;
import org.openhab.core.types.State;

/**
 * Drives the host with a small binding and a rule module defined here.
 *
 * @author openHAB V2X - Initial contribution
 */
@NonNullByDefault
class OpenhabHostTest {

    private static final ThingTypeUID HUB = new ThingTypeUID("hosttest", "hub");
    private static final ThingTypeUID DEVICE = new ThingTypeUID("hosttest", "device");

    private final OpenhabHost host = new OpenhabHost();
    private final List<String> received = new CopyOnWriteArrayList<>();
    private final List<ThingStatus> bridgeStatusSeenByChild = new CopyOnWriteArrayList<>();

    /** A hub that is ONLINE unless configured "broken", and a device that echoes its target to its level. */
    private final class TestFactory extends BaseThingHandlerFactory {
        @Override
        public boolean supportsThingType(ThingTypeUID thingTypeUID) {
            return HUB.equals(thingTypeUID) || DEVICE.equals(thingTypeUID);
        }

        @Override
        protected @Nullable ThingHandler createHandler(Thing thing) {
            if (HUB.equals(thing.getThingTypeUID())) {
                return new BaseBridgeHandler((Bridge) thing) {
                    @Override
                    public void initialize() {
                        if (Boolean.TRUE.equals(getConfig().get("broken"))) {
                            updateStatus(ThingStatus.OFFLINE, ThingStatusDetail.COMMUNICATION_ERROR, "broken");
                        } else {
                            updateStatus(ThingStatus.ONLINE);
                        }
                    }

                    @Override
                    public void handleCommand(ChannelUID channelUID, Command command) {
                    }

                    void goOffline() {
                        updateStatus(ThingStatus.OFFLINE, ThingStatusDetail.COMMUNICATION_ERROR, "lost");
                    }

                    @Override
                    public void dispose() {
                        goOffline();
                    }
                };
            }
            return new BaseThingHandler(thing) {
                @Override
                public void initialize() {
                    updateStatus(ThingStatus.ONLINE);
                }

                @Override
                public void handleCommand(ChannelUID channelUID, Command command) {
                    received.add(channelUID.getId() + "=" + command);
                    updateState("level", (State) command);
                }

                @Override
                public void bridgeStatusChanged(ThingStatusInfo bridgeStatusInfo) {
                    bridgeStatusSeenByChild.add(bridgeStatusInfo.getStatus());
                }
            };
        }
    }

    /** An action "test.Copy" that commands item {@code to} with the state of item {@code from}. */
    private final class CopyActionFactory extends BaseModuleHandlerFactory {
        @Override
        public List<String> getTypes() {
            return List.of("test.Copy");
        }

        @Override
        protected @Nullable ModuleHandler internalCreate(Module module, String ruleUID) {
            Object from = module.getConfiguration().get("from");
            Object to = module.getConfiguration().get("to");
            if (!(from instanceof String fromItem) || !(to instanceof String toItem)) {
                return null;
            }
            EventPublisher publisher = host.eventPublisher();
            return new BaseActionModuleHandler((Action) module) {
                @Override
                public @Nullable Map<String, @Nullable Object> execute(Map<String, Object> context) {
                    try {
                        State state = host.itemRegistry().getItem(fromItem).getState();
                        publisher.post(ItemEventFactory.createCommandEvent(toItem, (Command) state));
                    } catch (ItemNotFoundException e) {
                        throw new IllegalStateException(e);
                    }
                    return null;
                }
            };
        }
    }

    @BeforeEach
    void setUp() throws Exception {
        host.addThingTypes(getClass().getResource("/OH-INF/thing/test.xml"));
    }

    @AfterEach
    void tearDown() {
        host.close();
    }

    @Test
    void thingsComeUpWithTheirChannelsAndCommandsReachTheHandler() throws InterruptedException {
        host.addThingHandlerFactory(new TestFactory());
        host.load("""
                {"things": [
                   {"uid": "hosttest:device:hub1:dev1", "bridge": "hosttest:hub:hub1"},
                   {"uid": "hosttest:hub:hub1"}],
                 "items": [
                   {"name": "Level", "type": "Number:Power", "channel": "hosttest:device:hub1:dev1:level"},
                   {"name": "Target", "type": "Number:Power", "channel": "hosttest:device:hub1:dev1:control#target"}]}
                """);
        assertEquals(ThingStatus.ONLINE, host.getThingStatus("hosttest:hub:hub1").getStatus());
        assertEquals(ThingStatus.ONLINE, host.getThingStatus("hosttest:device:hub1:dev1").getStatus());
        Thing device = host.getThing("hosttest:device:hub1:dev1");
        assertNotNull(device);
        assertEquals(List.of("level", "control#target"),
                device.getChannels().stream().map(c -> c.getUID().getId()).toList());
        assertInstanceOf(Bridge.class, host.getThing("hosttest:hub:hub1"));

        host.sendCommand("Target", new QuantityType<>(1500, Units.WATT));
        assertEquals(List.of("control#target=1500 W"), received);
        assertEquals(new QuantityType<>(1500, Units.WATT), host.getItemState("Level"));
        assertEquals(new QuantityType<>(1500, Units.WATT),
                host.getChannelState("hosttest:device:hub1:dev1:level"));
    }

    @Test
    void bridgeStatusChangesReachTheChildrenAndDisposeReportsUninitialized() throws InterruptedException {
        host.addThingHandlerFactory(new TestFactory());
        host.load("""
                {"things": [{"uid": "hosttest:hub:hub2"}, {"uid": "hosttest:device:hub2:dev", "bridge": "hosttest:hub:hub2"}]}
                """);
        host.removeThing("hosttest:hub:hub2");
        await(() -> bridgeStatusSeenByChild.contains(ThingStatus.OFFLINE) || host.getThings().isEmpty(),
                "child told or removed");
        assertEquals(ThingStatus.UNINITIALIZED, host.getThingStatus("hosttest:device:hub2:dev").getStatus());
        assertTrue(host.getThings().isEmpty());
    }

    @Test
    void aThingWaitsForItsFactory() {
        host.load("""
                {"things": [{"uid": "hosttest:hub:late", "config": {"broken": true}}]}
                """);
        assertEquals(ThingStatus.UNINITIALIZED, host.getThingStatus("hosttest:hub:late").getStatus());
        host.load("""
                {"things": [{"uid": "hosttest:hub:withdrawn"}]}
                """);
        host.removeThing("hosttest:hub:withdrawn");
        host.addThingHandlerFactory(new TestFactory());
        assertNull(host.getThing("hosttest:hub:withdrawn"), "a removed thing must not come up later");
        ThingStatusInfo status = host.getThingStatus("hosttest:hub:late");
        assertEquals(ThingStatus.OFFLINE, status.getStatus());
        assertEquals("broken", status.getDescription());
    }

    @Test
    void rulesRunTheirActionsWhenTheTriggerItemIsUpdated() throws InterruptedException {
        host.addModuleHandlerFactory(new CopyActionFactory());
        host.load("""
                {"items": [{"name": "Source", "type": "Number"}, {"name": "Copy", "type": "Number"},
                           {"name": "Lamp", "type": "Switch", "state": "ON"}],
                 "rules": [{"uid": "copy",
                            "triggers": [{"type": "core.ItemStateUpdateTrigger", "config": {"itemName": "Source"}}],
                            "actions": [{"type": "test.Copy", "config": {"from": "Source", "to": "Copy"}},
                                        {"type": "core.ItemCommandAction", "config": {"itemName": "Lamp", "command": "OFF"}}]}]}
                """);
        assertEquals("IDLE", host.ruleStatus("copy"));
        host.postUpdate("Source", new org.openhab.core.library.types.DecimalType(42));
        await(() -> "42".equals(host.getItemState("Copy").toString()), "copied state");
        await(() -> "OFF".equals(host.getItemState("Lamp").toString()), "lamp switched off");
    }

    @Test
    void aRemovedRuleNoLongerRuns() throws InterruptedException {
        host.addModuleHandlerFactory(new CopyActionFactory());
        host.load("""
                {"items": [{"name": "Source", "type": "Number"}, {"name": "Copy", "type": "Number", "state": "0"}],
                 "rules": [{"uid": "gone",
                            "triggers": [{"type": "core.ItemStateUpdateTrigger", "config": {"itemName": "Source"}}],
                            "actions": [{"type": "test.Copy", "config": {"from": "Source", "to": "Copy"}}]}]}
                """);
        host.removeRule("gone");
        assertEquals("UNKNOWN", host.ruleStatus("gone"));
        host.postUpdate("Source", new org.openhab.core.library.types.DecimalType(7));
        Thread.sleep(200);
        assertEquals("0", host.getItemState("Copy").toString());
    }

    @Test
    void aRuleWithoutItsModuleHandlerIsUninitializedUntilTheFactoryComes() {
        host.load("""
                {"items": [{"name": "Source", "type": "Number"}, {"name": "Copy", "type": "Number"}],
                 "rules": [{"uid": "waiting", "actions": [{"type": "test.Copy", "config": {"from": "Source", "to": "Copy"}}]},
                           {"uid": "misconfigured", "actions": [{"type": "test.Copy", "config": {}}]}]}
                """);
        assertTrue(host.ruleStatus("waiting").contains("HANDLER_MISSING_ERROR"), host.ruleStatus("waiting"));
        host.addModuleHandlerFactory(new CopyActionFactory());
        assertEquals("IDLE", host.ruleStatus("waiting"));
        assertTrue(host.ruleStatus("misconfigured").contains("HANDLER_INITIALIZING_ERROR"),
                host.ruleStatus("misconfigured"));
    }

    @Test
    void itemEventsReachSubscribersInOrderOffThePostersThread() throws InterruptedException {
        List<String> events = new CopyOnWriteArrayList<>();
        List<Thread> threads = new CopyOnWriteArrayList<>();
        host.addEventSubscriber(new EventSubscriber() {
            @Override
            public Set<String> getSubscribedEventTypes() {
                return Set.of(ItemStateChangedEvent.TYPE, ItemCommandEvent.TYPE);
            }

            @Override
            public void receive(Event event) {
                threads.add(Thread.currentThread());
                if (event instanceof ItemStateChangedEvent changed) {
                    events.add(changed.getItemName() + ":" + changed.getOldItemState() + "->" + changed.getItemState());
                } else if (event instanceof ItemCommandEvent command) {
                    events.add(command.getItemName() + "!" + command.getItemCommand());
                }
            }
        });
        host.load("{\"items\": [{\"name\": \"Grid\", \"type\": \"Switch\", \"state\": \"ON\"}]}");
        host.postUpdate("Grid", OnOffType.ON);
        host.postUpdate("Grid", OnOffType.OFF);
        host.sendCommand("Grid", OnOffType.ON);
        await(() -> events.size() == 3, "three events");
        assertEquals(List.of("Grid:ON->OFF", "Grid!ON", "Grid:OFF->ON"), events);
        assertFalse(threads.contains(Thread.currentThread()), "events are delivered on the host's event thread");
    }

    @Test
    void theTimeZoneComesFromTheHostsRegionalSettings() {
        host.setTimeZone(ZoneId.of("Asia/Tokyo"));
        assertEquals(ZoneId.of("Asia/Tokyo"), host.timeZoneProvider().getTimeZone());
    }

    @Test
    void invalidDefinitionsAreRejectedWithAClearMessage() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> host.load("{things: ["));
        assertTrue(e.getMessage().startsWith("Invalid host definition"), e.getMessage());
        assertThrows(IllegalArgumentException.class,
                () -> host.load("{\"items\": [{\"name\": \"bad name\", \"type\": \"Number\"}]}"));
    }

    @Test
    void statusTextReferencesResolveWithTheAddonsDefaultTexts() throws Exception {
        host.addTexts(getClass().getResource("/OH-INF/i18n/hosttest.properties"));
        assertEquals("Waiting for the charger.", host.text("@text/offline.waiting"));
        assertEquals("The port 8887 is in use.", host.text("@text/offline.port-in-use [\"8887\"]"));
        assertEquals("@text/offline.unknown", host.text("@text/offline.unknown"));
        assertEquals("plain words", host.text("plain words"));
        assertNull(host.text(null));
    }

    @Test
    void methodsTheHostDoesNotImplementFailLoudly() {
        UnsupportedOperationException e = assertThrows(UnsupportedOperationException.class,
                () -> host.itemRegistry().getItemsOfType("Number"));
        assertTrue(e.getMessage().contains("ItemRegistry.getItemsOfType"), e.getMessage());
    }

    private static void await(BooleanSupplier condition, String what) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(5).toNanos();
        while (!condition.getAsBoolean()) {
            assertTrue(System.nanoTime() < deadline, "not reached: " + what);
            Thread.sleep(10);
        }
    }
}
