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
package org.openhab.v2x.sandbox;

import static org.junit.jupiter.api.Assertions.*;

import java.awt.image.BufferedImage;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.Locale;

import javax.imageio.ImageIO;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The sandbox picture shows the load shed during an outage in both panels (the upper with the home's flows, the
 * lower with the charger), not only the load that was served.
 *
 * @author openHAB V2X - Initial contribution
 */
@NonNullByDefault
class SandboxPlotTest {

    @Test
    void theShedLoadShowsInBothPanels(@TempDir Path dir) throws Exception {
        StringBuilder csv = new StringBuilder("timestamp,pv_w,load_w,served_w,critical_w,shed_w,unserved_w,grid_w,"
                + "car_w,soc_pct,setpoint_w,charger_mode,charger_state,grid_available,ev_present,external_w,"
                + "target_soc_pct,reserve_soc_pct\n");
        OffsetDateTime start = OffsetDateTime.parse("2026-06-19T00:00+02:00");
        for (int i = 0; i < 48; i++) {
            boolean outage = i >= 38 && i < 40;
            csv.append(String.format(Locale.ROOT, "%s,0,3000,%d,1200,%d,0,%d,%d,60,%d,v2x,%s,%d,1,0,80,30%n",
                    start.plusMinutes(30L * i), outage ? 1800 : 3000, outage ? 1200 : 0, outage ? 0 : 3000,
                    outage ? -1800 : 0, outage ? -1800 : 0, outage ? "discharging" : "idle", outage ? 0 : 1));
        }
        Path file = Files.writeString(dir.resolve("sandbox.csv"), csv.toString(), StandardCharsets.UTF_8);
        Path png = dir.resolve("sandbox.png");

        SandboxPlot.draw(file, png);

        BufferedImage image = ImageIO.read(png.toFile());
        int firstShedRow = -1;
        int lastShedRow = -1;
        for (int y = 0; y < image.getHeight(); y++) {
            // the legend's swatches are left of the plot's outage: only look at the outage's columns
            for (int x = image.getWidth() * 3 / 4; x < image.getWidth() - 70; x++) {
                int rgb = image.getRGB(x, y);
                int r = (rgb >> 16) & 0xff;
                int g = (rgb >> 8) & 0xff;
                int b = rgb & 0xff;
                if (r > 240 && g > 150 && g < 200 && b < 120) {
                    firstShedRow = firstShedRow < 0 ? y : firstShedRow;
                    lastShedRow = y;
                }
            }
        }
        assertTrue(firstShedRow >= 0, "the shed load is drawn");
        assertTrue(firstShedRow < image.getHeight() / 2, "in the upper panel (row " + firstShedRow + ")");
        assertTrue(lastShedRow > image.getHeight() * 2 / 3, "and in the lower one (row " + lastShedRow + ")");
    }

    @Test
    void theChargerPanelNamesTheChargerOfTheRun() {
        assertTrue(SandboxPlot.chargerPanelTitle("ocpp").contains("OCPP 2.1"));
        assertTrue(SandboxPlot.chargerPanelTitle("quasar").contains("Wallbox Quasar 2"));
        assertFalse(SandboxPlot.chargerPanelTitle("quasar").contains("OCPP"));
    }
}
