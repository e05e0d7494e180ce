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
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.net.URL;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
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
import java.util.stream.Collectors;

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
import org.openhab.core.items.events.ItemTimeSeriesEvent;
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
import org.openhab.core.types.TimeSeries;
import org.openhab.v2x.host.HostDefinition.ItemDefinition;
import org.openhab.v2x.host.HostDefinition.RuleDefinition;
import org.openhab.v2x.host.HostDefinition.ThingDefinition;
import org.openhab.v2x.host.internal.ConfigDescriptions;
import org.openhab.v2x.host.internal.ConfigParameter;
import org.openhab.v2x.host.internal.HostBundleContext;
import org.openhab.v2x.host.internal.ItemStore;
import org.openhab.v2x.host.internal.ModuleTypeRegistry;
import org.openhab.v2x.host.internal.RuleRunner;
import org.openhab.v2x.host.internal.SafeCaller;
import org.openhab.v2x.host.internal.StateParser;
import org.openhab.v2x.host.internal.Texts;
import org.openhab.v2x.host.internal.ThingManager;
import org.osgi.framework.BundleContext;
import org.osgi.framework.Constants;
import org.osgi.framework.InvalidSyntaxException;
import org.osgi.framework.ServiceEvent;
import org.osgi.service.component.ComponentContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import com.google.gson.Gson;
import com.google.gson.JsonParseException;

/**
 * A small openHAB runtime for tests and the sandbox, as strict as openHAB 5.2 where the add-ons can tell: it creates
 * things from a definition with handlers from registered {@link ThingHandlerFactory}s and runs their lifecycle as
 * openHAB's thing manager does (bridge ordering and status propagation, configuration defaults, normalization and
 * validation from the add-on's XML, handler calls off the caller's thread with a timeout), keeps item states, routes
 * commands to channels, and runs rules whose module types come from the add-on's module type JSON and whose
 * handlers come from registered {@link ModuleHandlerFactory}s, each rule on its own thread. Outside OSGi it
 * activates thing handler factories as Declarative Services would ({@link #activateThingHandlerFactory}), with an
 * in-memory bundle context ({@link #bundleContext()}). It is a test host, not openHAB: see the module's README for
 * what it leaves out.
 *
 * @author openHAB V2X - Initial contribution
 */
@NonNullByDefault
public final class OpenhabHost implements AutoCloseable {

    private static final ThingStatusInfo UNINITIALIZED = new ThingStatusInfo(ThingStatus.UNINITIALIZED,
            ThingStatusDetail.NONE, null);

    private final Logger logger = LoggerFactory.getLogger(OpenhabHost.class);
    private final ConfigDescriptions configDescriptions = new ConfigDescriptions();
    private final ThingTypeCatalog catalog = new ThingTypeCatalog(configDescriptions);
    private final ModuleTypeRegistry moduleTypes = new ModuleTypeRegistry();
    private final HostInbox inbox = new HostInbox(Clock.systemUTC(), this::getThings, this::configParameterNames,
            this::createThing);
    private final Texts texts = new Texts();
    private final Map<String, State> channelStates = new java.util.concurrent.ConcurrentHashMap<>();
    private final List<HostListener> listeners = new CopyOnWriteArrayList<>();
    private final ItemStore items = new ItemStore();
    // one thread keeps events in the order they were posted, as openHAB's event handler does per subscriber
    private final ExecutorService eventDispatcher = Executors.newSingleThreadExecutor(r -> daemon(r, "host-events"));
    private final List<EventSubscriber> eventSubscribers = new CopyOnWriteArrayList<>();
    private final HostBundleContext services = new HostBundleContext();
    private final List<ThingHandlerFactory> activatedFactories = new CopyOnWriteArrayList<>();
    private final SafeCaller safeCaller;
    private final ThingManager thingManager;
    private volatile ZoneId timeZone = ZoneId.systemDefault();
    private final TimeZoneProvider timeZoneProvider = () -> timeZone;
    private final RuleRunner rules;
    private final InMemoryPersistence persistence = new InMemoryPersistence(() -> timeZone, Instant::now);
    private final EventPublisher eventPublisher = event -> {
        if (event instanceof ItemCommandEvent command) {
            sendCommand(command.getItemName(), command.getItemCommand());
        } else if (event instanceof ItemStateEvent update) {
            postUpdate(update.getItemName(), update.getItemState());
        } else if (event instanceof ItemTimeSeriesEvent series) {
            receiveTimeSeries(series);
        }
    };

    public OpenhabHost() {
        this(SafeCaller.DEFAULT_TIMEOUT);
    }

    /** A host whose handler calls time out after {@code handlerTimeout} instead of openHAB's 5 s. */
    public OpenhabHost(Duration handlerTimeout) {
        safeCaller = new SafeCaller(handlerTimeout);
        thingManager = new ThingManager(catalog, configDescriptions, safeCaller, new ThingEvents());
        rules = new RuleRunner(items, moduleTypes, this::sendCommand, this::ruleFailed, this::ruleRan);
        feedInboxFromHandlerServices();
    }

    /** Discovery services that handlers register (as thing handler services) report to the inbox, as in openHAB. */
    private void feedInboxFromHandlerServices() {
        BundleContext context = services.bundleContext();
        try {
            context.addServiceListener(event -> {
                if (context.getService(event.getServiceReference()) instanceof DiscoveryService discovery) {
                    if (event.getType() == ServiceEvent.REGISTERED) {
                        addDiscoveryService(discovery);
                    } else if (event.getType() == ServiceEvent.UNREGISTERING) {
                        removeDiscoveryService(discovery);
                    }
                }
            }, "(" + Constants.OBJECTCLASS + "=" + DiscoveryService.class.getName() + ")");
        } catch (InvalidSyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    // ---- registration

    /**
     * Activates a thing handler factory as Declarative Services does before it offers the factory as a service:
     * its {@code activate(ComponentContext)} (or {@code activate()}) method is called with a component context
     * whose bundle context is the host's in-memory one. Then the factory is added like
     * {@link #addThingHandlerFactory}. For tests outside OSGi; in OSGi, DS has already done this.
     */
    public void activateThingHandlerFactory(ThingHandlerFactory factory) {
        invokeLifecycle(factory, "activate");
        activatedFactories.add(factory);
        addThingHandlerFactory(factory);
    }

    /** Adds a factory that is already active (in OSGi, Declarative Services activated it). */
    public void addThingHandlerFactory(ThingHandlerFactory factory) {
        thingManager.addFactory(factory);
    }

    public void removeThingHandlerFactory(ThingHandlerFactory factory) {
        thingManager.removeFactory(factory);
        if (activatedFactories.remove(factory)) {
            invokeLifecycle(factory, "deactivate");
        }
    }

    public void addModuleHandlerFactory(ModuleHandlerFactory factory) {
        rules.addFactory(factory);
    }

    public void removeModuleHandlerFactory(ModuleHandlerFactory factory) {
        rules.removeFactory(factory);
    }

    /** Reads thing types (channels, bridge needs, config descriptions) from an {@code OH-INF/thing/*.xml} file. */
    public void addThingTypes(URL thingXml) throws IOException {
        catalog.load(thingXml);
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

    /** Reads config descriptions from an {@code OH-INF/config/*.xml} file. */
    public void addConfigDescriptions(URL configXml) throws IOException {
        configDescriptions.load(configXml);
    }

    /**
     * Reads module types from an {@code OH-INF/automation/moduletypes/*.json} file; rules that waited for them are
     * initialized again.
     */
    public void addModuleTypes(URL moduleTypesJson) throws IOException {
        moduleTypes.load(moduleTypesJson);
        rules.retryUninitialized();
    }

    /** Reads an add-on's default texts ({@code OH-INF/i18n/<id>.properties}) for {@link #text}. */
    public void addTexts(URL properties) throws IOException {
        texts.load(properties);
    }

    /**
     * The in-memory bundle context that factories activated by {@link #activateThingHandlerFactory} use: handler
     * services (thing actions, discovery services) are registered there. Add a service listener to it to see them
     * come and go.
     */
    public BundleContext bundleContext() {
        return services.bundleContext();
    }

    /** The services registered in the host's bundle context under the given class or interface. */
    public <S> List<S> services(Class<S> type) {
        return services.services(type.getName()).stream().filter(type::isInstance).map(type::cast).toList();
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

    /**
     * The in-memory queryable persistence service, which is also the persistence service registry (it is the only
     * and default service): tests and the sandbox store history and forecasts in it.
     */
    public InMemoryPersistence persistence() {
        return persistence;
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
        // in the definition's order: the thing manager holds back things whose bridge is not initialized yet
        definition.things.forEach(this::createThing);
        definition.rules.forEach(this::addRule);
    }

    /** Creates a thing as a definition with only its UID, bridge and configuration would. */
    public void addThing(String uid, @Nullable String bridge, Map<String, Object> config) {
        ThingDefinition thing = new ThingDefinition();
        thing.uid = uid;
        thing.bridge = bridge;
        thing.config = config;
        HostDefinition definition = new HostDefinition();
        definition.things.add(thing);
        load(definition);
    }

    /** Adds an item of the given type, linked to the channel, or to none when it is null. */
    public void addItem(String name, String type, @Nullable String channel) {
        ItemDefinition item = new ItemDefinition();
        item.name = name;
        item.type = type;
        item.channel = channel;
        addItem(item);
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

    /**
     * Adds a thing, as adding it to openHAB's thing registry does: its handler is registered and initialized when a
     * factory supports its type and its bridge (if any) is initialized; until then it is UNINITIALIZED with the
     * detail openHAB gives (HANDLER_MISSING_ERROR, BRIDGE_UNINITIALIZED).
     */
    public void createThing(ThingDefinition definition) {
        ThingUID uid = new ThingUID(definition.uid);
        ThingTypeUID type = thingTypeOf(definition.uid);
        Thing thing = buildThing(definition, uid, type);
        inbox.thingAdded(thing);
        thingManager.addThing(thing);
    }

    /** Disposes a thing's handler (children first) and forgets the thing and the things on it. */
    public void removeThing(String thingUid) {
        ThingUID uid = new ThingUID(thingUid);
        for (Thing child : thingManager.childrenOf(uid)) {
            removeThing(child.getUID().getAsString());
        }
        thingManager.removeThing(uid);
    }

    /**
     * Edits a thing's configuration as openHAB's UI and REST API do ({@code PUT /rest/things/{uid}/config}): the
     * values are normalized with the thing type's config description and given to the handler's
     * {@code handleConfigurationUpdate}, which validates them and (in {@code BaseThingHandler}) disposes and
     * initializes the handler again, without a new {@code childHandlerInitialized}.
     *
     * @throws IllegalArgumentException if the thing is unknown or the configuration is invalid
     * @throws IllegalStateException if the thing has no handler
     */
    public void updateThingConfiguration(String thingUid, Map<String, Object> configuration) {
        thingManager.updateConfiguration(new ThingUID(thingUid), configuration);
    }

    // ---- state access

    public @Nullable Thing getThing(String thingUid) {
        return thingManager.get(new ThingUID(thingUid));
    }

    public ThingStatusInfo getThingStatus(String thingUid) {
        Thing thing = getThing(thingUid);
        return thing == null ? UNINITIALIZED : thing.getStatusInfo();
    }

    public List<Thing> getThings() {
        return thingManager.snapshot();
    }

    public State getItemState(String itemName) {
        return items.state(itemName);
    }

    /** The last state a handler published on a channel, linked or not. */
    public @Nullable State getChannelState(String channelUid) {
        return channelStates.get(channelUid);
    }

    /**
     * Sends a command to an item: a linked channel's handler gets it asynchronously (as openHAB's communication
     * manager delivers it); unlinked items take it as their state.
     */
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
        thingManager.handleCommand(new ChannelUID(channel), command);
    }

    /** Sets an item's state as a binding or a user would; rules triggered by it run. */
    public void postUpdate(String itemName, State state) {
        State previous = items.update(itemName, state);
        ZonedDateTime now = ZonedDateTime.now(timeZone);
        publish(ItemEventFactory.createStateEvent(itemName, state, null));
        Event updated = ItemEventFactory.createStateUpdatedEvent(itemName, state, now);
        publish(updated);
        Event changed = null;
        if (!previous.equals(state)) {
            listeners.forEach(l -> l.itemStateChanged(itemName, previous, state));
            changed = ItemEventFactory.createStateChangedEvent(itemName, state, previous, now, now);
            publish(changed);
        }
        rules.itemUpdated(itemName, previous, state, updated, changed);
    }

    /**
     * A time series sent to an item: stored in the in-memory persistence service as openHAB's persistence manager
     * stores a forecast ({@code REPLACE} first removes what was stored between its first and last time) and
     * published to the event subscribers. Unlike openHAB, the item's state does not follow the series over time.
     */
    private void receiveTimeSeries(ItemTimeSeriesEvent event) {
        String itemName = event.getItemName();
        if (!items.contains(itemName)) {
            logger.debug("Time series for unknown item {} ignored", itemName);
            return;
        }
        TimeSeries series = event.getTimeSeries();
        if (series.getPolicy() == TimeSeries.Policy.REPLACE && series.size() > 0) {
            persistence.remove(itemName, series.getBegin(), series.getEnd());
        }
        series.getStates().forEach(entry -> persistence.store(itemName, entry.timestamp(), entry.state()));
        publish(event);
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
        thingManager.close();
        for (ThingHandlerFactory factory : activatedFactories) {
            removeThingHandlerFactory(factory);
        }
        rules.close();
        eventDispatcher.shutdownNow();
        safeCaller.close();
        try {
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

    private void invokeLifecycle(ThingHandlerFactory factory, String name) {
        // Declarative Services looks for the method by name up the class hierarchy, whatever its visibility
        for (Class<?> type = factory.getClass(); type != null; type = type.getSuperclass()) {
            for (Method method : type.getDeclaredMethods()) {
                Class<?>[] parameters = method.getParameterTypes();
                if (!method.getName().equals(name) || parameters.length > 1
                        || (parameters.length == 1 && !ComponentContext.class.equals(parameters[0]))) {
                    continue;
                }
                try {
                    method.setAccessible(true);
                    if (parameters.length == 1) {
                        method.invoke(factory, services.componentContext());
                    } else {
                        method.invoke(factory);
                    }
                } catch (IllegalAccessException e) {
                    throw new IllegalStateException("Cannot " + name + " " + factory.getClass().getName(), e);
                } catch (InvocationTargetException e) {
                    throw new IllegalStateException(
                            name + " of " + factory.getClass().getName() + " failed: " + e.getCause(), e.getCause());
                }
                return;
            }
        }
        logger.debug("{} has no {} method", factory.getClass().getName(), name);
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

    private void ruleRan(String ruleUid, String triggerId) {
        listeners.forEach(l -> l.ruleRan(ruleUid, triggerId));
    }

    /** The configuration parameter names of a thing type, as its config description declares them. */
    private Set<String> configParameterNames(String thingTypeUid) {
        String uri = catalog.configDescriptionUri(thingTypeUid);
        List<ConfigParameter> parameters = uri == null ? null : configDescriptions.get(uri);
        return parameters == null ? Set.of()
                : parameters.stream().map(ConfigParameter::name).collect(Collectors.toUnmodifiableSet());
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

    /** What the thing manager reports to the rest of the host. */
    private final class ThingEvents implements ThingManager.Host {
        @Override
        public void statusChanged(Thing thing, ThingStatusInfo status) {
            listeners.forEach(l -> l.thingStatusChanged(thing.getUID(), status));
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
        public boolean isChannelLinked(ChannelUID channel) {
            return !items.linkedTo(channel.getAsString()).isEmpty();
        }
    }
}
