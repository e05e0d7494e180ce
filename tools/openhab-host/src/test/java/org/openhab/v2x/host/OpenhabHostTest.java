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
import java.util.Collection;
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
import org.openhab.core.thing.binding.ThingHandlerService;
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
    private static final ThingTypeUID LAMP = new ThingTypeUID("hosttest", "lamp");

    private final OpenhabHost host = new OpenhabHost();
    private final List<String> received = new CopyOnWriteArrayList<>();
    private final List<ThingStatus> bridgeStatusSeenByChild = new CopyOnWriteArrayList<>();

    /** What handlers saw, in order: "init hub1", "child gw1 of hub1", "disposed gw1 of hub1", ... */
    private final List<String> lifecycle = new CopyOnWriteArrayList<>();
    private final List<Thread> handlerThreads = new CopyOnWriteArrayList<>();
    private final List<Map<String, Object>> initializedConfigs = new CopyOnWriteArrayList<>();

    /** A service the hub handler asks its factory to register, as thing actions are. */
    public interface HubService extends ThingHandlerService {
    }

    public static final class HubServiceImpl implements HubService {
        private @Nullable ThingHandler handler;

        @Override
        public void setThingHandler(ThingHandler handler) {
            this.handler = handler;
        }

        @Override
        public @Nullable ThingHandler getThingHandler() {
            return handler;
        }
    }

    /** A hub (ONLINE unless configured "broken"), a gateway on it, devices and sensors. */
    private class TestFactory extends BaseThingHandlerFactory {
        @Override
        public boolean supportsThingType(ThingTypeUID thingTypeUID) {
            return thingTypeUID.getBindingId().equals("hosttest");
        }

        @Override
        protected @Nullable ThingHandler createHandler(Thing thing) {
            if (thing instanceof Bridge bridge) {
                return new BaseBridgeHandler(bridge) {
                    @Override
                    public void initialize() {
                        handlerThreads.add(Thread.currentThread());
                        initializedConfigs.add(getThing().getConfiguration().getProperties());
                        lifecycle.add("init " + getThing().getUID().getId());
                        if (Boolean.TRUE.equals(getConfig().get("broken"))) {
                            updateStatus(ThingStatus.OFFLINE, ThingStatusDetail.COMMUNICATION_ERROR, "broken");
                        } else {
                            updateStatus(ThingStatus.ONLINE);
                        }
                    }

                    @Override
                    public void handleCommand(ChannelUID channelUID, Command command) {
                    }

                    @Override
                    public void childHandlerInitialized(ThingHandler childHandler, Thing childThing) {
                        lifecycle.add("child " + childThing.getUID().getId() + " of " + getThing().getUID().getId()
                                + " " + childThing.getStatus());
                    }

                    @Override
                    public void childHandlerDisposed(ThingHandler childHandler, Thing childThing) {
                        lifecycle.add("disposed " + childThing.getUID().getId() + " of " + getThing().getUID().getId());
                    }

                    @Override
                    public void dispose() {
                        lifecycle.add("dispose " + getThing().getUID().getId());
                    }

                    @Override
                    public Collection<Class<? extends ThingHandlerService>> getServices() {
                        return List.of(HubServiceImpl.class);
                    }
                };
            }
            return new BaseThingHandler(thing) {
                @Override
                public void initialize() {
                    lifecycle.add("init " + getThing().getUID().getId());
                    updateStatus(ThingStatus.ONLINE);
                }

                @Override
                public void handleCommand(ChannelUID channelUID, Command command) {
                    handlerThreads.add(Thread.currentThread());
                    received.add(channelUID.getId() + "=" + command);
                    updateState("level", (State) command);
                }

                @Override
                public void bridgeStatusChanged(ThingStatusInfo bridgeStatusInfo) {
                    bridgeStatusSeenByChild.add(bridgeStatusInfo.getStatus());
                }

                @Override
                public void dispose() {
                    lifecycle.add("dispose " + getThing().getUID().getId());
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
        host.addThingTypes(resource("/OH-INF/thing/test.xml"));
        host.addConfigDescriptions(resource("/OH-INF/config/gateway.xml"));
        host.addModuleTypes(resource("/OH-INF/automation/moduletypes/test.json"));
    }

    private static java.net.URL resource(String path) {
        java.net.URL url = OpenhabHostTest.class.getResource(path);
        assertNotNull(url, path);
        return url;
    }

    @AfterEach
    void tearDown() {
        host.close();
    }

    @Test
    void thingsComeUpWithTheirChannelsAndCommandsReachTheHandler() throws InterruptedException {
        host.activateThingHandlerFactory(new TestFactory());
        host.load("""
                {"things": [
                   {"uid": "hosttest:device:hub1:dev1", "bridge": "hosttest:hub:hub1"},
                   {"uid": "hosttest:hub:hub1"}],
                 "items": [
                   {"name": "Level", "type": "Number:Power", "channel": "hosttest:device:hub1:dev1:level"},
                   {"name": "Target", "type": "Number:Power", "channel": "hosttest:device:hub1:dev1:control#target"}]}
                """);
        await(() -> host.getThingStatus("hosttest:device:hub1:dev1").getStatus() == ThingStatus.ONLINE, "device online");
        assertEquals(ThingStatus.ONLINE, host.getThingStatus("hosttest:hub:hub1").getStatus());
        Thing device = host.getThing("hosttest:device:hub1:dev1");
        assertNotNull(device);
        assertEquals(List.of("level", "control#target"),
                device.getChannels().stream().map(c -> c.getUID().getId()).toList());
        assertInstanceOf(Bridge.class, host.getThing("hosttest:hub:hub1"));

        host.sendCommand("Target", new QuantityType<>(1500, Units.WATT));
        await(() -> new QuantityType<>(1500, Units.WATT).equals(host.getItemState("Level")), "level updated");
        assertEquals(List.of("control#target=1500 W"), received);
        assertFalse(handlerThreads.contains(Thread.currentThread()), "commands reach handlers off the caller's thread");
        assertEquals(new QuantityType<>(1500, Units.WATT),
                host.getChannelState("hosttest:device:hub1:dev1:level"));
    }

    @Test
    void bridgeStatusChangesReachTheChildrenAndDisposeReportsUninitialized() throws InterruptedException {
        host.activateThingHandlerFactory(new TestFactory());
        host.load("""
                {"things": [{"uid": "hosttest:hub:hub2"}, {"uid": "hosttest:device:hub2:dev", "bridge": "hosttest:hub:hub2"},
                            {"uid": "hosttest:device:hub2:dev2", "bridge": "hosttest:hub:hub2"}]}
                """);
        await(() -> host.getThingStatus("hosttest:device:hub2:dev").getStatus() == ThingStatus.ONLINE, "device up");
        // the hub goes offline: the initialized child hears about it
        host.updateThingConfiguration("hosttest:hub:hub2", Map.of("broken", true));
        await(() -> bridgeStatusSeenByChild.contains(ThingStatus.OFFLINE), "child told about its bridge");
        host.removeThing("hosttest:device:hub2:dev");
        await(() -> lifecycle.contains("disposed dev of hub2"), "bridge told about its child's disposal");
        host.removeThing("hosttest:hub:hub2");
        assertEquals(ThingStatus.UNINITIALIZED, host.getThingStatus("hosttest:device:hub2:dev2").getStatus());
        assertTrue(host.getThings().isEmpty());
        assertTrue(lifecycle.indexOf("dispose dev2") < lifecycle.lastIndexOf("dispose hub2"),
                "children are disposed before their bridge: " + lifecycle);
    }

    @Test
    void aThingWaitsForItsFactory() throws InterruptedException {
        host.load("""
                {"things": [{"uid": "hosttest:hub:late", "config": {"broken": true}}]}
                """);
        assertEquals(ThingStatus.UNINITIALIZED, host.getThingStatus("hosttest:hub:late").getStatus());
        host.load("""
                {"things": [{"uid": "hosttest:hub:withdrawn"}]}
                """);
        host.removeThing("hosttest:hub:withdrawn");
        host.activateThingHandlerFactory(new TestFactory());
        assertNull(host.getThing("hosttest:hub:withdrawn"), "a removed thing must not come up later");
        await(() -> host.getThingStatus("hosttest:hub:late").getStatus() == ThingStatus.OFFLINE, "late hub up");
        ThingStatusInfo status = host.getThingStatus("hosttest:hub:late");
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
    void listenersHearWhenARunHasEndedAndWhichTriggerStartedIt() throws InterruptedException {
        host.addModuleHandlerFactory(new CopyActionFactory());
        List<String> runs = new CopyOnWriteArrayList<>();
        host.addListener(new HostListener() {
            @Override
            public void ruleRan(String ruleUid, String triggerId) {
                // the action's effect is visible when the run is reported
                runs.add(ruleUid + "/" + triggerId + "/" + host.getItemState("Copy"));
            }
        });
        host.load("""
                {"items": [{"name": "Source", "type": "Number"}, {"name": "Copy", "type": "Number"}],
                 "rules": [{"uid": "copy",
                            "triggers": [{"id": "src", "type": "core.ItemStateUpdateTrigger", "config": {"itemName": "Source"}}],
                            "actions": [{"type": "test.Copy", "config": {"from": "Source", "to": "Copy"}}]}]}
                """);
        host.postUpdate("Source", new org.openhab.core.library.types.DecimalType(5));
        await(() -> !runs.isEmpty(), "the run was reported");
        assertEquals(List.of("copy/src/5"), runs);
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
        assertEquals("0", host.getItemState("Copy").toString(), "no rule is left to run");
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
        assertTrue(host.ruleStatus("misconfigured").contains("INVALID_RULE"),
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

    // ---- factories activated as Declarative Services does

    @Test
    void aFactoryThatWasNeverActivatedCannotRegisterHandlersWithServices() {
        host.addThingHandlerFactory(new TestFactory());
        host.load("""
                {"things": [{"uid": "hosttest:hub:plain"}]}
                """);
        ThingStatusInfo status = host.getThingStatus("hosttest:hub:plain");
        assertEquals(ThingStatus.UNINITIALIZED, status.getStatus());
        assertEquals(ThingStatusDetail.HANDLER_REGISTERING_ERROR, status.getStatusDetail());
    }

    @Test
    void anActivatedFactoryRegistersHandlerServicesInTheHostsBundleContext() throws Exception {
        List<String> serviceEvents = new CopyOnWriteArrayList<>();
        host.bundleContext().addServiceListener(event -> serviceEvents.add(event.getType() + " "
                + event.getServiceReference().getProperty(org.osgi.framework.Constants.OBJECTCLASS).getClass()
                        .getSimpleName()),
                "(objectClass=" + HubService.class.getName() + ")");
        host.activateThingHandlerFactory(new TestFactory());
        host.load("""
                {"things": [{"uid": "hosttest:hub:svc"}]}
                """);
        await(() -> host.getThingStatus("hosttest:hub:svc").getStatus() == ThingStatus.ONLINE, "hub online");
        List<HubService> registered = host.services(HubService.class);
        assertEquals(1, registered.size());
        assertSame(java.util.Objects.requireNonNull(host.getThing("hosttest:hub:svc")).getHandler(),
                registered.get(0).getThingHandler());
        host.removeThing("hosttest:hub:svc");
        assertTrue(host.services(HubService.class).isEmpty(), "services go with their handler");
        assertEquals(List.of(org.osgi.framework.ServiceEvent.REGISTERED + " String[]",
                org.osgi.framework.ServiceEvent.UNREGISTERING + " String[]"), serviceEvents);
        UnsupportedOperationException e = assertThrows(UnsupportedOperationException.class,
                () -> host.bundleContext().getBundles());
        assertTrue(e.getMessage().contains("BundleContext.getBundles"), e.getMessage());
    }

    // ---- handler calls off the caller's thread, with a timeout

    @Test
    void aHandlerThatThrowsOrHangsIsReportedAndNeverBlocksTheHost() throws Exception {
        java.util.concurrent.CountDownLatch release = new java.util.concurrent.CountDownLatch(1);
        try (OpenhabHost quick = new OpenhabHost(Duration.ofMillis(300))) {
            quick.addThingTypes(resource("/OH-INF/thing/test.xml"));
            quick.activateThingHandlerFactory(new BaseThingHandlerFactory() {
                @Override
                public boolean supportsThingType(ThingTypeUID thingTypeUID) {
                    return LAMP.equals(thingTypeUID);
                }

                @Override
                protected @Nullable ThingHandler createHandler(Thing thing) {
                    return new BaseThingHandler(thing) {
                        @Override
                        public void initialize() {
                            handlerThreads.add(Thread.currentThread());
                            if (thing.getUID().getId().equals("throws")) {
                                throw new IllegalStateException("cannot start");
                            }
                            try {
                                release.await();
                            } catch (InterruptedException e) {
                                Thread.currentThread().interrupt();
                            }
                            updateStatus(ThingStatus.ONLINE);
                        }

                        @Override
                        public void handleCommand(ChannelUID channelUID, Command command) {
                        }
                    };
                }
            });
            quick.load("""
                    {"things": [{"uid": "hosttest:lamp:throws"}, {"uid": "hosttest:lamp:hangs"}]}
                    """);
            ThingStatusInfo thrown = quick.getThingStatus("hosttest:lamp:throws");
            assertEquals(ThingStatus.UNINITIALIZED, thrown.getStatus());
            assertEquals(ThingStatusDetail.HANDLER_INITIALIZING_ERROR, thrown.getStatusDetail());
            assertEquals("cannot start", thrown.getDescription());
            // load returned although the second handler is still in initialize
            assertEquals(ThingStatus.INITIALIZING, quick.getThingStatus("hosttest:lamp:hangs").getStatus());
            assertFalse(handlerThreads.contains(Thread.currentThread()), "initialize runs off the caller's thread");
            release.countDown();
            await(() -> quick.getThingStatus("hosttest:lamp:hangs").getStatus() == ThingStatus.ONLINE,
                    "the slow handler finishes");
        }
    }

    // ---- bridge ordering and status propagation

    @Test
    void thingsComeUpAfterTheirBridgesAtAnyDepthWhateverTheOrder() throws InterruptedException {
        host.activateThingHandlerFactory(new TestFactory());
        host.load("""
                {"things": [
                   {"uid": "hosttest:sensor:hub3:gw3:s3", "bridge": "hosttest:gateway:hub3:gw3"},
                   {"uid": "hosttest:gateway:hub3:gw3", "bridge": "hosttest:hub:hub3", "config": {"id": "g"}},
                   {"uid": "hosttest:sensor:none:s4", "bridge": "hosttest:gateway:none"},
                   {"uid": "hosttest:hub:hub3"}]}
                """);
        await(() -> lifecycle.contains("child s3 of gw3 ONLINE"), "sensor announced to the gateway");
        await(() -> lifecycle.contains("child gw3 of hub3 ONLINE"), "gateway announced to the hub");
        assertTrue(lifecycle.indexOf("init hub3") < lifecycle.indexOf("init gw3"), lifecycle.toString());
        assertTrue(lifecycle.indexOf("init gw3") < lifecycle.indexOf("init s3"), lifecycle.toString());
        assertEquals(ThingStatus.ONLINE, host.getThingStatus("hosttest:sensor:hub3:gw3:s3").getStatus());
        ThingStatusInfo orphan = host.getThingStatus("hosttest:sensor:none:s4");
        assertEquals(ThingStatus.UNINITIALIZED, orphan.getStatus());
        assertEquals(ThingStatusDetail.BRIDGE_UNINITIALIZED, orphan.getStatusDetail());
        assertFalse(lifecycle.contains("init s4"));
    }

    @Test
    void aThingOfATypeThatNeedsABridgeIsNotInitializedWithoutOne() {
        host.activateThingHandlerFactory(new TestFactory());
        host.load("""
                {"things": [{"uid": "hosttest:device:alone"}]}
                """);
        ThingStatusInfo status = host.getThingStatus("hosttest:device:alone");
        assertEquals(ThingStatusDetail.HANDLER_CONFIGURATION_PENDING, status.getStatusDetail());
        assertTrue(String.valueOf(status.getDescription()).contains("bridge"), status.getDescription());
    }

    // ---- configuration from the XML

    @Test
    void configurationGetsDefaultsAndTypesFromTheXmlBeforeInitialize() throws InterruptedException {
        host.activateThingHandlerFactory(new TestFactory());
        host.load("""
                {"things": [{"uid": "hosttest:hub:cfg", "config": {"port": "8080", "profile": 2.0}}]}
                """);
        await(() -> !initializedConfigs.isEmpty(), "hub initialized");
        Map<String, Object> config = initializedConfigs.get(0);
        assertEquals(new java.math.BigDecimal("8080"), config.get("port"));
        assertEquals(java.math.BigDecimal.valueOf(2), config.get("profile"));
        assertEquals(Boolean.FALSE, config.get("broken"), "the XML default");
    }

    @Test
    void anInvalidConfigurationKeepsTheThingUninitializedWithTheReason() {
        host.activateThingHandlerFactory(new TestFactory());
        host.load("""
                {"things": [
                   {"uid": "hosttest:hub:big", "config": {"port": 70000}},
                   {"uid": "hosttest:hub:caps", "config": {"name": "ABC"}},
                   {"uid": "hosttest:hub:opt", "config": {"profile": 3}},
                   {"uid": "hosttest:gateway:noid", "bridge": "hosttest:hub:big"}]}
                """);
        assertPending("hosttest:hub:big", "port");
        assertPending("hosttest:hub:caps", "name");
        assertPending("hosttest:hub:opt", "profile");
        assertTrue(initializedConfigs.isEmpty(), "no handler was initialized");
    }

    @Test
    void aConfigDescriptionReferencedFromOhInfConfigIsApplied() throws InterruptedException {
        host.activateThingHandlerFactory(new TestFactory());
        host.load("""
                {"things": [{"uid": "hosttest:hub:h5"}, {"uid": "hosttest:gateway:h5:g5", "bridge": "hosttest:hub:h5"}]}
                """);
        await(() -> host.getThingStatus("hosttest:gateway:h5:g5").getStatusDetail()
                == ThingStatusDetail.HANDLER_CONFIGURATION_PENDING, "gateway refused");
        assertTrue(String.valueOf(host.getThingStatus("hosttest:gateway:h5:g5").getDescription()).contains("id"));
    }

    // ---- editing a thing's configuration

    @Test
    void editingTheConfigurationReinitializesTheHandlerWithoutANewChildAnnouncement() throws InterruptedException {
        host.activateThingHandlerFactory(new TestFactory());
        host.load("""
                {"things": [{"uid": "hosttest:hub:h6"}, {"uid": "hosttest:gateway:h6:g6", "bridge": "hosttest:hub:h6",
                             "config": {"id": "old"}}]}
                """);
        await(() -> lifecycle.contains("child g6 of h6 ONLINE"), "gateway up");
        host.updateThingConfiguration("hosttest:gateway:h6:g6", Map.of("id", "new"));
        Thing gateway = java.util.Objects.requireNonNull(host.getThing("hosttest:gateway:h6:g6"));
        assertEquals("new", gateway.getConfiguration().get("id"));
        assertEquals(List.of("init g6", "dispose g6", "init g6"),
                lifecycle.stream().filter(e -> e.endsWith("g6")).toList());
        assertEquals(1, lifecycle.stream().filter(e -> e.startsWith("child g6")).count(), lifecycle.toString());

        IllegalArgumentException refused = assertThrows(IllegalArgumentException.class,
                () -> host.updateThingConfiguration("hosttest:hub:h6", Map.of("port", 0)));
        assertTrue(refused.getMessage().contains("port"), refused.getMessage());
        assertEquals(java.math.BigDecimal.valueOf(8887),
                java.util.Objects.requireNonNull(host.getThing("hosttest:hub:h6")).getConfiguration().get("port"));
    }

    // ---- module types, rule threads, rule context

    /** An action "test.Record" that records its configuration and context and waits while {@code gate} is closed. */
    private final class RecordActionFactory extends BaseModuleHandlerFactory {
        final List<Map<String, Object>> configurations = new CopyOnWriteArrayList<>();
        final List<Map<String, Object>> contexts = new CopyOnWriteArrayList<>();
        final java.util.concurrent.CountDownLatch gate = new java.util.concurrent.CountDownLatch(1);

        @Override
        public List<String> getTypes() {
            return List.of("test.Record");
        }

        @Override
        protected @Nullable ModuleHandler internalCreate(Module module, String ruleUID) {
            configurations.add(module.getConfiguration().getProperties());
            return new BaseActionModuleHandler((Action) module) {
                @Override
                public @Nullable Map<String, @Nullable Object> execute(Map<String, Object> context) {
                    if (ruleUID.equals("slow")) {
                        try {
                            gate.await();
                        } catch (InterruptedException e) {
                            Thread.currentThread().interrupt();
                        }
                    }
                    contexts.add(Map.copyOf(context));
                    return Map.of("result", "done " + ruleUID);
                }
            };
        }
    }

    @Test
    void aRuleWithAnUnknownModuleTypeIsInvalidAndModuleConfigurationsGetTheTypesDefaults() {
        RecordActionFactory factory = new RecordActionFactory();
        host.addModuleHandlerFactory(factory);
        host.load("""
                {"items": [{"name": "In", "type": "Number"}],
                 "rules": [{"uid": "unknown", "actions": [{"type": "test.Nowhere"}]},
                           {"uid": "defaults", "actions": [{"type": "test.Record", "config": {"count": "3"}}]},
                           {"uid": "bad", "actions": [{"type": "test.Record", "config": {"level": "medium"}}]},
                           {"uid": "missing", "actions": [{"type": "test.Copy", "config": {"from": "In"}}]}]}
                """);
        assertTrue(host.ruleStatus("unknown").startsWith("UNINITIALIZED: INVALID_RULE"), host.ruleStatus("unknown"));
        assertTrue(host.ruleStatus("unknown").contains("test.Nowhere"), host.ruleStatus("unknown"));
        assertEquals("IDLE", host.ruleStatus("defaults"));
        assertEquals(Map.of("count", java.math.BigDecimal.valueOf(3), "factor", new java.math.BigDecimal("2.5"),
                "level", "low"), factory.configurations.get(0));
        assertTrue(host.ruleStatus("bad").contains("level"), host.ruleStatus("bad"));
        assertTrue(host.ruleStatus("missing").contains("to"), host.ruleStatus("missing"));
    }

    @Test
    void eachRuleRunsOnItsOwnThreadSoASlowRuleDoesNotHoldUpAnother() throws InterruptedException {
        RecordActionFactory factory = new RecordActionFactory();
        host.addModuleHandlerFactory(factory);
        host.load("""
                {"items": [{"name": "In", "type": "Number"}],
                 "rules": [{"uid": "slow", "triggers": [{"type": "core.ItemStateUpdateTrigger", "config": {"itemName": "In"}}],
                            "actions": [{"type": "test.Record"}]},
                           {"uid": "fast", "triggers": [{"type": "core.ItemStateUpdateTrigger", "config": {"itemName": "In"}}],
                            "actions": [{"type": "test.Record"}]}]}
                """);
        host.postUpdate("In", new org.openhab.core.library.types.DecimalType(1));
        await(() -> factory.contexts.size() == 1, "the fast rule ran while the slow one waits");
        factory.gate.countDown();
        await(() -> factory.contexts.size() == 2, "the slow rule ran");
    }

    @Test
    void actionsSeeTriggerOutputsUnderTheTriggerIdAndTheirInputsByConnection() throws InterruptedException {
        RecordActionFactory factory = new RecordActionFactory();
        host.addModuleHandlerFactory(factory);
        host.load("""
                {"items": [{"name": "In", "type": "Number", "state": "1"}],
                 "rules": [{"uid": "ctx", "triggers": [{"id": "t", "type": "core.ItemStateChangeTrigger", "config": {"itemName": "In"}}],
                            "actions": [{"id": "a1", "type": "test.Record"},
                                        {"id": "a2", "type": "test.Record", "inputs": {"value": "t.newState"}}]}]}
                """);
        host.postUpdate("In", new org.openhab.core.library.types.DecimalType(5));
        await(() -> factory.contexts.size() == 2, "both actions ran");
        Map<String, Object> first = factory.contexts.get(0);
        assertEquals(new org.openhab.core.library.types.DecimalType(5), first.get("t.newState"));
        assertEquals(new org.openhab.core.library.types.DecimalType(1), first.get("t.oldState"));
        assertInstanceOf(ItemStateChangedEvent.class, first.get("t.event"));
        assertFalse(first.containsKey("newState"), "no bare output keys: " + first.keySet());
        Map<String, Object> second = factory.contexts.get(1);
        assertEquals("done ctx", second.get("a1.result"));
        assertEquals(new org.openhab.core.library.types.DecimalType(5), second.get("value"));
    }

    private void assertPending(String thingUid, String parameter) {
        ThingStatusInfo status = host.getThingStatus(thingUid);
        assertEquals(ThingStatus.UNINITIALIZED, status.getStatus(), thingUid);
        assertEquals(ThingStatusDetail.HANDLER_CONFIGURATION_PENDING, status.getStatusDetail(), thingUid);
        assertTrue(String.valueOf(status.getDescription()).contains(parameter), status.getDescription());
    }

    private static void await(BooleanSupplier condition, String what) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(5).toNanos();
        while (!condition.getAsBoolean()) {
            assertTrue(System.nanoTime() < deadline, "not reached: " + what);
            Thread.sleep(10);
        }
    }
}
