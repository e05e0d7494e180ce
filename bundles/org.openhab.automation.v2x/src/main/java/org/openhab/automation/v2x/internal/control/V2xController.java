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
package org.openhab.automation.v2x.internal.control;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The stateful controller of one car: call {@link #decide(Measurement)} on every new measurement, in time order.
 * See the package documentation for the decision order. Not thread-safe: one caller at a time.
 *
 * @author openHAB V2X contributors - Initial contribution
 */
@NonNullByDefault
public final class V2xController {

    /** Interval assumed until two measurements have shown the real cadence (conservative for energy caps). */
    static final double DEFAULT_HORIZON_S = 3600;

    private final Logger logger = LoggerFactory.getLogger(V2xController.class);

    private final SolarFollower follower = new SolarFollower();
    private final ReserveGuard reserveGuard = new ReserveGuard();
    private final DischargeEnergyMeter meter = new DischargeEnergyMeter();
    private final LoadShedder shedder = new LoadShedder();
    private final WriteLimiter limiter = new WriteLimiter();

    private V2xSettings settings;
    private double lastNowS = Double.NaN;
    private double horizonS = DEFAULT_HORIZON_S;
    private int lastGridAvailable = -1;
    private boolean forcedLatched;
    private @Nullable Instant latchedDeparture;
    private boolean rechargePending;
    private boolean restoreOnNextDecision;
    private ControlState lastState = ControlState.IDLE;
    private @Nullable ChargePlan plan;

    // results of the step being decided (fields, not objects, to keep a decision allocation-light)
    private double stepTargetW;
    private ControlState stepState = ControlState.IDLE;
    private String stepReason = "";
    private double stepDischargeCapW;
    private String capReason = "";

    public V2xController(V2xSettings settings) {
        this.settings = settings;
    }

    public V2xSettings settings() {
        return settings;
    }

    /**
     * Replaces the settings, keeping today's discharge energy. The next decision writes its setpoint whatever the
     * write interval; loads shed under the old settings are restored on the next decision.
     */
    public void updateSettings(V2xSettings newSettings) {
        if (!newSettings.loadShedding().equals(settings.loadShedding())) {
            restoreOnNextDecision = true;
        }
        settings = newSettings;
        follower.reset();
        forcedLatched = false;
        limiter.forceNextWrite();
    }

    /**
     * Follows this plan from now on (or, with {@code null}, the default rules again): in modes {@code solar} and
     * {@code solar-v2h} each slot's grid charge, solar start threshold and V2H floor replace the defaults; the
     * reserve, the departure guarantee and the outage backup still override it.
     */
    public void followPlan(@Nullable ChargePlan newPlan) {
        plan = newPlan;
    }

    public @Nullable ChargePlan plan() {
        return plan;
    }

    /** The setpoint last reported as written. */
    public double lastWrittenW() {
        return limiter.lastWrittenW();
    }

    /** Loads shed at present, in shedding order. */
    public List<String> shedLoads() {
        return shedder.shed();
    }

    /**
     * Decides the charger setpoint for a new measurement.
     * <p>
     * A measurement older than the previous one (clock went backwards) is answered with a safe stop: setpoint 0,
     * state {@link ControlState#SAFE_STOP}; the controller then continues from the new time.
     */
    public Decision decide(Measurement m) {
        V2xSettings s = settings;
        double nowS = TimeMath.seconds(m.now());
        if (!Double.isNaN(lastNowS) && nowS < lastNowS) {
            return timeWentBackwards(m, nowS, s);
        }
        if (!Double.isNaN(lastNowS) && nowS > lastNowS) {
            horizonS = Math.max(1, nowS - lastNowS);
        }
        lastNowS = nowS;
        meter.record(m.now(), nowS, m.chargerPowerW(), s.zone());
        int grid = m.gridAvailable() ? 1 : 0;
        boolean gridChanged = lastGridAvailable >= 0 && lastGridAvailable != grid;
        lastGridAvailable = grid;
        boolean reserveAllows = reserveGuard.update(m.socPct(), s);

        stepDischargeCapW = 0;
        capReason = "";
        shedder.clearChanges();
        if (restoreOnNextDecision) {
            restoreOnNextDecision = false;
            shedder.restoreAll();
        }
        decideTarget(m, nowS, gridChanged, reserveAllows, s);
        enforceSafety(m, s);

        double lastW = limiter.lastWrittenW();
        boolean urgent = gridChanged || (lastW < 0 && -lastW > stepDischargeCapW && stepTargetW > lastW);
        boolean write = limiter.offer(stepTargetW, nowS, urgent, s);
        double setpointW = limiter.lastWrittenW();
        if (stepState != lastState) {
            logger.debug("V2X state {} -> {}: {}", lastState, stepState, stepReason);
            lastState = stepState;
        }
        return new Decision(setpointW, write, urgent && write, stepTargetW, stepState, s.mode(), stepReason,
                expectedSoc(m, nowS, s), latestStart(m, s), timeToReserve(m, setpointW, s), shedder.toShed(),
                shedder.toRestore(), meter.todayWh() / 1000);
    }

    private void decideTarget(Measurement m, double nowS, boolean gridChanged, boolean reserveAllows,
            V2xSettings s) {
        if (s.mode() == ControlMode.OFF) {
            resetPlans();
            shedder.restoreAll();
            set(0, ControlState.OFF, "mode off");
            return;
        }
        if (!m.gridAvailable()) {
            if (gridChanged) {
                resetPlans();
            }
            decideOutage(m, reserveAllows, s);
            return;
        }
        if (gridChanged) {
            follower.reset();
            rechargePending = s.rechargeAfterOutage();
        }
        if (!shedder.shed().isEmpty()) {
            shedder.restoreAll();
        }
        if (!m.carPresent()) {
            resetPlans();
            set(0, ControlState.NOT_PRESENT, "no car plugged in");
            return;
        }
        if (decideMobility(m, nowS, reserveAllows, s)) {
            follower.reset();
            return;
        }
        decideMode(m, nowS, reserveAllows, s);
    }

    private void decideOutage(Measurement m, boolean reserveAllows, V2xSettings s) {
        if (!m.carPresent()) {
            resetPlans();
            if (s.outageBackup()) {
                shedder.shedAll(s);
            }
            set(0, ControlState.NOT_PRESENT, "grid outage and no car plugged in");
            return;
        }
        if (!s.outageBackup()) {
            set(0, ControlState.BACKUP_HOLD, "grid outage, outage backup disabled");
            return;
        }
        Double load = m.homeLoadW();
        Double pv = m.pvPowerW();
        double netDemandW = load == null ? Double.NaN : load - (pv == null ? 0 : pv);
        double capW = outageDischargeCap(m, reserveAllows, s);
        stepDischargeCapW = capW;
        Double soc = m.socPct();
        boolean full = soc != null && soc >= 100;
        if (netDemandW < 0) {
            double surplusW = -netDemandW;
            if (surplusW >= s.minChargeW() && !full) {
                set(Math.min(surplusW, s.maxChargeW()), ControlState.BACKUP_CHARGE,
                        "grid outage: charging from the PV surplus");
            } else {
                set(0, ControlState.BACKUP_HOLD, "grid outage: PV covers the home");
            }
        } else if (capW >= s.minDischargeW()) {
            double dischargeW = Double.isNaN(netDemandW) ? capW
                    : Math.max(s.minDischargeW(), Math.min(capW, netDemandW));
            set(-dischargeW, ControlState.BACKUP_DISCHARGE, Double.isNaN(netDemandW)
                    ? "grid outage: car powers the home (load unknown, setpoint is the limit)"
                    : "grid outage: car powers the home");
        } else {
            set(0, ControlState.BACKUP_HOLD, "grid outage: car cannot supply (" + capReason + ")");
        }
        Double energyKwh = m.batteryKnown() ? aboveFloorWh(m, s) / 1000 : null;
        double ttrS = Double.NaN;
        if (energyKwh != null && stepTargetW < 0) {
            ttrS = energyKwh * 1000 / -stepTargetW * TimeMath.SECONDS_PER_HOUR;
        }
        shedder.update(energyKwh, ttrS, s);
    }

    /** Reserve, departure guarantee and recharge after an outage; true when one of them set the target. */
    private boolean decideMobility(Measurement m, double nowS, boolean reserveAllows, V2xSettings s) {
        Double socBoxed = m.socPct();
        Double capacityBoxed = m.capacityKwh();
        if (socBoxed == null) {
            rechargePending = false;
            forcedLatched = false;
            return false;
        }
        double soc = socBoxed;
        if (soc < s.reserveSocPct()) {
            set(s.maxChargeW(), ControlState.RESERVE_CHARGE, "SoC below the driving reserve: charging");
            return true;
        }
        Instant departure = m.departure();
        if (departure != null && capacityBoxed != null && departure.isAfter(m.now())) {
            if (!departure.equals(latchedDeparture)) {
                forcedLatched = false;
                latchedDeparture = departure;
            }
            double departureS = TimeMath.seconds(departure);
            double slackS = DeparturePlanner.slackSeconds(soc, capacityBoxed, nowS, departureS, s);
            if (soc >= s.targetSocPct()) {
                forcedLatched = false;
            } else if (forcedLatched || slackS <= leadSeconds(s)) {
                forcedLatched = true;
                set(DeparturePlanner.forcedChargeW(soc, capacityBoxed, nowS, departureS, horizonS, s),
                        ControlState.FORCED_CHARGE, slackS < 0 ? "departure: charging at full power, target out of reach"
                                : "departure: charging now to reach the target in time");
                return true;
            }
        } else {
            forcedLatched = false;
        }
        if (rechargePending) {
            if (soc >= s.targetSocPct()) {
                rechargePending = false;
            } else {
                set(s.maxChargeW(), ControlState.RECHARGE, "grid back after outage: recharging to the target");
                return true;
            }
        }
        return false;
    }

    private void decideMode(Measurement m, double nowS, boolean reserveAllows, V2xSettings s) {
        Double soc = m.socPct();
        switch (s.mode()) {
            case FAST:
                follower.reset();
                if (soc == null || soc < s.targetSocPct()) {
                    set(s.maxChargeW(), ControlState.FAST_CHARGE, "fast: charging at full power");
                } else {
                    set(0, ControlState.IDLE, "fast: target reached");
                }
                return;
            case BACKUP_ONLY:
                follower.reset();
                set(0, ControlState.IDLE, "backup-only: waiting for an outage or a departure");
                return;
            default:
                break;
        }
        ChargePlan activePlan = plan;
        int slot = activePlan == null ? -1 : activePlan.slotAt(nowS);
        double planFloorPct = activePlan == null || slot < 0 ? Double.NaN : activePlan.v2hFloorPct(slot);
        double wantedW = m.chargerPowerW() + s.gridBiasW() - m.gridPowerW();
        double chargeCapW = solarChargeCap(m, s);
        double dischargeCapW = s.mode().allowsV2h() ? v2hDischargeCap(m, nowS, reserveAllows, s, planFloorPct) : 0;
        if (!s.mode().allowsV2h()) {
            capReason = "mode solar does not discharge";
        }
        stepDischargeCapW = dischargeCapW;
        double startW = activePlan == null || slot < 0 ? chargeStartW(m, s) : activePlan.solarStartW(slot);
        double powerW = follower.follow(wantedW, nowS, chargeCapW, dischargeCapW, startW, s);
        double plannedGridW = activePlan == null || slot < 0 ? 0 : activePlan.gridChargeW(slot);
        if (plannedGridW > Math.max(0, powerW) && plannedGridW >= s.minChargeW()) {
            follower.reset();
            set(Math.min(plannedGridW, s.maxChargeW()), ControlState.PLANNED_CHARGE,
                    "plan: charging from the grid in this slot");
            return;
        }
        if (powerW > 0) {
            set(powerW, ControlState.SOLAR_CHARGE, follower.reason());
        } else if (powerW < 0) {
            set(powerW, ControlState.V2H_DISCHARGE, follower.reason());
        } else if (wantedW <= -s.minDischargeW() && dischargeCapW < s.minDischargeW()
                && follower.phase() == SolarFollower.Phase.OFF) {
            set(0, ControlState.IDLE, "household imports, no discharge: " + capReason);
        } else {
            set(0, ControlState.IDLE, follower.reason());
        }
    }

    /**
     * Surplus at which solar charging starts. Below the target with a departure set, the energy up to the target
     * will be bought before the departure anyway, so drawing the part of the minimum power that the surplus does
     * not cover from the grid now costs nothing extra (flat price) and saves the surplus from export.
     */
    private static double chargeStartW(Measurement m, V2xSettings s) {
        Double soc = m.socPct();
        Instant departure = m.departure();
        boolean departureNeedsEnergy = soc != null && soc < s.targetSocPct() && departure != null
                && departure.isAfter(m.now());
        return departureNeedsEnergy ? s.minChargeW() * s.minSolarSharePct() / 100 : s.minChargeW();
    }

    /** Largest V2H discharge allowed now (W, magnitude); records the limiting rule in {@link #capReason}. */
    private double v2hDischargeCap(Measurement m, double nowS, boolean reserveAllows, V2xSettings s,
            double planFloorPct) {
        Double soc = m.socPct();
        Double capacity = m.capacityKwh();
        if (soc == null || capacity == null) {
            return cap(0, "SoC or capacity unknown");
        }
        if (!reserveAllows) {
            return cap(0, "driving reserve reached");
        }
        if (!s.v2hWindow().contains(TimeMath.secondOfDay(m.now(), s.zone()))) {
            return cap(0, "outside the V2H window " + s.v2hWindow());
        }
        double capW = s.maxDischargeW();
        capReason = "maximum discharge power";
        double budgetLeftWh = s.dailyDischargeBudgetKwh() * 1000 - meter.todayWh();
        if (budgetLeftWh <= 0) {
            return cap(0, "daily discharge budget used up");
        }
        capW = tighter(capW, budgetLeftWh / horizonS * TimeMath.SECONDS_PER_HOUR, "daily discharge budget");
        // a plan sets the floor slot by slot; a V2H minimum the user set explicitly still holds
        Double userFloor = s.v2hMinSocPct();
        double floorPct = Double.isNaN(planFloorPct) ? s.v2hFloorPct()
                : Math.max(Math.max(s.dischargeFloorPct(), planFloorPct), userFloor == null ? 0 : userFloor);
        boolean aboveReserveOnly = floorPct <= s.dischargeFloorPct();
        if (soc <= floorPct) {
            return cap(0, aboveReserveOnly ? "driving reserve reached" : "V2H minimum SoC reached");
        }
        capW = tighter(capW, aboveWh(m, floorPct, s) / horizonS * TimeMath.SECONDS_PER_HOUR,
                aboveReserveOnly ? "driving reserve" : "V2H minimum SoC");
        if (!s.allowGridExport()) {
            capW = tighter(capW, Math.max(0, homeDemandW(m)), "no grid export: home demand");
        }
        Instant departure = m.departure();
        // energy above the target is never needed for the departure, so a floor at or above it needs no plan
        if (departure != null && departure.isAfter(m.now()) && floorPct < s.targetSocPct()) {
            double slackS = DeparturePlanner.slackSeconds(soc, capacity, nowS, TimeMath.seconds(departure), s);
            capW = tighter(capW, DeparturePlanner.dischargeAllowanceW(slackS, horizonS, leadSeconds(s), s),
                    "departure guarantee");
        }
        return capW;
    }

    private double outageDischargeCap(Measurement m, boolean reserveAllows, V2xSettings s) {
        if (!m.batteryKnown()) {
            return cap(0, "SoC or capacity unknown");
        }
        if (!reserveAllows) {
            return cap(0, "driving reserve reached");
        }
        capReason = "maximum discharge power";
        return tighter(s.maxDischargeW(), aboveFloorWh(m, s) / horizonS * TimeMath.SECONDS_PER_HOUR,
                "driving reserve");
    }

    /** The home's demand without the car: measured by the grid meter, and by load - PV when both are known. */
    private static double homeDemandW(Measurement m) {
        double demandW = m.gridPowerW() - m.chargerPowerW();
        Double load = m.homeLoadW();
        Double pv = m.pvPowerW();
        if (load != null && pv != null) {
            demandW = Math.min(demandW, load - pv);
        }
        return demandW;
    }

    /**
     * Largest solar charge power (W): up to the solar maximum SoC, the last interval only what still fits, so the
     * surplus is stored above the target but not beyond the user's limit. Unknown SoC: the charger's maximum.
     */
    private double solarChargeCap(Measurement m, V2xSettings s) {
        Double soc = m.socPct();
        Double capacity = m.capacityKwh();
        if (soc == null) {
            return s.maxChargeW();
        }
        if (soc >= s.solarMaxSocPct()) {
            return 0;
        }
        if (capacity == null) {
            return s.maxChargeW();
        }
        double roomAcWh = (s.solarMaxSocPct() - soc) / 100 * capacity * 1000 / s.chargeEfficiency();
        return Math.min(s.maxChargeW(), roomAcWh / horizonS * TimeMath.SECONDS_PER_HOUR);
    }

    /** Energy deliverable to the home (AC side, Wh) before the discharge floor (reserve + margin) is reached. */
    private static double aboveFloorWh(Measurement m, V2xSettings s) {
        return aboveWh(m, s.dischargeFloorPct(), s);
    }

    /** Energy deliverable to the home (AC side, Wh) before the SoC falls to {@code floorPct}. */
    private static double aboveWh(Measurement m, double floorPct, V2xSettings s) {
        Double soc = m.socPct();
        Double capacity = m.capacityKwh();
        if (soc == null || capacity == null) {
            return 0;
        }
        return Math.max(0, soc - floorPct) / 100 * capacity * 1000 * s.dischargeEfficiency();
    }

    private double leadSeconds(V2xSettings s) {
        return horizonS + s.departureMargin().getSeconds() + s.minWriteInterval().toMillis() / 1000.0;
    }

    /** Last line of defence: limits and the no-discharge rules hold whatever the branches above did. */
    private void enforceSafety(Measurement m, V2xSettings s) {
        double target = stepTargetW;
        if (target < 0) {
            Double soc = m.socPct();
            if (soc == null || m.capacityKwh() == null || soc <= s.dischargeFloorPct() || !m.carPresent()) {
                logger.warn("V2X controller suppressed an unsafe discharge of {} W", target);
                set(0, ControlState.IDLE, "discharge suppressed by the safety check");
                return;
            }
            target = Math.max(target, -s.maxDischargeW());
            stepTargetW = target > -s.minDischargeW() ? 0 : target;
        } else if (target > 0) {
            target = Math.min(target, s.maxChargeW());
            stepTargetW = target < s.minChargeW() ? 0 : target;
        }
    }

    private Decision timeWentBackwards(Measurement m, double nowS, V2xSettings s) {
        logger.debug("V2X measurement time {} is before the previous one; stopping for this step", m.now());
        lastNowS = nowS;
        horizonS = DEFAULT_HORIZON_S;
        follower.reset();
        meter.restart(m.now(), nowS, m.chargerPowerW(), s.zone());
        limiter.restartClock(nowS);
        shedder.clearChanges();
        boolean wasNonZero = limiter.lastWrittenW() != 0;
        boolean write = limiter.offer(0, nowS, true, s);
        stepState = ControlState.SAFE_STOP;
        lastState = ControlState.SAFE_STOP;
        return new Decision(limiter.lastWrittenW(), write, write && wasNonZero, 0, ControlState.SAFE_STOP,
                s.mode(), "measurement time went backwards: setpoint 0 for this step", null, null, null, List.of(),
                List.of(), meter.todayWh() / 1000);
    }

    private @Nullable Double expectedSoc(Measurement m, double nowS, V2xSettings s) {
        Instant departure = m.departure();
        Double soc = m.socPct();
        Double capacity = m.capacityKwh();
        if (departure == null || soc == null || capacity == null || !m.carPresent() || s.mode() == ControlMode.OFF) {
            return null;
        }
        return DeparturePlanner.expectedSocAtDeparture(soc, capacity, nowS, TimeMath.seconds(departure), s);
    }

    private @Nullable Instant latestStart(Measurement m, V2xSettings s) {
        Instant departure = m.departure();
        Double soc = m.socPct();
        Double capacity = m.capacityKwh();
        if (departure == null || soc == null || capacity == null || !m.carPresent() || soc >= s.targetSocPct()
                || !departure.isAfter(m.now())) {
            return null;
        }
        return TimeMath.instant(DeparturePlanner.latestStartS(soc, capacity, TimeMath.seconds(departure), s));
    }

    private static @Nullable Duration timeToReserve(Measurement m, double setpointW, V2xSettings s) {
        if (setpointW >= 0 || !m.batteryKnown()) {
            return null;
        }
        double hours = aboveFloorWh(m, s) / -setpointW;
        return Duration.ofSeconds(Math.round(hours * TimeMath.SECONDS_PER_HOUR));
    }

    private void resetPlans() {
        follower.reset();
        forcedLatched = false;
        rechargePending = false;
    }

    private double cap(double value, String why) {
        capReason = why;
        return value;
    }

    private double tighter(double current, double candidate, String why) {
        if (candidate < current) {
            capReason = why;
            return candidate;
        }
        return current;
    }

    private void set(double targetW, ControlState state, String reason) {
        stepTargetW = targetW;
        stepState = state;
        stepReason = reason;
    }
}
