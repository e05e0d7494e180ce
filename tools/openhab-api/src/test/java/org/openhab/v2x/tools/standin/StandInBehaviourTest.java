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
package org.openhab.v2x.tools.standin;

import static org.junit.jupiter.api.Assertions.*;

import java.lang.reflect.Proxy;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.eclipse.jdt.annotation.Nullable;
import org.junit.jupiter.api.Test;
import org.openhab.core.config.core.Configuration;
import org.openhab.core.events.Event;
import org.openhab.core.items.events.ItemCommandEvent;
import org.openhab.core.items.events.ItemEventFactory;
import org.openhab.core.library.types.DecimalType;
import org.openhab.core.library.types.OnOffType;
import org.openhab.core.library.types.PercentType;
import org.openhab.core.library.types.QuantityType;
import org.openhab.core.library.unit.MetricPrefix;
import org.openhab.core.library.unit.Units;
import org.openhab.core.thing.Bridge;
import org.openhab.core.thing.Channel;
import org.openhab.core.thing.ChannelGroupUID;
import org.openhab.core.thing.ChannelUID;
import org.openhab.core.thing.Thing;
import org.openhab.core.thing.ThingStatus;
import org.openhab.core.thing.ThingStatusDetail;
import org.openhab.core.thing.ThingStatusInfo;
import org.openhab.core.thing.ThingTypeUID;
import org.openhab.core.thing.ThingUID;
import org.openhab.core.thing.binding.BaseThingHandler;
import org.openhab.core.thing.binding.ThingHandlerCallback;
import org.openhab.core.thing.binding.builder.BridgeBuilder;
import org.openhab.core.thing.binding.builder.ChannelBuilder;
import org.openhab.core.thing.binding.builder.ThingBuilder;
import org.openhab.core.types.Command;
import org.openhab.core.types.State;

/** The stand-in's bodies behave as openHAB documents them (UIDs, builders, units, configuration, handlers, events). */
class StandInBehaviourTest {

    private static final ThingTypeUID CHARGER = new ThingTypeUID("v2x", "charger");

    @Test
    void uidsComposeAndValidateSegments() {
        ThingUID bridge = new ThingUID(new ThingTypeUID("v2x", "csms"), "home");
        ThingUID thing = new ThingUID(CHARGER, bridge, "wallbox");
        assertEquals("v2x:charger:home:wallbox", thing.getAsString());
        assertEquals(List.of("home"), thing.getBridgeIds());
        assertEquals("wallbox", thing.getId());

        ChannelUID grouped = new ChannelUID(thing, "meter", "power");
        assertEquals("v2x:charger:home:wallbox:meter#power", grouped.toString());
        assertTrue(grouped.isInGroup());
        assertEquals("meter", grouped.getGroupId());
        assertEquals("power", grouped.getIdWithoutGroup());
        assertEquals(thing, grouped.getThingUID());
        assertEquals(grouped, new ChannelUID(new ChannelGroupUID(thing, "meter"), "power"));
        assertEquals(grouped, new ChannelUID(grouped.getAsString()));

        assertThrows(IllegalArgumentException.class, () -> new ThingUID(CHARGER, "bad id"));
        assertThrows(IllegalArgumentException.class, () -> new ThingTypeUID("v2x"));
    }

    @Test
    void buildersCopyAndRejectDuplicateChannels() {
        ThingUID uid = new ThingUID(CHARGER, "one");
        Channel power = ChannelBuilder.create(new ChannelUID(uid, "power"), "Number:Power").withLabel("Power")
                .build();
        Thing thing = ThingBuilder.create(CHARGER, uid).withChannel(power)
                .withConfiguration(new Configuration(Map.of("port", 502))).withProperty("vendor", "x").build();

        assertSame(power, thing.getChannel("power"));
        assertEquals(new BigDecimal(502), thing.getConfiguration().get("port"));
        assertEquals(ThingStatus.UNINITIALIZED, thing.getStatus());
        assertThrows(IllegalArgumentException.class, () -> ThingBuilder.create(thing).withChannel(power));
        Thing copy = ThingBuilder.create(thing).withoutChannel(power.getUID()).build();
        assertTrue(copy.getChannels().isEmpty());
        assertEquals(1, thing.getChannels().size());

        Bridge bridge = BridgeBuilder.create(new ThingTypeUID("v2x", "csms"), "home").withLabel("CSMS").build();
        assertEquals("CSMS", bridge.getLabel());
        assertTrue(bridge.getThings().isEmpty());
    }

    @Test
    void quantitiesConvertExactlyAndParse() {
        QuantityType<?> energy = new QuantityType<>("1.5 kWh");
        assertEquals(Units.KILOWATT_HOUR, energy.getUnit());
        QuantityType<?> wattHours = energy.toUnit(Units.WATT_HOUR);
        assertNotNull(wattHours);
        assertEquals(0, new BigDecimal("1500").compareTo(wattHours.toBigDecimal()));
        assertEquals(energy, wattHours);
        assertEquals("1.5 kWh", energy.toString());
        assertNull(energy.toUnit(Units.WATT));

        QuantityType<?> power = new QuantityType<>(7400, Units.WATT);
        assertEquals(0, new BigDecimal("7.4")
                .compareTo(power.toUnit(MetricPrefix.KILO(Units.WATT)).toBigDecimal()));
        assertEquals("7400 W", power.toFullString());
        assertEquals(new PercentType(80), new QuantityType<>("80 %").as(PercentType.class));
        assertEquals(OnOffType.ON, new DecimalType(3).as(OnOffType.class));
        assertThrows(IllegalArgumentException.class, () -> new PercentType(101));
    }

    /** Plain configuration class as add-ons write them. */
    public static class SampleConfig {
        public String host = "localhost";
        public int port = 8080;
        public double maxPower;
        public boolean enabled;
    }

    @Test
    void configurationMapsFieldsByName() {
        Configuration configuration = new Configuration(Map.of("host", "10.0.0.2", "port", new BigDecimal(502),
                "maxPower", "11000", "enabled", "true", "unknown", 1));
        SampleConfig config = configuration.as(SampleConfig.class);
        assertEquals("10.0.0.2", config.host);
        assertEquals(502, config.port);
        assertEquals(11000.0, config.maxPower);
        assertTrue(config.enabled);
        assertEquals(8080, new Configuration().as(SampleConfig.class).port);
    }

    @Test
    void handlerReportsThroughTheCallbackAndDropsCallsAfterDispose() {
        Thing thing = ThingBuilder.create(CHARGER, "one").build();
        List<String> calls = new ArrayList<>();
        BaseThingHandler handler = new BaseThingHandler(thing) {
            @Override
            public void initialize() {
                updateStatus(ThingStatus.ONLINE);
            }

            @Override
            public void handleCommand(ChannelUID channelUID, Command command) {
                updateState(channelUID, new DecimalType(42));
            }
        };
        handler.setCallback(recordingCallback(calls, thing));
        handler.initialize();
        handler.channelLinked(new ChannelUID(thing.getUID(), "power"));
        assertEquals(List.of("statusUpdated ONLINE", "stateUpdated v2x:charger:one:power 42"), calls);

        handler.bridgeStatusChanged(new ThingStatusInfo(ThingStatus.OFFLINE, ThingStatusDetail.NONE, null));
        assertEquals("statusUpdated OFFLINE (BRIDGE_OFFLINE)", calls.get(2));

        handler.setCallback(null);
        handler.handleCommand(new ChannelUID(thing.getUID(), "power"), OnOffType.ON);
        assertEquals(3, calls.size());
    }

    private static ThingHandlerCallback recordingCallback(List<String> calls, Thing thing) {
        return (ThingHandlerCallback) Proxy.newProxyInstance(StandInBehaviourTest.class.getClassLoader(),
                new Class<?>[] { ThingHandlerCallback.class }, (proxy, method, args) -> {
                    switch (method.getName()) {
                        case "statusUpdated" -> {
                            ThingStatusInfo info = (ThingStatusInfo) args[1];
                            thing.setStatusInfo(info);
                            calls.add("statusUpdated " + info);
                        }
                        case "stateUpdated" -> calls.add("stateUpdated " + args[0] + " " + (State) args[1]);
                        default -> calls.add(method.getName());
                    }
                    return method.getReturnType() == boolean.class ? false : null;
                });
    }

    @Test
    void itemEventsRoundTripThroughTheFactory() throws Exception {
        ItemCommandEvent event = ItemEventFactory.createCommandEvent("Charger_Setpoint",
                new QuantityType<>(-3500, Units.WATT), "v2x");
        assertEquals("openhab/items/Charger_Setpoint/command", event.getTopic());
        assertEquals("{\"type\":\"Quantity\",\"value\":\"-3500 W\"}", event.getPayload());

        @Nullable
        Event parsed = new ItemEventFactory().createEvent(ItemCommandEvent.TYPE, event.getTopic(),
                event.getPayload(), "v2x");
        assertEquals(event, parsed);
        assertThrows(IllegalArgumentException.class,
                () -> new ItemEventFactory().createEvent("Unknown", event.getTopic(), event.getPayload(), null));
    }
}
