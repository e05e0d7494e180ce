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

import java.io.IOException;
import java.net.URL;
import java.time.Clock;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;
import org.openhab.core.automation.handler.ModuleHandlerFactory;
import org.openhab.core.config.core.Configuration;
import org.openhab.core.config.discovery.DiscoveryService;
import org.openhab.core.events.Event;
import org.openhab.core.events.EventPublisher;
import org.openhab.core.events.EventSubscriber;
import org.openhab.core.i18n.TimeZoneProvider;
import org.openhab.core.items.ItemRegistry;
import org.openhab.core.items.events.ItemCommandEvent;
import org.openhab.core.items.events.ItemEventFactory;
import org.openhab.core.items.events.ItemStateEvent;
import org.openhab.core.thing.Bridge;
import org.openhab.core.thing.Channel;
import org.openhab.core.thing.ChannelUID;
import org.openhab.core.thing.Thing;
import org.openhab.core.thing.ThingStatus;
import org.openhab.core.thing.ThingStatusDetail;
import org.openhab.core.thing.ThingStatusInfo;
import org.openhab.core.thing.ThingTypeUID;
import org.openhab.core.thing.ThingUID;
import org.openhab.core.thing.binding.BridgeHandler;
import org.openhab.core.thing.binding.ThingHandler;
import org.openhab.core.thing.binding.ThingHandlerCallback;
import org.openhab.core.thing.binding.ThingHandlerFactory;
import org.openhab.core.thing.binding.builder.BridgeBuilder;
import org.openhab.core.thing.binding.builder.ChannelBuilder;
import org.openhab.core.thing.binding.builder.ThingBuilder;
import org.openhab.core.thing.type.ChannelTypeUID;
import org.openhab.core.types.Command;
import org.openhab.core.types.State;
import org.openhab.v2x.host.HostDefinition.ItemDefinition;
import org.openhab.v2x.host.HostDefinition.RuleDefinition;
import org.openhab.v2x.host.HostDefinition.ThingDefinition;
import org.openhab.v2x.host.internal.ConfigParameterNames;
import org.openhab.v2x.host.internal.ItemStore;
import org.openhab.v2x.host.internal.RuleRunner;
import org.openhab.v2x.host.internal.StateParser;
import org.openhab.v2x.host.internal.Texts;
import org.openhab.v2x.host.internal.ThingCallbacks;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import com.google.gson.Gson;
import com.google.gson.JsonParseException;

/**
 * A minimal openHAB runtime for tests and the sandbox: it creates things from a definition with handlers from
 * registered {@link ThingHandlerFactory}s, drives their lifecycle and callback, keeps item states, routes commands
 * to channels, and runs rules whose modules come from registered {@link ModuleHandlerFactory}s.
 * It is deliberately small: it is a test host, not openHAB.
 *
 * @author openHAB V2X - Initial contribution
 */
@NonNullByDefault
public final class OpenhabHost implements AutoCloseable {

    private static final ThingStatusInfo UNINITIALIZED = new ThingStatusInfo(ThingStatus.UNINITIALIZED,
            ThingStatusDetail.NONE, null);

    private final Logger logger = LoggerFactory.getLogger(OpenhabHost.class);
    private final List<ThingHandlerFactory> thingHandlerFactories = new CopyOnWriteArrayList<>();
    private final ThingTypeCatalog catalog = new ThingTypeCatalog();
    private final ConfigParameterNames configParameterNames = new ConfigParameterNames();
    private final HostInbox inbox = new HostInbox(Clock.systemUTC(), this::getThings, configParameterNames::of,
            this::createThing);
    private final Texts texts = new Texts();
    private final Map<ThingUID, Thing> things = new LinkedHashMap<>();
    private final Map<ThingUID, ThingDefinition> waitingForFactory = new LinkedHashMap<>();
    private final Map<String, State> channelStates = new java.util.concurrent.ConcurrentHashMap<>();
    private final List<HostListener> listeners = new CopyOnWriteArrayList<>();
    private final ItemStore items = new ItemStore();
    private final ExecutorService notifier = Executors.newSingleThreadExecutor(r -> daemon(r, "host-notifier"));
    // one thread keeps events in the order they were posted, as openHAB's event handler does per subscriber
    private final ExecutorService eventDispatcher = Executors.newSingleThreadExecutor(r -> daemon(r, "host-events"));
    private final List<EventSubscriber> eventSubscribers = new CopyOnWriteArrayList<>();
    private volatile ZoneId timeZone = ZoneId.systemDefault();
    private final TimeZoneProvider timeZoneProvider = () -> timeZone;
    private final RuleRunner rules;
    private final ThingHandlerCallback callback;
    private final EventPublisher eventPublisher = event -> {
        if (event instanceof ItemCommandEvent command) {
            sendCommand(command.getItemName(), command.getItemCommand());
        } else if (event instanceof ItemStateEvent update) {
            postUpdate(update.getItemName(), update.getItemState());
        }
    };

    public OpenhabHost() {
        rules = new RuleRunner(items, this::sendCommand, this::ruleFailed);
        callback = new HostThingCallbacks().asCallback();
    }

    // ---- registration

    public void addThingHandlerFactory(ThingHandlerFactory factory) {
        thingHandlerFactories.add(factory);
        List<ThingDefinition> ready = new ArrayList<>();
        synchronized (this) {
            for (ThingDefinition definition : waitingForFactory.values()) {
                if (factory.supportsThingType(thingTypeOf(definition.uid))) {
                    ready.add(definition);
                }
            }
            ready.forEach(definition -> waitingForFactory.remove(new ThingUID(definition.uid)));
        }
        ready.forEach(this::createThing);
    }

    public void removeThingHandlerFactory(ThingHandlerFactory factory) {
        List<Thing> affected;
        synchronized (this) {
            affected = things.values().stream().filter(t -> factory.supportsThingType(t.getThingTypeUID())).toList();
        }
        affected.forEach(thing -> disposeHandler(thing, factory));
        thingHandlerFactories.remove(factory);
    }

    public void addModuleHandlerFactory(ModuleHandlerFactory factory) {
        rules.addFactory(factory);
    }

    public void removeModuleHandlerFactory(ModuleHandlerFactory factory) {
        rules.removeFactory(factory);
    }

    /** Reads the channels of thing types from an {@code OH-INF/thing/*.xml} file. */
    public void addThingTypes(URL thingXml) throws IOException {
        catalog.load(thingXml);
        configParameterNames.load(thingXml);
    }

    /** Collects the service's discovery results in the {@link #inbox()}, as openHAB's inbox does. */
    public void addDiscoveryService(DiscoveryService service) {
        service.addDiscoveryListener(inbox);
    }

    /** Stops listening; results already in the inbox stay until approved or expired. */
    public void removeDiscoveryService(DiscoveryService service) {
        service.removeDiscoveryListener(inbox);
    }

    public HostInbox inbox() {
        return inbox;
    }

    /** Reads an add-on's default texts ({@code OH-INF/i18n/<id>.properties}) for {@link #text}. */
    public void addTexts(URL properties) throws IOException {
        texts.load(properties);
    }

    /**
     * Resolves an {@code @text/...} reference in a status description the way openHAB's UI shows it; other text is
     * returned unchanged.
     */
    public @Nullable String text(@Nullable String description) {
        return texts.resolve(description);
    }

    public void addListener(HostListener listener) {
        listeners.add(listener);
    }

    public void removeListener(HostListener listener) {
        listeners.remove(listener);
    }

    /** Delivers item events (command, state, state updated, state changed) to the subscriber, off the poster's thread. */
    public void addEventSubscriber(EventSubscriber subscriber) {
        eventSubscribers.add(subscriber);
    }

    public void removeEventSubscriber(EventSubscriber subscriber) {
        eventSubscribers.remove(subscriber);
    }

    /** openHAB's regional time zone setting; the system zone until {@link #setTimeZone} sets another. */
    public TimeZoneProvider timeZoneProvider() {
        return timeZoneProvider;
    }

    public void setTimeZone(ZoneId zone) {
        timeZone = zone;
    }

    public ItemRegistry itemRegistry() {
        return items.registry();
    }

    public EventPublisher eventPublisher() {
        return eventPublisher;
    }

    // ---- definitions

    /** Sets up everything in a JSON host definition (see {@link HostDefinition}). */
    public void load(String json) {
        HostDefinition definition;
        try {
            definition = new Gson().fromJson(json, HostDefinition.class);
        } catch (JsonParseException e) {
            throw new IllegalArgumentException("Invalid host definition: " + e.getMessage(), e);
        }
        if (definition == null) {
            throw new IllegalArgumentException("Empty host definition");
        }
        load(definition);
    }

    public void load(HostDefinition definition) {
        definition.items.forEach(this::addItem);
        // bridges before the things on them, as openHAB does
        definition.things.stream().filter(t -> t.bridge == null).forEach(this::createThing);
        definition.things.stream().filter(t -> t.bridge != null).forEach(this::createThing);
        definition.rules.forEach(this::addRule);
    }

    public void addItem(ItemDefinition definition) {
        items.add(definition.name, definition.type, definition.channel);
        String initial = definition.state;
        if (initial != null) {
            items.update(definition.name, StateParser.parse(definition.type, initial));
        }
    }

    public void addRule(RuleDefinition definition) {
        rules.add(definition);
    }

    /** Creates a thing and its handler; without a factory for its type yet, it waits for one. */
    public void createThing(ThingDefinition definition) {
        ThingUID uid = new ThingUID(definition.uid);
        ThingTypeUID type = thingTypeOf(definition.uid);
        ThingHandlerFactory factory = factoryFor(type);
        if (factory == null) {
            synchronized (this) {
                waitingForFactory.put(uid, definition);
            }
            logger.debug("No handler factory for {} yet; {} waits", type, uid);
            return;
        }
        Thing thing = buildThing(definition, uid, type);
        synchronized (this) {
            things.put(uid, thing);
        }
        inbox.thingAdded(thing);
        ThingHandler handler = factory.registerHandler(thing);
        thing.setHandler(handler);
        handler.setCallback(callback);
        try {
            handler.initialize();
        } catch (RuntimeException e) {
            logger.warn("Handler of {} failed to initialize", uid, e);
            updateStatus(thing, new ThingStatusInfo(ThingStatus.UNINITIALIZED, ThingStatusDetail.HANDLER_INITIALIZING_ERROR,
                    String.valueOf(e.getMessage())));
            return;
        }
        Thing bridge = bridgeOf(thing);
        if (bridge != null && bridge.getHandler() instanceof BridgeHandler bridgeHandler) {
            bridgeHandler.childHandlerInitialized(handler, thing);
        }
    }

    /** Disposes a thing's handler (children first) and forgets the thing. */
    public void removeThing(String thingUid) {
        ThingUID uid = new ThingUID(thingUid);
        List<Thing> children;
        Thing thing;
        synchronized (this) {
            waitingForFactory.remove(uid);
            thing = things.get(uid);
            children = things.values().stream().filter(t -> uid.equals(t.getBridgeUID())).toList();
        }
        children.forEach(child -> removeThing(child.getUID().getAsString()));
        if (thing != null) {
            ThingHandlerFactory factory = factoryFor(thing.getThingTypeUID());
            if (factory != null) {
                disposeHandler(thing, factory);
            }
            synchronized (this) {
                things.remove(uid);
            }
        }
    }

    // ---- state access

    public synchronized @Nullable Thing getThing(String thingUid) {
        return things.get(new ThingUID(thingUid));
    }

    public ThingStatusInfo getThingStatus(String thingUid) {
        Thing thing = getThing(thingUid);
        return thing == null ? UNINITIALIZED : thing.getStatusInfo();
    }

    public synchronized List<Thing> getThings() {
        return List.copyOf(things.values());
    }

    public State getItemState(String itemName) {
        return items.state(itemName);
    }

    /** The last state a handler published on a channel, linked or not. */
    public @Nullable State getChannelState(String channelUid) {
        return channelStates.get(channelUid);
    }

    /** Sends a command to an item: linked channels get it; unlinked items take it as their state. */
    public void sendCommand(String itemName, Command command) {
        if (!items.contains(itemName)) {
            logger.debug("Command {} to unknown item {} ignored", command, itemName);
            return;
        }
        listeners.forEach(l -> l.itemCommanded(itemName, command));
        publish(ItemEventFactory.createCommandEvent(itemName, command));
        String channel = items.channelOf(itemName);
        if (channel == null) {
            if (command instanceof State state) {
                postUpdate(itemName, state);
            }
            return;
        }
        ChannelUID channelUid = new ChannelUID(channel);
        Thing thing = getThing(channelUid.getThingUID().getAsString());
        ThingHandler handler = thing == null ? null : thing.getHandler();
        if (handler == null) {
            logger.debug("Command {} to {}: no handler for {}", command, itemName, channelUid);
            return;
        }
        handler.handleCommand(channelUid, command);
    }

    /** Sets an item's state as a binding or a user would; rules triggered by it run. */
    public void postUpdate(String itemName, State state) {
        State previous = items.update(itemName, state);
        ZonedDateTime now = ZonedDateTime.now(timeZone);
        publish(ItemEventFactory.createStateEvent(itemName, state, null));
        publish(ItemEventFactory.createStateUpdatedEvent(itemName, state, now));
        if (!previous.equals(state)) {
            listeners.forEach(l -> l.itemStateChanged(itemName, previous, state));
            publish(ItemEventFactory.createStateChangedEvent(itemName, state, previous, now, now));
        }
        rules.itemUpdated(itemName, previous, state);
    }

    /** Removes a rule, disposing its module handlers, as deleting it in openHAB does. */
    public void removeRule(String ruleUid) {
        rules.remove(ruleUid);
    }

    public String ruleStatus(String ruleUid) {
        return rules.status(ruleUid);
    }

    @Override
    public void close() {
        List<Thing> roots;
        synchronized (this) {
            roots = things.values().stream().filter(t -> t.getBridgeUID() == null).toList();
        }
        roots.forEach(t -> removeThing(t.getUID().getAsString()));
        rules.close();
        notifier.shutdownNow();
        eventDispatcher.shutdownNow();
        try {
            notifier.awaitTermination(5, TimeUnit.SECONDS);
            eventDispatcher.awaitTermination(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    // ---- internals

    private Thing buildThing(ThingDefinition definition, ThingUID uid, ThingTypeUID type) {
        List<Channel> channels = new ArrayList<>();
        for (ThingTypeCatalog.ChannelSpec spec : catalog.channelsOf(type.getAsString())) {
            channels.add(ChannelBuilder.create(new ChannelUID(uid, spec.id()), spec.itemType())
                    .withType(new ChannelTypeUID(spec.channelTypeUid())).build());
        }
        Configuration configuration = new Configuration(RuleRunner.normalized(definition.config));
        String bridge = definition.bridge;
        ThingBuilder builder = catalog.isBridgeType(type.getAsString()) ? BridgeBuilder.create(type, uid)
                : ThingBuilder.create(type, uid);
        builder.withConfiguration(configuration).withChannels(channels).withProperties(definition.properties);
        String label = definition.label;
        if (label != null) {
            builder.withLabel(label);
        }
        if (bridge != null) {
            builder.withBridge(new ThingUID(bridge));
        }
        return builder.build();
    }

    private void disposeHandler(Thing thing, ThingHandlerFactory factory) {
        ThingHandler handler = thing.getHandler();
        if (handler == null) {
            return;
        }
        Thing bridge = bridgeOf(thing);
        if (bridge != null && bridge.getHandler() instanceof BridgeHandler bridgeHandler) {
            bridgeHandler.childHandlerDisposed(handler, thing);
        }
        try {
            handler.dispose();
        } catch (RuntimeException e) {
            logger.warn("Handler of {} failed to dispose", thing.getUID(), e);
        }
        factory.unregisterHandler(thing);
        thing.setHandler(null);
        updateStatus(thing, UNINITIALIZED);
    }

    private @Nullable ThingHandlerFactory factoryFor(ThingTypeUID type) {
        for (ThingHandlerFactory factory : thingHandlerFactories) {
            if (factory.supportsThingType(type)) {
                return factory;
            }
        }
        return null;
    }

    private synchronized @Nullable Thing bridgeOf(Thing thing) {
        ThingUID bridgeUid = thing.getBridgeUID();
        return bridgeUid == null ? null : things.get(bridgeUid);
    }

    private void updateStatus(Thing thing, ThingStatusInfo status) {
        ThingStatusInfo previous = thing.getStatusInfo();
        thing.setStatusInfo(status);
        if (previous.equals(status)) {
            return;
        }
        listeners.forEach(l -> l.thingStatusChanged(thing.getUID(), status));
        if (thing instanceof Bridge) {
            List<Thing> children;
            synchronized (this) {
                children = things.values().stream().filter(t -> thing.getUID().equals(t.getBridgeUID())).toList();
            }
            // openHAB tells children on its own threads; doing it inline could re-enter the bridge handler
            notifier.execute(() -> children.forEach(child -> {
                ThingHandler handler = child.getHandler();
                if (handler != null) {
                    handler.bridgeStatusChanged(status);
                }
            }));
        }
    }

    private void publish(Event event) {
        if (eventSubscribers.isEmpty() || eventDispatcher.isShutdown()) {
            return;
        }
        eventDispatcher.execute(() -> {
            for (EventSubscriber subscriber : eventSubscribers) {
                Set<String> types = subscriber.getSubscribedEventTypes();
                if ((types.contains(event.getType()) || types.contains(EventSubscriber.ALL_EVENT_TYPES))
                        && subscriber.getEventFilter().apply(event)) {
                    try {
                        subscriber.receive(event);
                    } catch (RuntimeException e) {
                        logger.warn("Event subscriber {} failed on {}", subscriber.getClass().getName(), event, e);
                    }
                }
            }
        });
    }

    private void ruleFailed(String ruleUid, String message) {
        listeners.forEach(l -> l.ruleFailed(ruleUid, message));
    }

    private static ThingTypeUID thingTypeOf(String thingUid) {
        String[] segments = thingUid.split(":");
        if (segments.length < 3) {
            throw new IllegalArgumentException("Invalid thing UID: " + thingUid);
        }
        return new ThingTypeUID(segments[0], segments[1]);
    }

    private static Thread daemon(Runnable runnable, String name) {
        Thread thread = new Thread(runnable, name);
        thread.setDaemon(true);
        return thread;
    }

    /** The handlers' view of the host. */
    private final class HostThingCallbacks implements ThingCallbacks {
        @Override
        public void statusUpdated(Thing thing, ThingStatusInfo status) {
            updateStatus(thing, status);
        }

        @Override
        public void stateUpdated(ChannelUID channel, State state) {
            channelStates.put(channel.getAsString(), state);
            for (String itemName : items.linkedTo(channel.getAsString())) {
                postUpdate(itemName, state);
            }
        }

        @Override
        public void postCommand(ChannelUID channel, Command command) {
            for (String itemName : items.linkedTo(channel.getAsString())) {
                sendCommand(itemName, command);
            }
        }

        @Override
        public void thingUpdated(Thing thing) {
            synchronized (OpenhabHost.this) {
                Thing previous = things.put(thing.getUID(), thing);
                // as openHAB's thing manager: the edited copy keeps the running handler and status
                if (previous != null && previous != thing) {
                    thing.setHandler(previous.getHandler());
                    thing.setStatusInfo(previous.getStatusInfo());
                }
            }
        }

        @Override
        public void channelTriggered(Thing thing, ChannelUID channel, String event) {
            logger.debug("{} triggered {}", channel, event);
        }

        @Override
        public boolean isChannelLinked(ChannelUID channel) {
            return !items.linkedTo(channel.getAsString()).isEmpty();
        }

        @Override
        public @Nullable Thing getBridge(ThingUID bridgeUid) {
            synchronized (OpenhabHost.this) {
                return things.get(bridgeUid);
            }
        }
    }
}
