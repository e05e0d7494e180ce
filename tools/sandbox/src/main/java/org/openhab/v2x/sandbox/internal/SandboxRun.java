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
package org.openhab.v2x.sandbox.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;
import org.openhab.core.automation.handler.ModuleHandlerFactory;
import org.openhab.core.library.types.DateTimeType;
import org.openhab.core.library.types.OnOffType;
import org.openhab.core.library.types.QuantityType;
import org.openhab.core.library.unit.Units;
import org.openhab.core.config.discovery.DiscoveryResult;
import org.openhab.core.thing.ThingStatus;
import org.openhab.core.thing.binding.ThingHandlerFactory;
import org.openhab.core.types.State;
import org.openhab.v2x.host.HostComponent;
import org.openhab.v2x.host.HostDefinition.ItemDefinition;
import org.openhab.v2x.host.HostDefinition.ThingDefinition;
import org.openhab.v2x.host.OpenhabHost;
import org.openhab.v2x.simulator.home.HomeModel;
import org.openhab.v2x.simulator.home.HomeSample;
import org.openhab.v2x.simulator.home.Scenario;
import org.openhab.v2x.simulator.home.ScenarioStep;
import org.openhab.v2x.simulator.ocpp.ChargePointConfig;
import org.openhab.v2x.simulator.ocpp.ChargePointSimulator;
import org.openhab.v2x.simulator.ocpp.OcppVersion;
import org.openhab.v2x.simulator.ocpp.SimulatedCar;
import org.openhab.v2x.simulator.quasar.QuasarSimulator;
import org.osgi.framework.BundleContext;
import org.osgi.util.tracker.ServiceTracker;

/**
 * One sandbox run: sets up the home in the test host (things, items, the V2X rule from {@code sandbox/home.json}),
 * connects the simulated OCPP 2.1 charger, waits for every thing to go ONLINE, then steps the home on sandbox time:
 * it moves the car battery by the same time, posts the meters as items (which triggers the rule), plugs the car in
 * and out as the scenario says, follows the load-shedding switches, prints the status and records everything.
 *
 * @author openHAB V2X - Initial contribution
 */
@NonNullByDefault
final class SandboxRun implements Runnable, AutoCloseable {

    static final String SERVER = "v2x:ocpp-server:home";
    static final String CAR = "v2x:ev:home:car";
    static final String CHARGE_POINT_ID = "SANDBOX-CP1";
    /** The rule of {@code sandbox/home.json}. */
    static final String RULE = "v2x-home";
    static final double RESERVE_SOC = 30;
    static final double TARGET_SOC = 80;
    static final List<String> SHED_ITEMS = List.of("Shed_HeatPump", "Shed_Dryer");

    private static final Duration BOOT_TIMEOUT = Duration.ofSeconds(40);
    /** One step of simulated time: the rule decides once per step, on the meters at its end. */
    static final Duration STEP = Duration.ofSeconds(30);
    private static final Duration SYNC_TIMEOUT = Duration.ofSeconds(10);
    private static final double CAR_CAPACITY_WH = 60_000;
    private static final double CAR_INITIAL_SOC = 45;
    private static final double CAR_MAX_W = 7400;
    private static final double EFFICIENCY = 0.92;
    private static final DateTimeFormatter CLOCK = DateTimeFormatter.ofPattern("HH:mm");

    private final BundleContext context;
    private final SandboxSettings settings;
    private final Scenario scenario;
    private final SandboxClock clock;
    private final CompletableFuture<Integer> result;
    private final PrintStream out = System.out;
    private final HomeModel home;
    private final RunRecorder recorder;
    private final List<Departure> departures = new ArrayList<>();
    private final Map<String, String> extraChargers = new LinkedHashMap<>();
    private final Set<String> adoptedIds = new TreeSet<>();
    // thing UID of each extra charger, by charge point id
    private final Map<String, String> extraChargerUids = new ConcurrentHashMap<>();
    private final long realStart = System.nanoTime();
    private final StatusLine status;
    private volatile boolean closed;
    private final ChargerFamily family;
    private final String chargerUid;
    private @Nullable SimulatedCharger simulator;
    private @Nullable QuasarSimulator quasarSimulator;
    private @Nullable OpenhabHost host;
    private @Nullable ThingWatcher watcher;
    private @Nullable StepSync sync;
    private int unsettledSteps;

    SandboxRun(BundleContext context, SandboxSettings settings, Scenario scenario, SandboxClock clock,
            CompletableFuture<Integer> result) {
        this.context = context;
        this.settings = settings;
        this.scenario = scenario;
        this.clock = clock;
        this.result = result;
        this.home = new HomeModel(scenario, SHED_ITEMS);
        this.recorder = new RunRecorder(scenario.offset(), TARGET_SOC, RESERVE_SOC);
        this.status = new StatusLine(out, System.console() != null);
        extraChargers.putAll(settings.acceptedChargers());
        this.family = settings.charger();
        this.chargerUid = family.chargerUid();
    }

    @Override
    public void run() {
        int code;
        try {
            code = execute();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            code = 130;
        } catch (RuntimeException | IOException e) {
            status.end();
            out.println(stamp() + " sandbox failed: " + e);
            e.printStackTrace(out);
            code = 1;
        }
        result.complete(code);
        if (settings.keepRunning() && code == 0) {
            try {
                keepRunning();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        stopSimulator();
    }

    @Override
    public void close() {
        closed = true;
        stopSimulator();
    }

    private int execute() throws InterruptedException, IOException {
        out.println(stamp() + " scenario: " + scenario.name() + ", " + scenario.steps().size() + " steps of "
                + scenario.step().toMinutes() + " min, from " + scenario.start().atOffset(scenario.offset()) + " to "
                + scenario.end().atOffset(scenario.offset()));
        Duration simulated = Duration.between(scenario.start(), scenario.end());
        out.printf(Locale.ROOT, "%s speed %.0fx: %.1f simulated hours take about %d s%n", stamp(), clock.speed(),
                simulated.toSeconds() / 3600.0, clock.realTime(simulated).toSeconds());
        OpenhabHost openhab = awaitHost();
        host = openhab;
        // openHAB's regional setting: the rules' local time (V2H window, departure) is the scenario's
        openhab.setTimeZone(scenario.offset());
        ThingWatcher things = new ThingWatcher(out, this::stamp, openhab::text);
        watcher = things;
        openhab.addListener(things);
        StepSync stepSync = new StepSync(RULE, "Charger_Setpoint");
        sync = stepSync;
        openhab.addListener(stepSync);

        int port = settings.ocppPort() > 0 ? settings.ocppPort() : freePort();
        String password = UUID.randomUUID().toString().substring(0, 12);
        QuasarSimulator quasar = startQuasar();
        openhab.load(definition(port, password, quasar));
        for (Map.Entry<String, String> charger : extraChargers.entrySet()) {
            addExtraCharger(openhab, charger.getKey(), charger.getValue());
        }
        String endpoint = "ws://127.0.0.1:" + port + "/ocpp/";
        out.println(stamp() + " charger: " + family.label());
        SimulatedCharger charger;
        if (quasar == null) {
            out.println(stamp() + " OCPP endpoint " + endpoint + "{chargePointId} (OCPP 1.6J, 2.0.1, 2.1; "
                    + (settings.acceptAnyCharger() ? "any id, no password" : "HTTP Basic auth") + ")");
            extraChargers.forEach((id, secret) -> out.println(stamp() + " external charger " + id
                    + " may connect to " + endpoint + id + " (user " + id + ", password " + secret + ")"));
            out.println(stamp() + " simulated charger " + CHARGE_POINT_ID + " connects to " + endpoint
                    + CHARGE_POINT_ID + " with OCPP 2.1");
            charger = startSimulator(endpoint, password);
        } else {
            out.println(stamp() + " simulated Quasar 2 listens on 127.0.0.1:" + quasar.port() + " (Modbus TCP)");
            charger = new QuasarCharger(quasar, clock);
            simulator = charger;
        }
        if (!awaitOnline(things, watchedThings())) {
            return 1;
        }
        awaitFirstReadings(openhab, charger);
        out.println(stamp() + " all things ONLINE; the day starts");
        long dayStart = System.nanoTime();
        boolean completed = runDay(openhab, charger);
        status.end();
        if (!settings.keepRunning()) {
            things.quiet();
        }
        Summary summary = new Summary(scenario.name(), family.label(), scenario.start(), scenario.end(), scenario.offset(),
                Duration.ofNanos(System.nanoTime() - dayStart), allOnline(things), completed, home.totals(),
                List.copyOf(departures), recorder.minSocWhileDischarging(), recorder.reserveViolations(), RESERVE_SOC,
                outages(), recorder.chargingSwitches(), unsettledSteps);
        recorder.writeCsv(settings.out().resolve("sandbox.csv"));
        summary.write(settings.out());
        out.print(summary.text());
        out.printf(Locale.ROOT, "%s the day took %.1f s%n", stamp(), (System.nanoTime() - dayStart) / 1e9);
        return completed && allOnline(things) ? 0 : 1;
    }

    /** Steps the home until the end of the scenario; false when stopped early. */
    private boolean runDay(OpenhabHost openhab, SimulatedCharger charger) throws InterruptedException {
        clock.startDay();
        long paceStart = System.nanoTime();
        // the profiles the charger has so far apply from the first moment on
        charger.advance(Duration.ZERO);
        awaitCalls(charger);
        double carW = charger.powerW();
        boolean present = scenario.at(clock.instant()).evPresent();
        boolean gridAvailable = scenario.at(clock.instant()).gridAvailable();
        // the item Grid_Available starts ON (home.json): the outage trigger fires at once only if the day starts in one
        publishAndSettle(openhab, charger, home.sample(clock.instant(), carW), clock.instant(), !gridAvailable);
        // the charger applies a setpoint as it arrives: this power flows until the next step
        carW = reportPowerChange(openhab, charger, carW);
        double externalW = externalChargersW(openhab);
        ChargerView view = ChargerView.of(openhab);
        while (!closed) {
            Instant last = clock.instant();
            Instant now = last.plus(STEP);
            boolean dayOver = !now.isBefore(scenario.end());
            if (dayOver) {
                now = scenario.end();
            }
            Duration elapsed = Duration.between(last, now);
            // the home's meter sees the external chargers too
            HomeSample sample = home.step(last, elapsed, carW + externalW);
            // the battery moves by the step before the clock does, so the meter values sent at the new time show it
            charger.advance(elapsed);
            // a charging state change sends a TransactionEvent; answered before the clock could time it out
            awaitCalls(charger);
            clock.advance(elapsed);
            charger.tick();
            awaitMeterValues(openhab, charger);
            recorder.add(new RunRecorder.Row(sample, charger.socPct(), view.setpointW(), view.mode(), view.state(),
                    externalW));
            if (dayOver) {
                return true;
            }
            ScenarioStep step = scenario.at(now);
            if (present && !step.evPresent()) {
                departures.add(new Departure(now, charger.socPct(), TARGET_SOC));
                status.end();
                out.printf(Locale.ROOT, "%s car leaves with %.1f %% (target %.0f %%)%n", stamp(), charger.socPct(),
                        TARGET_SOC);
                charger.unplug();
            } else if (!present && step.evPresent()) {
                drive(charger.car(), step.evTripKwh());
                charger.plugIn();
                status.end();
                out.printf(Locale.ROOT, "%s car is back, %.1f kWh used, %.1f %% left%n", stamp(), step.evTripKwh(),
                        charger.socPct());
            }
            if (present != step.evPresent()) {
                // the transaction's messages are answered before the rule sees the plug change
                awaitCalls(charger);
            }
            present = step.evPresent();
            for (String item : SHED_ITEMS) {
                home.setLoadOn(item, openhab.getItemState(item) != OnOffType.OFF);
            }
            externalW = externalChargersW(openhab);
            HomeSample meters = home.sample(now, charger.powerW() + externalW);
            publishAndSettle(openhab, charger, meters, now, meters.gridAvailable() != gridAvailable);
            carW = reportPowerChange(openhab, charger, meters.carW() - externalW);
            view = ChargerView.of(openhab);
            gridAvailable = meters.gridAvailable();
            adoptUnknownChargers(openhab);
            status.show(statusLine(openhab, meters, charger));
            pace(paceStart);
        }
        return false;
    }

    /**
     * The power that flows from now until the next step. When the new setpoint changed it, the charger reports it at
     * once (as chargers do on a marked change), so openHAB's view of the charger (its operating state) matches the
     * power in the step's row.
     */
    private double reportPowerChange(OpenhabHost openhab, SimulatedCharger charger, double previousW)
            throws InterruptedException {
        double powerW = charger.powerW();
        if (powerW != previousW) {
            charger.reportNow();
            awaitMeterValues(openhab, charger);
        }
        return powerW;
    }

    /** What openHAB showed for the charger while a step's power flowed (read when the step starts). */
    private record ChargerView(double setpointW, String mode, String state) {
        static ChargerView of(OpenhabHost openhab) {
            return new ChargerView(number(openhab.getItemState("Charger_Setpoint")),
                    text(openhab.getItemState("Charger_Mode")), text(openhab.getItemState("Charger_State")));
        }
    }

    /** What the external chargers draw now (W), as their things report it. */
    private double externalChargersW(OpenhabHost openhab) {
        double sum = 0;
        for (String id : extraChargers.keySet()) {
            double power = number(openhab.getItemState(extPrefix(id) + "_Power"));
            if (!Double.isNaN(power)) {
                sum += power;
            }
        }
        return sum;
    }

    private static String extPrefix(String id) {
        return "Ext_" + id.replaceAll("[^A-Za-z0-9_]", "_");
    }

    /**
     * Posts the meters and waits until the rule has decided on them and the charger thing has handled what it sent,
     * and the simulator has the new setpoint: the next step then starts from the same state on every run.
     */
    private void publishAndSettle(OpenhabHost openhab, SimulatedCharger charger, HomeSample meters, Instant now,
            boolean gridChanged) throws InterruptedException {
        StepSync sync = Objects.requireNonNull(this.sync);
        StepSync.Mark mark = sync.mark();
        publishInputs(openhab, meters, now);
        if (gridChanged) {
            // the outage trigger's run first, then the meter's: the same order on every run
            settled(sync.await(() -> sync.ranSince(mark, "outage"), SYNC_TIMEOUT),
                    "the rule did not run on the grid change");
        }
        publishGridPower(openhab, meters);
        settled(sync.await(() -> sync.ranSince(mark, "meter"), SYNC_TIMEOUT),
                "the rule did not run on the meter update");
        if (sync.commandedSince(mark)) {
            // the charger thing clamps to its limits (home.json) and, with no deadband, sends every command
            double setpointW = Math.max(-CAR_MAX_W, Math.min(CAR_MAX_W, sync.lastCommandW()));
            settled(sync.await(() -> charger.applies(setpointW), SYNC_TIMEOUT),
                    "the simulated charger did not receive the setpoint " + setpointW + " W");
        }
        awaitCalls(charger);
    }

    /** Every CALL of the charger has its answer, before the clock moves on and could time it out. */
    private void awaitCalls(SimulatedCharger charger) throws InterruptedException {
        StepSync stepSync = Objects.requireNonNull(sync);
        settled(stepSync.await(() -> charger.answered(), SYNC_TIMEOUT),
                "the charger's messages were not answered");
    }

    /**
     * The charger's meter values of this step have reached the items the rule reads, and every CALL of the charger
     * has its answer (one left open would time out on the charger when the clock takes the next step).
     */
    private void awaitMeterValues(OpenhabHost openhab, SimulatedCharger charger) throws InterruptedException {
        StepSync sync = Objects.requireNonNull(this.sync);
        settled(sync.await(() -> charger.reported(number(openhab.getItemState("Charger_Power")),
                number(openhab.getItemState("Car_SoC"))), SYNC_TIMEOUT), "the charger's meter values did not arrive");
    }

    /** A step that could not settle makes the run depend on timing; said once, and counted in the summary. */
    private void settled(boolean ok, String what) {
        if (!ok) {
            unsettledSteps++;
            if (unsettledSteps == 1) {
                status.end();
                out.println(stamp() + " warning at " + CLOCK.format(clock.instant().atOffset(scenario.offset()))
                        + ": " + what + " within " + SYNC_TIMEOUT.toSeconds()
                        + " s; this run may differ from others");
            }
        }
    }

    /** Holds the steps to the configured speed; the simulation itself never depends on it. */
    private void pace(long paceStart) throws InterruptedException {
        long aheadNanos = clock.realTime(clock.elapsed()).toNanos() - (System.nanoTime() - paceStart);
        if (aheadNanos > 0) {
            TimeUnit.NANOSECONDS.sleep(aheadNanos);
        }
    }

    private void keepRunning() throws InterruptedException {
        OpenhabHost openhab = host;
        SimulatedCharger charger = simulator;
        if (openhab == null || charger == null) {
            return;
        }
        out.println(stamp() + " the day is over; the sandbox keeps running (Ctrl-C ends it)");
        long paceStart = System.nanoTime();
        Duration base = clock.elapsed();
        while (!closed) {
            charger.advance(STEP);
            // as during the day: no CALL may still wait for its answer when the clock moves on
            awaitCalls(charger);
            clock.advance(STEP);
            charger.tick();
            Instant now = clock.instant();
            HomeSample meters = home.sample(now, charger.powerW() + externalChargersW(openhab));
            publish(openhab, meters, now);
            adoptUnknownChargers(openhab);
            status.show(statusLine(openhab, meters, charger));
            long aheadNanos = clock.realTime(clock.elapsed().minus(base)).toNanos() - (System.nanoTime() - paceStart);
            if (aheadNanos > 0) {
                TimeUnit.NANOSECONDS.sleep(aheadNanos);
            }
        }
    }

    private void publish(OpenhabHost openhab, HomeSample meters, Instant now) {
        publishInputs(openhab, meters, now);
        publishGridPower(openhab, meters);
    }

    /** Everything the rule reads but the grid meter, whose update runs the rule. */
    private void publishInputs(OpenhabHost openhab, HomeSample meters, Instant now) {
        openhab.postUpdate("PV_Power", watts(meters.pvW()));
        openhab.postUpdate("Home_Load", watts(meters.loadW() - meters.shedW()));
        openhab.postUpdate("Grid_Available", OnOffType.from(meters.gridAvailable()));
        openhab.postUpdate("Car_Present", OnOffType.from(meters.evPresent()));
        Instant departure = scenario.nextDeparture(now);
        if (departure != null) {
            openhab.postUpdate("Car_Departure", new DateTimeType(departure.atZone(scenario.offset())));
        }
    }

    private static void publishGridPower(OpenhabHost openhab, HomeSample meters) {
        openhab.postUpdate("Grid_Power", watts(meters.gridW()));
    }

    /** Takes the trip's energy out of the battery while the car is away (it is not plugged in, nothing else moves it). */
    private static void drive(SimulatedCar car, double tripKwh) {
        if (tripKwh <= 0) {
            return;
        }
        double drivingW = 10_000;
        synchronized (car) {
            double hours = tripKwh * 1000 * EFFICIENCY / drivingW;
            car.request(-drivingW);
            car.advance(Duration.ofMillis(Math.round(hours * 3_600_000)));
            car.request(0);
        }
    }

    private static SimulatedCar newCar() {
        return new SimulatedCar(CAR_CAPACITY_WH, CAR_INITIAL_SOC).withMaxChargeW(CAR_MAX_W)
                .withMaxDischargeW(CAR_MAX_W).withChargeEfficiency(EFFICIENCY).withDischargeEfficiency(EFFICIENCY)
                .withSocFloorPercent(10).withTargetSocPercent(TARGET_SOC);
    }

    /** The Quasar 2 simulator on loopback, listening before its thing is created; null for the other families. */
    private @Nullable QuasarSimulator startQuasar() throws IOException {
        if (family != ChargerFamily.QUASAR) {
            return null;
        }
        QuasarSimulator quasar = new QuasarSimulator("127.0.0.1", 0, newCar(), clock);
        quasarSimulator = quasar;
        quasar.plug(scenario.at(scenario.start()).evPresent());
        quasar.start();
        return quasar;
    }

    private SimulatedCharger startSimulator(String endpoint, String password) {
        SimulatedCar car = newCar();
        ChargePointConfig config = new ChargePointConfig().url(endpoint).chargePointId(CHARGE_POINT_ID)
                .version(OcppVersion.V21).password(settings.acceptAnyCharger() ? null : password).speed(0).clock(clock)
                .meterIntervalSeconds(1).chargerMaxPowerW(11_000).reconnectDelayMillis(1000)
                .vendor("openHAB V2X").model("Sandbox V2X charger");
        Instant departure = scenario.nextDeparture(scenario.start());
        if (departure != null) {
            config.departureIn(Duration.between(scenario.start(), departure));
        }
        ChargePointSimulator charger = new ChargePointSimulator(config, car);
        OcppCharger simulated = new OcppCharger(charger);
        simulator = simulated;
        try {
            charger.start();
        } catch (Exception e) {
            throw new IllegalStateException("The OCPP simulator does not start: " + e.getMessage(), e);
        }
        return simulated;
    }

    private String definition(int port, String password, @Nullable QuasarSimulator quasar) throws IOException {
        String text = resource("/sandbox/home.json").replace("${chargerThings}", resource(family.resource()))
                .replace("${charger}", chargerUid);
        return text.replace("${ocppPort}", Integer.toString(port))
                .replace("${quasarPort}", Integer.toString(quasar == null ? 0 : quasar.port()))
                .replace("${failSafeTimeout}", Integer.toString(QuasarCharger.FAIL_SAFE_TIMEOUT_S))
                    .replace("${securityProfile}", settings.acceptAnyCharger() ? "0" : "1")
                    .replace("${chargePointId}", CHARGE_POINT_ID)
                .replace("${password}", settings.acceptAnyCharger() ? "" : password);
    }

    private String resource(String name) throws IOException {
        try (InputStream stream = Objects.requireNonNull(getClass().getResourceAsStream(name),
                name + " is missing in the sandbox bundle")) {
            return new String(stream.readAllBytes(), StandardCharsets.UTF_8).stripTrailing();
        }
    }

    /** An extra charger thing for an external charge point, with items for the status stream. */
    private void addExtraCharger(OpenhabHost openhab, String id, String password) {
        String uid = "v2x:ocpp-charger:home:" + id.replaceAll("[^A-Za-z0-9_-]", "_");
        addExtraChargerItems(openhab, id, uid);
        ThingDefinition thing = new ThingDefinition();
        thing.uid = uid;
        thing.bridge = SERVER;
        thing.label = "External charger " + id;
        thing.config.put("chargePointId", id);
        if (!password.isEmpty()) {
            thing.config.put("password", password);
        }
        openhab.createThing(thing);
    }

    /** Items for the status stream of an extra charger. */
    private void addExtraChargerItems(OpenhabHost openhab, String id, String uid) {
        extraChargerUids.put(id, uid);
        String prefix = extPrefix(id);
        addItem(openhab, prefix + "_Power", "Number:Power", uid + ":power#active-power");
        addItem(openhab, prefix + "_SoC", "Number:Dimensionless", uid + ":car#soc");
        addItem(openhab, prefix + "_State", "String", uid + ":status#operating-state");
        addItem(openhab, prefix + "_Setpoint", "Number:Power", uid + ":power#setpoint");
    }

    private static void addItem(OpenhabHost openhab, String name, String type, String channel) {
        ItemDefinition item = new ItemDefinition();
        item.name = name;
        item.type = type;
        item.channel = channel;
        openhab.addItem(item);
    }

    /**
     * With {@code --accept-any-charger}: every charger the server offers in the inbox is approved, as a user would
     * approve it in openHAB's UI; the charger is served at its next connection.
     */
    private void adoptUnknownChargers(OpenhabHost openhab) {
        if (!settings.acceptAnyCharger()) {
            return;
        }
        for (DiscoveryResult offered : openhab.inbox().results()) {
            Object chargePointId = offered.getProperties().get("chargePointId");
            if (chargePointId == null || !SERVER.equals(String.valueOf(offered.getBridgeUID()))) {
                continue;
            }
            String id = chargePointId.toString();
            if (id.equals(CHARGE_POINT_ID) || !adoptedIds.add(id)) {
                continue;
            }
            String uid = offered.getThingUID().getAsString();
            status.end();
            out.println(stamp() + " charger " + id + " (" + offered.getLabel() + ") in the inbox; approving it");
            addExtraChargerItems(openhab, id, uid);
            extraChargers.put(id, "");
            openhab.inbox().approve(offered.getThingUID(), "External charger " + offered.getLabel());
        }
    }

    private String statusLine(OpenhabHost openhab, HomeSample m, SimulatedCharger charger) {
        ThingWatcher things = Objects.requireNonNull(watcher);
        StringBuilder line = new StringBuilder(String.format(Locale.ROOT,
                "%s PV %4.1f load %4.1f grid %+5.1f car %+5.1f kW SoC %5.1f %% %-10s %-11s", CLOCK.format(m.time()
                        .atOffset(scenario.offset())), m.pvW() / 1000, (m.loadW() - m.shedW()) / 1000,
                m.gridW() / 1000, m.carW() / 1000, charger.socPct(), text(openhab.getItemState("Charger_Mode")),
                text(openhab.getItemState("Charger_State"))));
        if (!m.gridAvailable()) {
            line.append(" OUTAGE");
        }
        if (m.shedW() > 0) {
            line.append(" shed");
        }
        if (family == ChargerFamily.OCPP) {
            line.append(" | server ").append(brief(things.status(SERVER)));
        }
        line.append(" | charger ").append(brief(things.status(chargerUid))).append(" car ")
                .append(brief(things.status(CAR)));
        extraChargers.keySet().forEach(id -> {
            String prefix = extPrefix(id);
            line.append(String.format(Locale.ROOT, " | %s %s %s W %s %%", id,
                    brief(things.status(extraChargerUids.getOrDefault(id, ""))),
                    format(openhab.getItemState(prefix + "_Power")), format(openhab.getItemState(prefix + "_SoC"))));
        });
        return line.toString();
    }

    private List<String> outages() {
        List<String> outages = new ArrayList<>();
        Instant start = null;
        for (ScenarioStep step : scenario.steps()) {
            if (!step.gridAvailable() && start == null) {
                start = step.start();
            } else if (step.gridAvailable() && start != null) {
                outages.add(CLOCK.format(start.atOffset(scenario.offset())) + "-"
                        + CLOCK.format(step.start().atOffset(scenario.offset())));
                start = null;
            }
        }
        if (start != null) {
            outages.add(CLOCK.format(start.atOffset(scenario.offset())) + "-"
                    + CLOCK.format(scenario.end().atOffset(scenario.offset())));
        }
        return outages;
    }

    private boolean awaitOnline(ThingWatcher things, List<String> uids) throws InterruptedException {
        long deadline = System.nanoTime() + BOOT_TIMEOUT.toNanos();
        while (System.nanoTime() < deadline && !closed) {
            if (uids.stream().allMatch(uid -> things.status(uid) == ThingStatus.ONLINE)) {
                return true;
            }
            Thread.sleep(50);
        }
        for (String uid : uids) {
            if (things.status(uid) != ThingStatus.ONLINE) {
                OpenhabHost openhab = host;
                out.println(stamp() + " " + uid + " did not go ONLINE within " + BOOT_TIMEOUT.toSeconds() + " s: "
                        + (openhab == null ? "" : openhab.getThingStatus(uid)));
            }
        }
        return false;
    }

    /**
     * The charger's first meter values, so the rule starts with a known SoC and power, and the rule ready to run
     * (its module handlers may come after the things went ONLINE).
     */
    private void awaitFirstReadings(OpenhabHost openhab, SimulatedCharger charger) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (System.nanoTime() < deadline && !closed) {
            if ((!charger.reportsIdleSoc() || !Double.isNaN(number(openhab.getItemState("Car_SoC"))))
                    && !Double.isNaN(number(openhab.getItemState("Charger_Power")))
                    && "IDLE".equals(openhab.ruleStatus(RULE))) {
                return;
            }
            Thread.sleep(50);
        }
        out.println(stamp() + " the charger has not reported SoC and power yet, or the rule is not ready ("
                + openhab.ruleStatus(RULE) + "); starting anyway");
    }

    private boolean allOnline(ThingWatcher things) {
        return watchedThings().stream().allMatch(things::wentOnline);
    }

    /** The charger's things and the car. */
    private List<String> watchedThings() {
        List<String> uids = new ArrayList<>(family.thingUids());
        uids.add(CAR);
        return uids;
    }

    private OpenhabHost awaitHost() throws InterruptedException {
        OpenhabHost openhab = await(HostComponent.class, "the test host").host();
        await(ThingHandlerFactory.class, "the V2X binding's handler factory");
        await(ModuleHandlerFactory.class, "the V2X automation's module handler factory");
        return openhab;
    }

    private <T> T await(Class<T> type, String what) throws InterruptedException {
        ServiceTracker<T, T> tracker = new ServiceTracker<>(context, type, null);
        tracker.open();
        try {
            T service = tracker.waitForService(BOOT_TIMEOUT.toMillis());
            if (service == null) {
                throw new IllegalStateException(what + " did not start within " + BOOT_TIMEOUT.toSeconds() + " s");
            }
            return service;
        } finally {
            tracker.close();
        }
    }

    private void stopSimulator() {
        SimulatedCharger charger = simulator;
        if (charger != null) {
            charger.close();
        }
        QuasarSimulator quasar = quasarSimulator;
        if (quasar != null) {
            quasar.close();
        }
    }

    private String stamp() {
        return String.format(Locale.ROOT, "[%5.1f s]",
                TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - realStart) / 1000.0);
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    private static QuantityType<?> watts(double watts) {
        return new QuantityType<>(Math.round(watts), Units.WATT);
    }

    private static double number(State state) {
        return state instanceof Number number ? number.doubleValue() : Double.NaN;
    }

    private static String text(State state) {
        String text = state.toString();
        return "NULL".equals(text) || "UNDEF".equals(text) ? "-" : text;
    }

    private static String format(State state) {
        double value = number(state);
        return Double.isNaN(value) ? "-" : String.format(Locale.ROOT, "%.0f", value);
    }

    private static String brief(ThingStatus status) {
        return switch (status) {
            case ONLINE -> "ON";
            case OFFLINE -> "OFF";
            default -> status.name();
        };
    }
}
