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
package org.openhab.v2x.bench.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.io.StringWriter;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.junit.jupiter.api.Test;

/**
 * Parsing: good files round-trip, every bad row gives an error naming its line.
 *
 * @author openHAB V2X contributors - Initial contribution
 */
@NonNullByDefault
class ScenarioCsvTest {

    private static final String HEADER = "timestamp,load_w,pv_w,grid_available,ev_present,ev_trip_kwh\n";
    private static final String ROW1 = "2026-07-10T19:00:00+02:00,500,100,1,0,0\n";
    private static final String ROW2 = "2026-07-10T19:15:00+02:00,600,50,1,1,3.5\n";

    private static Scenario read(String csv) throws Exception {
        return ScenarioCsv.read(new StringReader(csv), "s.csv");
    }

    private static ScenarioFormatException error(String csv) {
        return assertThrows(ScenarioFormatException.class, () -> read(csv));
    }

    @Test
    void readsAndWritesBack() throws Exception {
        String csv = "timestamp,load_w,pv_w,grid_available,ev_present,ev_trip_kwh,price_import,price_export,critical_load_w\n"
                + "2026-07-10T19:00:00+02:00,500,100,1,0,0,0.3,0.08,200\n"
                + "2026-07-10T19:15:00+02:00,600,50.5,0,1,3.5,0.35,0.05,250\n";
        Scenario s = read(csv);
        assertEquals(2, s.size());
        assertEquals(900, s.stepSeconds());
        assertEquals(50.5, s.pvW(1));
        assertEquals(0.35, s.priceImport(1, 9));
        assertEquals(250, s.criticalLoadW(1));
        assertTrue(!s.gridAvailable(1) && s.evPresent(1));
        StringWriter out = new StringWriter();
        ScenarioCsv.write(s, out);
        assertEquals(csv.replace("0.3,0.08,200", "0.3,0.08,200"), out.toString());
    }

    @Test
    void optionalColumnsFallBack() throws Exception {
        Scenario s = read(HEADER + ROW1 + ROW2);
        assertEquals(0.3, s.priceImport(0, 0.3));
        assertEquals(600, s.criticalLoadW(1));
        assertEquals(-1, s.departureS(1), "present to the end: no departure known");
    }

    @Test
    void badNumberNamesTheLine() {
        ScenarioFormatException e = error(HEADER + ROW1 + "2026-07-10T19:15:00+02:00,abc,50,1,1,0\n");
        assertEquals(3, e.line());
        assertTrue(e.getMessage().startsWith("s.csv:3: load_w 'abc'"), e.getMessage());
    }

    @Test
    void negativeFlagTimeAndStepErrorsNameTheLine() {
        assertEquals(2, error(HEADER + "2026-07-10T19:00:00+02:00,-1,0,1,0,0\n").line());
        assertEquals(3, error(HEADER + ROW1 + "2026-07-10T19:15:00+02:00,1,0,2,0,0\n").line());
        assertEquals(2, error(HEADER + "2026-07-10 19:00,1,0,1,0,0\n").line());
        assertEquals(3, error(HEADER + ROW1 + "2026-07-10T18:45:00+02:00,1,0,1,0,0\n").line());
        assertEquals(4, error(HEADER + ROW1 + ROW2 + "2026-07-10T19:35:00+02:00,1,0,1,1,0\n").line());
        assertEquals(3, error(HEADER + ROW1 + "2026-07-10T21:15:00+02:00,1,0,1,0,0\n").line(), "step > 60 min");
        assertEquals(3, error(HEADER + ROW1 + "2026-07-10T19:15:00+02:00,1,0,1\n").line());
    }

    @Test
    void tripOnlyOnReturn() {
        ScenarioFormatException notReturned = error(HEADER + ROW1 + ROW2 + "2026-07-10T19:30:00+02:00,1,0,1,1,2\n");
        assertEquals(4, notReturned.line());
        assertTrue(notReturned.getMessage().contains("did not just return"));
        assertEquals(2, error(HEADER + "2026-07-10T19:00:00+02:00,1,0,1,0,2\n").line());
    }

    @Test
    void headerIsTrimmedCaseInsensitiveInAnyOrderAfterAByteOrderMark() throws Exception {
        Scenario s = read("\uFEFF Ev_Present ,EV_TRIP_KWH,critical_load_w,Timestamp,LOAD_W,pv_w,grid_available\n"
                + "1,0,300,2026-07-10T19:00:00+02:00,500,100,0\n");
        assertEquals(1, s.size());
        assertEquals(500, s.loadW(0));
        assertEquals(100, s.pvW(0));
        assertEquals(300, s.criticalLoadW(0));
        assertTrue(s.evPresent(0) && !s.gridAvailable(0));
        assertEquals(900, s.stepSeconds(), "a single step counts as 15 min");
    }

    @Test
    void criticalLoadAboveTheLoadNamesTheLine() {
        ScenarioFormatException e = error("timestamp,load_w,pv_w,grid_available,ev_present,ev_trip_kwh,critical_load_w\n"
                + "2026-07-10T19:00:00+02:00,500,100,1,0,0,500\n" + "2026-07-10T19:15:00+02:00,500,100,1,0,0,501\n");
        assertEquals(3, e.line());
        assertEquals("s.csv:3: critical_load_w (501) must not exceed load_w (500)", e.getMessage());
    }

    @Test
    void cellsAreOnlyWhatCONTROLmdAllows() {
        assertTrue(error(HEADER + "2026-07-10T19:00:00+02:00,1,0,true,0,0\n").getMessage()
                .contains("grid_available must be 0 or 1, not 'true'"), "flags are 0/1 only");
        ScenarioFormatException emptyPrice = error(
                "timestamp,load_w,pv_w,grid_available,ev_present,ev_trip_kwh,price_import,price_export\n"
                        + "2026-07-10T19:00:00+02:00,1,0,1,0,0,,0.08\n");
        assertEquals(2, emptyPrice.line());
        assertTrue(emptyPrice.getMessage().contains("price_import is empty"), emptyPrice.getMessage());
        assertEquals(1, error("timestamp,load_w,pv_w,grid_available,ev_present,ev_trip_kwh,load_w\n" + ROW1).line());
        assertEquals(2, error(HEADER + "2026-07-10T19:00:00+02:00,1,0,1,0,0,7\n").line(), "an extra cell");
        assertEquals(2, error(HEADER + "2026-07-10T19:00:00+02:00,Infinity,0,1,0,0\n").line());
        assertEquals(3, error(HEADER + ROW1 + "2026-07-10T19:16:30+02:00,1,0,1,0,0\n").line(), "whole minutes");
        assertEquals(3, error(HEADER + ROW1 + "2026-07-10T19:00:00+02:00,1,0,1,0,0\n").line(), "same time twice");
        assertEquals(1, error("\n" + HEADER + ROW1).line(), "the header is the first line");
    }

    @Test
    void headerProblemsAreLineOne() {
        assertEquals(1, error("timestamp,load_w,pv_w\n" + ROW1).line());
        assertEquals(1, error("").line());
        assertTrue(error(HEADER).getMessage().contains("no data rows"));
    }
}
