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
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.openhab.v2x.bench.scenario.ScenarioCsv;
import org.openhab.v2x.bench.scenario.ScenarioFormatException;
import org.openhab.v2x.simulator.home.Scenario;
import org.openhab.v2x.simulator.home.ScenarioStep;

/**
 * Scenario files for the simulated home: the bench's reader parses and checks the CSV (one reader of the format for
 * the whole project), this turns its columns into the home's steps.
 *
 * @author openHAB V2X - Initial contribution
 */
@NonNullByDefault
public final class HomeScenarios {

    private HomeScenarios() {
    }

    /** Reads a scenario CSV; errors name the file (without its folder) and the line. */
    public static Scenario read(Path file) throws IOException, ScenarioFormatException {
        String name = String.valueOf(file.getFileName());
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            return read(reader, name);
        }
    }

    public static Scenario read(Reader source, String name) throws IOException, ScenarioFormatException {
        return of(ScenarioCsv.read(source, name), name);
    }

    /**
     * The home's view of a parsed scenario: steps without a price get the parameter defaults, steps without a
     * critical load need all of it; times are shown in the offset of the first row.
     */
    public static Scenario of(org.openhab.v2x.bench.scenario.Scenario parsed, String name) {
        List<ScenarioStep> steps = new ArrayList<>(parsed.size());
        for (int i = 0; i < parsed.size(); i++) {
            steps.add(new ScenarioStep(parsed.instant(i), parsed.loadW(i), parsed.pvW(i), parsed.gridAvailable(i),
                    parsed.evPresent(i), parsed.tripKwh(i), parsed.criticalLoadW(i),
                    parsed.priceImport(i, ScenarioStep.DEFAULT_PRICE_IMPORT),
                    parsed.priceExport(i, ScenarioStep.DEFAULT_PRICE_EXPORT)));
        }
        return new Scenario(name, steps, parsed.offset(0));
    }
}
