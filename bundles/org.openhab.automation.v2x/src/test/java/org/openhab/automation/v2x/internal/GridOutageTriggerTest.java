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

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.*;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.time.Duration;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

import org.awaitility.core.ConditionFactory;
import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openhab.automation.v2x.internal.handler.ItemStateChangeRouter;
import org.openhab.core.automation.Module;
import org.openhab.core.automation.ModuleHandlerCallback;
import org.openhab.core.automation.handler.ActionHandler;
import org.openhab.core.automation.handler.ModuleHandler;
import org.openhab.core.automation.handler.ModuleHandlerFactory;
import org.openhab.core.events.Event;
import org.openhab.core.events.EventFilter;
import org.openhab.core.events.EventSubscriber;
import org.openhab.core.items.Item;
import org.openhab.core.items.ItemRegistry;
import org.openhab.core.items.events.ItemEventFactory;
import org.openhab.core.items.events.ItemStateChangedEvent;
import org.openhab.core.library.types.OnOffType;
import org.openhab.v2x.host.HostDefinition.ItemDefinition;
import org.openhab.v2x.host.HostDefinition.ModuleDefinition;
import org.openhab.v2x.host.HostDefinition.RuleDefinition;
import org.openhab.v2x.host.OpenhabHost;
import org.openhab.v2x.host.internal.StateParser;

/**
 * The {@code v2x.GridOutage} trigger in the test host, driven by the host's item events. The rule's recording
 * action stores the trigger's outputs of every run as "event/gridAvailable" (runs started by the rule's second
 * trigger, an update of {@code Tick}, as "tick").
 * <p>
 * Nothing here waits for a time: {@link #settle()} first makes sure the add-on's event subscriber has handled every
 * item change posted so far (it sees a marker item's change, which the host delivers after them), then runs the rule
 * once from {@code Tick} and waits for that run; runs of one rule happen in the order they were started, so by then
 * every firing the earlier changes caused is recorded and a missing or extra one shows.
 *
 * @author openHAB V2X contributors - Initial contribution
 */
@NonNullByDefault
class GridOutageTriggerTest {

    private static final String RULE = "grid-outage-rule";
    private static final String TRIGGER_ID = "grid";
    private static final String RECORD = "test.RecordOutputs";
    private static final String TICK = "tick";
    private static final Duration TIMEOUT = Duration.ofSeconds(10);

    private final OpenhabHost host = new OpenhabHost();
    private final ReadCounter reads = new ReadCounter(host.itemRegistry());
    private final ItemStateChangeRouter itemChanges = new ItemStateChangeRouter();
    private final MarkedSubscriber subscriber = new MarkedSubscriber(itemChanges);
    private final V2xModuleHandlerFactory factory = new V2xModuleHandlerFactory(reads.registry(),
            host.eventPublisher(), host.timeZoneProvider(), itemChanges);
    private final List<String> firings = new ArrayList<>();
    private int markers;

    GridOutageTriggerTest() {
        item("GridOk", "Switch", "ON");
        item("GridVoltage", "Number:ElectricPotential", "230 V");
        item("GridVoltagePlain", "Number", "230");
        item("GridPower", "Number:Power", "0 W");
        item("Marker", "String", "m0");
        item("Tick", "String", null);
        host.setTimeZone(ZoneOffset.UTC);
        host.addEventSubscriber(subscriber);
        try {
            // openHAB knows module types from their JSON: the add-on's and this test's recording action
            host.addModuleTypes(resource("/OH-INF/automation/moduletypes/v2x.json"));
            host.addModuleTypes(resource("/test-moduletypes.json"));
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
        host.addModuleHandlerFactory(factory);
        host.addModuleHandlerFactory(new RecordingFactory());
    }

    private static java.net.URL resource(String path) {
        return java.util.Objects.requireNonNull(GridOutageTriggerTest.class.getResource(path), path);
    }

    @AfterEach
    void close() {
        host.close();
    }

    @Test
    void switchFiresLostOnceAndRestoredOnce() {
        rule(switchTrigger());
        assertEquals("IDLE", host.ruleStatus(RULE));
        settle();
        assertEquals(List.of(), firings(), "grid present at start: nothing to report");

        set("GridOk", "OFF");
        awaitFirings("LOST/OFF");
        set("GridOk", "OFF");
        settle();
        assertEquals(List.of("LOST/OFF"), firings(), "the outage is reported once, not at every update");

        set("GridOk", "ON");
        awaitFirings("LOST/OFF", "RESTORED/ON");
        set("GridOk", "OFF");
        awaitFirings("LOST/OFF", "RESTORED/ON", "LOST/OFF");
        settle();
        assertEquals(List.of("LOST/OFF", "RESTORED/ON", "LOST/OFF"), firings(), "a second outage is reported again");
    }

    @Test
    void gridAlreadyLostAtStartFiresLost() {
        set("GridOk", "OFF");
        rule(switchTrigger());
        awaitFirings("LOST/OFF");
        settle();
        assertEquals(List.of("LOST/OFF"), firings(), "the change to OFF posted before arming is not a second outage");
        set("GridOk", "ON");
        awaitFirings("LOST/OFF", "RESTORED/ON");
    }

    @Test
    void reactsToItemEventsWithoutReadingTheItemAgain() {
        rule(switchTrigger());
        settle();
        int readsWhenArmed = reads.of("GridOk");
        assertTrue(readsWhenArmed > 0, "the state at start comes from the item registry");

        set("GridOk", "OFF");
        set("GridOk", "ON");
        set("GridOk", "OFF");
        awaitFirings("LOST/OFF", "RESTORED/ON", "LOST/OFF");
        assertEquals(readsWhenArmed, reads.of("GridOk"), "after arming, only item events drive the trigger");
    }

    @Test
    void voltageBelowTheMinimumIsAnOutage() {
        Map<String, Object> config = voltageTrigger("GridVoltage");
        config.put("minGridVoltage", 200);
        rule(config);
        assertEquals("IDLE", host.ruleStatus(RULE));

        set("GridVoltage", "200 V");
        settle();
        assertEquals(List.of(), firings(), "at the minimum the grid is still present");

        set("GridVoltage", "199.5 V");
        set("GridVoltage", "0 V");
        settle();
        assertEquals(List.of("LOST/OFF"), firings(), "one outage, however low the voltage goes");

        set("GridVoltage", "0.231 kV");
        settle();
        assertEquals(List.of("LOST/OFF", "RESTORED/ON"), firings(), "kV is converted to V");
    }

    @Test
    void voltageUsesTheDefaultMinimumAndPlainNumbersInVolts() {
        rule(voltageTrigger("GridVoltagePlain"));
        set("GridVoltagePlain", "185");
        settle();
        assertEquals(List.of(), firings(), "185 V is above the default minimum of 180 V");
        set("GridVoltagePlain", "179");
        settle();
        assertEquals(List.of("LOST/OFF"), firings());
    }

    @Test
    void unknownSwitchStateFiresNothing() {
        set("GridOk", "NULL");
        rule(switchTrigger());
        set("GridOk", "UNDEF");
        settle();
        assertEquals(List.of(), firings(), "an unknown grid state is no outage");

        set("GridOk", "ON");
        set("GridOk", "UNDEF");
        set("GridOk", "NULL");
        set("GridOk", "ON");
        settle();
        assertEquals(List.of(), firings(), "ON, unknown, ON again: the grid never went away");

        set("GridOk", "UNDEF");
        set("GridOk", "OFF");
        settle();
        assertEquals(List.of("LOST/OFF"), firings(), "a real OFF after an unknown state is an outage");
        set("GridOk", "UNDEF");
        set("GridOk", "ON");
        settle();
        assertEquals(List.of("LOST/OFF", "RESTORED/ON"), firings());
    }

    @Test
    void unknownVoltageFiresNothing() {
        set("GridVoltage", "UNDEF");
        rule(voltageTrigger("GridVoltage"));
        set("GridVoltage", "230 V");
        set("GridVoltage", "NULL");
        set("GridVoltage", "UNDEF");
        settle();
        assertEquals(List.of(), firings());
        set("GridVoltage", "10 V");
        settle();
        assertEquals(List.of("LOST/OFF"), firings());
    }

    @Test
    void aFailedReadAtArmingWaitsForTheNextChange() {
        // the first read checks the item's type when the handler is created, the second one arms the trigger
        reads.failRead("GridOk", reads.of("GridOk") + 2);
        rule(switchTrigger());
        assertEquals("IDLE", host.ruleStatus(RULE), "a failed read does not break the rule");
        assertEquals(2, reads.of("GridOk"));

        set("GridOk", "OFF");
        settle();
        assertEquals(List.of("LOST/OFF"), firings(), "the item's changes still drive the trigger");
    }

    @Test
    void missingItemIsNamedInTheRuleStatus() {
        Map<String, Object> config = switchTrigger();
        config.put("gridAvailableItem", "NoSuchGrid");
        rule(config);
        String status = host.ruleStatus(RULE);
        assertTrue(status.startsWith("UNINITIALIZED"), status);
        assertTrue(status.contains("NoSuchGrid") && status.contains("gridAvailableItem"), status);

        rule(voltageTrigger("NoSuchVoltage"));
        status = host.ruleStatus(RULE);
        assertTrue(status.startsWith("UNINITIALIZED"), status);
        assertTrue(status.contains("NoSuchVoltage") && status.contains("gridVoltageItem"), status);
        assertFalse(itemChanges.isListenedTo("NoSuchVoltage"));
    }

    @Test
    void wrongItemTypeIsNamedInTheRuleStatus() {
        Map<String, Object> config = switchTrigger();
        config.put("gridAvailableItem", "GridVoltage");
        rule(config);
        String status = host.ruleStatus(RULE);
        assertTrue(status.startsWith("UNINITIALIZED"), status);
        assertTrue(status.contains("GridVoltage") && status.contains("Switch"), status);

        rule(voltageTrigger("GridPower"));
        status = host.ruleStatus(RULE);
        assertTrue(status.startsWith("UNINITIALIZED"), status);
        assertTrue(status.contains("GridPower") && status.contains("Number:Power"), status);

        rule(voltageTrigger("GridOk"));
        status = host.ruleStatus(RULE);
        assertTrue(status.contains("GridOk") && status.contains("gridVoltageItem"), status);
    }

    @Test
    void exactlyOneGridItemIsRequired() {
        Map<String, Object> both = switchTrigger();
        both.put("gridVoltageItem", "GridVoltage");
        rule(both);
        assertTrue(host.ruleStatus(RULE).contains("gridAvailableItem")
                && host.ruleStatus(RULE).contains("gridVoltageItem"), host.ruleStatus(RULE));

        rule(new LinkedHashMap<>(Map.of("minGridVoltage", 200)));
        assertTrue(host.ruleStatus(RULE).startsWith("UNINITIALIZED")
                && host.ruleStatus(RULE).contains("gridAvailableItem"), host.ruleStatus(RULE));
    }

    @Test
    void theRetiredPollIntervalIsIgnored() {
        Map<String, Object> config = switchTrigger();
        config.put("pollInterval", 0);
        rule(config);
        assertEquals("IDLE", host.ruleStatus(RULE), "rules written for the polling trigger keep working");
        set("GridOk", "OFF");
        awaitFirings("LOST/OFF");
    }

    @Test
    void removingTheRuleStopsListening() {
        rule(switchTrigger());
        assertTrue(itemChanges.isListenedTo("GridOk"));

        RuleDefinition replacement = new RuleDefinition();
        replacement.uid = RULE;
        replacement.triggers.add(HostFixture.module("core.ItemStateUpdateTrigger", Map.of("itemName", "Tick")));
        replacement.actions.add(HostFixture.module(RECORD, Map.of()));
        host.addRule(replacement);
        assertEquals("IDLE", host.ruleStatus(RULE));
        assertFalse(itemChanges.isListenedTo("GridOk"), "the disposed trigger still listens to the grid item");

        set("GridOk", "OFF");
        settle();
        assertEquals(List.of(), firings(), "the outage after the removal fired the rule");
    }

    @Test
    void removingTheHandlerFactoryStopsListening() {
        rule(switchTrigger());
        assertTrue(itemChanges.isListenedTo("GridOk"));
        host.removeModuleHandlerFactory(factory);
        assertTrue(host.ruleStatus(RULE).startsWith("UNINITIALIZED"), host.ruleStatus(RULE));
        assertFalse(itemChanges.isListenedTo("GridOk"), "the disposed trigger still listens to the grid item");
    }

    @Test
    void deactivatingTheFactoryStopsListening() {
        rule(switchTrigger());
        assertTrue(itemChanges.isListenedTo("GridOk"));
        factory.deactivate();
        assertFalse(itemChanges.isListenedTo("GridOk"), "the trigger still listens after its factory went away");

        set("GridOk", "OFF");
        settle();
        assertEquals(List.of(), firings(), "an outage after the deactivation fired the rule");
    }

    @Test
    void theSubscriberOnlyTakesChangesOfItemsATriggerListensTo() {
        EventFilter filter = itemChanges.getEventFilter();
        assertEquals(Set.of(ItemStateChangedEvent.TYPE), itemChanges.getSubscribedEventTypes());
        assertFalse(filter.apply(changeOf("GridOk")), "no trigger armed yet");
        rule(switchTrigger());
        assertTrue(filter.apply(changeOf("GridOk")));
        assertFalse(filter.apply(changeOf("GridPower")));
    }

    private static Event changeOf(String itemName) {
        ZonedDateTime time = ZonedDateTime.of(2026, 6, 1, 12, 0, 0, 0, ZoneOffset.UTC);
        return ItemEventFactory.createStateChangedEvent(itemName, OnOffType.OFF, OnOffType.ON, time, time);
    }

    private static Map<String, Object> switchTrigger() {
        Map<String, Object> config = new LinkedHashMap<>();
        config.put("gridAvailableItem", "GridOk");
        return config;
    }

    private static Map<String, Object> voltageTrigger(String itemName) {
        Map<String, Object> config = new LinkedHashMap<>();
        config.put("gridVoltageItem", itemName);
        return config;
    }

    /** Adds (or replaces) the rule: the grid outage trigger and a Tick trigger, then the recording action. */
    private void rule(Map<String, Object> triggerConfig) {
        RuleDefinition rule = new RuleDefinition();
        rule.uid = RULE;
        ModuleDefinition trigger = HostFixture.module("v2x.GridOutage", triggerConfig);
        trigger.id = TRIGGER_ID;
        rule.triggers.add(trigger);
        rule.triggers.add(HostFixture.module("core.ItemStateUpdateTrigger", Map.of("itemName", "Tick")));
        rule.actions.add(HostFixture.module(RECORD, Map.of()));
        host.addRule(rule);
    }

    private void item(String name, String type, @Nullable String state) {
        ItemDefinition definition = new ItemDefinition();
        definition.name = name;
        definition.type = type;
        definition.state = state;
        host.addItem(definition);
    }

    private void set(String itemName, String state) {
        String type = host.itemRegistry().get(itemName) instanceof Item item ? item.getType() : "String";
        host.postUpdate(itemName, StateParser.parse(type, state));
    }

    /** Waits until every firing caused by the item changes posted so far is recorded (see the class comment). */
    private void settle() {
        int marker = ++markers;
        set("Marker", "m" + marker);
        waiting().until(() -> subscriber.markersSeen() >= marker);
        int ticks = ticks();
        set("Tick", "t" + marker);
        waiting().until(() -> ticks() > ticks);
    }

    /** Waits for the firings so far to be exactly these. */
    private void awaitFirings(String... expected) {
        waiting().until(() -> firings().size() >= expected.length);
        assertEquals(List.of(expected), firings());
    }

    /** Checks the condition at once and then often: each check is cheap, and the tests wait for many conditions. */
    private static ConditionFactory waiting() {
        return await().pollDelay(Duration.ZERO).pollInterval(Duration.ofMillis(5)).atMost(TIMEOUT);
    }

    private List<String> firings() {
        synchronized (firings) {
            return firings.stream().filter(f -> !TICK.equals(f)).toList();
        }
    }

    private int ticks() {
        synchronized (firings) {
            return (int) firings.stream().filter(TICK::equals).count();
        }
    }

    /**
     * The add-on's subscriber as the host sees it, plus the changes of the {@code Marker} item, which it counts: the
     * host delivers events to a subscriber in the order they were posted.
     */
    private static final class MarkedSubscriber implements EventSubscriber {
        private final ItemStateChangeRouter target;
        private final AtomicInteger markers = new AtomicInteger();

        MarkedSubscriber(ItemStateChangeRouter target) {
            this.target = target;
        }

        int markersSeen() {
            return markers.get();
        }

        @Override
        public Set<String> getSubscribedEventTypes() {
            return target.getSubscribedEventTypes();
        }

        @Override
        public EventFilter getEventFilter() {
            return event -> isMarker(event) || target.getEventFilter().apply(event);
        }

        @Override
        public void receive(Event event) {
            if (isMarker(event)) {
                markers.incrementAndGet();
            } else {
                target.receive(event);
            }
        }

        private static boolean isMarker(Event event) {
            return event instanceof ItemStateChangedEvent changed && "Marker".equals(changed.getItemName());
        }
    }

    /** Serves the recording action: each run stores the grid trigger's outputs, or "tick" for a Tick run. */
    private final class RecordingFactory implements ModuleHandlerFactory {
        @Override
        public Collection<String> getTypes() {
            return List.of(RECORD);
        }

        @Override
        public ModuleHandler getHandler(Module module, String ruleUID) {
            return new ActionHandler() {
                @Override
                public @Nullable Map<String, Object> execute(Map<String, Object> context) {
                    // openHAB passes trigger outputs as "<trigger id>.<output>"
                    Object event = context.get(TRIGGER_ID + ".event");
                    synchronized (firings) {
                        firings.add(event == null ? TICK : event + "/" + context.get(TRIGGER_ID + ".gridAvailable"));
                    }
                    return null;
                }

                @Override
                public void setCallback(ModuleHandlerCallback callback) {
                }

                @Override
                public void dispose() {
                }
            };
        }

        @Override
        public void ungetHandler(Module module, String ruleUID, ModuleHandler handler) {
        }
    }

    /** An item registry that counts {@code getItem} calls per item name and otherwise is the host's registry. */
    private static final class ReadCounter implements InvocationHandler {
        private final ItemRegistry target;
        private final Map<String, AtomicInteger> counts = new ConcurrentHashMap<>();
        private final Map<String, Integer> failing = new ConcurrentHashMap<>();

        ReadCounter(ItemRegistry target) {
            this.target = target;
        }

        ItemRegistry registry() {
            return (ItemRegistry) Proxy.newProxyInstance(ItemRegistry.class.getClassLoader(),
                    new Class<?>[] { ItemRegistry.class }, this);
        }

        /** The item's read with this number (counting from 1) throws, as a registry going away would. */
        void failRead(String itemName, int readNumber) {
            failing.put(itemName, readNumber);
        }

        int of(String itemName) {
            AtomicInteger count = counts.get(itemName);
            return count == null ? 0 : count.get();
        }

        @Override
        public @Nullable Object invoke(@Nullable Object proxy, @Nullable Method method, @Nullable Object @Nullable [] args)
                throws Throwable {
            if (method == null) {
                throw new IllegalStateException("no method");
            }
            if ("getItem".equals(method.getName()) && args != null && args.length == 1
                    && args[0] instanceof String name) {
                int read = counts.computeIfAbsent(name, n -> new AtomicInteger()).incrementAndGet();
                if (Integer.valueOf(read).equals(failing.get(name))) {
                    throw new IllegalStateException("item registry unavailable");
                }
            }
            try {
                return method.invoke(target, args);
            } catch (InvocationTargetException e) {
                Throwable cause = e.getCause();
                throw cause != null ? cause : e;
            }
        }
    }
}
