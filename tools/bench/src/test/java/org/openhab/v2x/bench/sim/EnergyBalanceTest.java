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
package org.openhab.v2x.bench.sim;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.junit.jupiter.api.Test;
import org.openhab.v2x.bench.TestScenarios;
import org.openhab.v2x.bench.scenario.EvSessions;
import org.openhab.v2x.bench.scenario.Params;
import org.openhab.v2x.bench.scenario.Scenario;
import org.openhab.v2x.bench.scenario.ScenarioBuilder;
import org.openhab.v2x.bench.strategy.BaselineStrategy;
import org.openhab.v2x.bench.strategy.PvSurplusStrategy;
import org.openhab.v2x.bench.strategy.V2xStrategy;
import org.openhab.v2x.bench.strategy.ZeroPointBidiStrategy;

/**
 * Over a year from the shared data, with outages, both the house and the car battery balances close to < 0.1 %.
 *
 * @author openHAB V2X contributors - Initial contribution
 */
@NonNullByDefault
class EnergyBalanceTest {

    @Test
    void yearBalancesClose() throws Exception {
        Path data = TestScenarios.dataDir();
        Scenario s = ScenarioBuilder.build(new ScenarioBuilder.Options(data, LocalDateTime.of(2026, 1, 1, 0, 0), 365,
                15, ZoneId.of("Europe/Berlin"), 4000, 8, List.of(EvSessions.DEFAULT_USER), List.of(), 40, 3, null,
                null, List.of(), 0.6));
        for (boolean export : new boolean[] { false, true }) {
            Params p = Params.defaults().withAllowGridExport(export);
            List<Strategy> strategies = List.of(new BaselineStrategy(p), new PvSurplusStrategy(p),
                    new ZeroPointBidiStrategy(p), new V2xStrategy(p, ZoneId.of("Europe/Berlin")));
            for (Strategy strategy : strategies) {
                Metrics m = new Simulator(s, p).run(strategy, f -> {
                }).metrics();
                assertTrue(m.houseBalanceError() < 0.001, strategy.name() + " house " + m.houseBalanceError());
                assertTrue(m.batteryBalanceError(p.chargeEfficiency(), p.dischargeEfficiency()) < 0.001,
                        strategy.name() + " battery");
                assertTrue(m.outageDemandKwh > 0);
            }
        }
    }
}
