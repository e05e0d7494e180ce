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

import java.awt.AlphaComposite;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Composite;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.Stroke;
import java.awt.geom.Path2D;
import java.awt.image.BufferedImage;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;
import org.openhab.v2x.bench.plot.Charts;

/**
 * One panel of the sandbox picture: power in kW on the left axis and, optionally, the SoC in % on the right; the
 * time axis in hours of the scenario's zone. The values of a step hold until the next step, so series are drawn as
 * steps and bands fill between two series. Shaded intervals lie behind everything, markers and level lines in front.
 *
 * @author openHAB V2X - Initial contribution
 */
@NonNullByDefault
final class DayChart {

    /** A step series; {@code soc} puts it on the right (0..100 %) axis. */
    record Line(String name, Color color, double[] values, boolean soc, boolean dashed) {
    }

    /** The area between two series (lower to upper), e.g. the shed load on top of the served load. */
    record Band(String name, Color color, double[] lower, double[] upper) {
    }

    /** Intervals shaded wherever the flag is set. */
    record Shade(String name, Color color, boolean[] where) {
    }

    /** A level on the SoC axis drawn across the panel, e.g. the departure target. */
    record Level(String name, Color color, double socPct) {
    }

    /** A moment marked by a vertical line, e.g. the departure. */
    record Marker(String name, Color color, double timeS) {
    }

    private static final int LEFT = 70;
    private static final int RIGHT = 60;
    private static final int TOP = 40;
    private static final Font TITLE = new Font(Font.SANS_SERIF, Font.BOLD, 14);
    private static final Font TEXT = new Font(Font.SANS_SERIF, Font.PLAIN, 11);
    private static final Stroke DASHED = new BasicStroke(1.5f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10,
            new float[] { 6, 4 }, 0);

    private final String title;
    private final int width;
    private final int plotHeight;
    private final double[] timesS;
    private final double stepS;
    private final ZoneId zone;
    private final List<Shade> shades = new ArrayList<>();
    private final List<Band> bands = new ArrayList<>();
    private final List<Line> lines = new ArrayList<>();
    private final List<Level> levels = new ArrayList<>();
    private final List<Marker> markers = new ArrayList<>();

    /** @param timesS the start of each step, epoch seconds; every series has one value per step */
    DayChart(String title, int width, int plotHeight, double[] timesS, double stepS, ZoneId zone) {
        this.title = title;
        this.width = width;
        this.plotHeight = plotHeight;
        this.timesS = timesS;
        this.stepS = stepS;
        this.zone = zone;
    }

    DayChart shade(String name, Color color, boolean[] where) {
        shades.add(new Shade(name, color, where));
        return this;
    }

    DayChart band(String name, Color color, double[] lower, double[] upper) {
        bands.add(new Band(name, color, lower, upper));
        return this;
    }

    DayChart line(String name, Color color, double[] values) {
        lines.add(new Line(name, color, values, false, false));
        return this;
    }

    DayChart dashedLine(String name, Color color, double[] values) {
        lines.add(new Line(name, color, values, false, true));
        return this;
    }

    DayChart soc(String name, Color color, double[] values) {
        lines.add(new Line(name, color, values, true, false));
        return this;
    }

    DayChart level(String name, Color color, double socPct) {
        levels.add(new Level(name, color, socPct));
        return this;
    }

    DayChart marker(String name, Color color, double timeS) {
        markers.add(new Marker(name, color, timeS));
        return this;
    }

    BufferedImage render() {
        List<LegendEntry> legend = legend();
        // the legend wraps: measure it first to size the image
        BufferedImage probe = new BufferedImage(1, 1, BufferedImage.TYPE_INT_RGB);
        Graphics2D measure = probe.createGraphics();
        measure.setFont(TEXT);
        int legendRows = layoutLegend(measure, legend, null, 0);
        measure.dispose();
        int height = TOP + plotHeight + 30 + legendRows * 16 + 8;
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            g.setColor(Color.WHITE);
            g.fillRect(0, 0, width, height);
            draw(g);
            g.setFont(TEXT);
            layoutLegend(g, legend, g, TOP + plotHeight + 42);
        } finally {
            g.dispose();
        }
        return image;
    }

    private void draw(Graphics2D g) {
        int plotW = width - LEFT - RIGHT;
        double t0 = timesS[0];
        double t1 = timesS[timesS.length - 1] + stepS;
        double min = 0;
        double max = 0;
        for (Line line : lines) {
            if (!line.soc()) {
                for (double v : line.values()) {
                    min = Math.min(min, v);
                    max = Math.max(max, v);
                }
            }
        }
        for (Band band : bands) {
            for (int i = 0; i < timesS.length; i++) {
                min = Math.min(min, Math.min(band.lower()[i], band.upper()[i]));
                max = Math.max(max, Math.max(band.lower()[i], band.upper()[i]));
            }
        }
        double[] range = Charts.niceRange(min, max);
        Scale x = v -> LEFT + (v - t0) / (t1 - t0) * plotW;
        Scale kw = v -> TOP + plotHeight - (v - range[0]) / (range[1] - range[0]) * plotHeight;
        Scale pct = v -> TOP + plotHeight - v / 100 * plotHeight;

        g.setFont(TITLE);
        g.setColor(Color.BLACK);
        g.drawString(title, LEFT, 24);
        for (Shade shade : shades) {
            g.setColor(shade.color());
            for (int i = 0; i < timesS.length; i++) {
                if (shade.where()[i]) {
                    int from = (int) Math.floor(x.at(timesS[i]));
                    int to = (int) Math.ceil(x.at(timesS[i] + stepS));
                    g.fillRect(from, TOP, Math.max(1, to - from), plotHeight);
                }
            }
        }
        g.setFont(TEXT);
        g.setStroke(new BasicStroke(1));
        for (double v : Charts.ticks(range[0], range[1])) {
            int y = (int) Math.round(kw.at(v));
            g.setColor(new Color(225, 225, 225));
            g.drawLine(LEFT, y, LEFT + plotW, y);
            g.setColor(Color.DARK_GRAY);
            String label = Charts.format(v);
            g.drawString(label, LEFT - 6 - g.getFontMetrics().stringWidth(label), y + 4);
        }
        g.drawString("kW", 6, TOP - 6);
        if (lines.stream().anyMatch(Line::soc)) {
            for (int v = 0; v <= 100; v += 20) {
                g.drawString(v + " %", LEFT + plotW + 6, (int) Math.round(pct.at(v)) + 4);
            }
            g.drawString("SoC", LEFT + plotW + 6, TOP - 6);
        }
        hourAxis(g, x, t0, t1);
        Composite opaque = g.getComposite();
        g.setComposite(AlphaComposite.getInstance(AlphaComposite.SRC_OVER, 0.75f));
        for (Band band : bands) {
            g.setColor(band.color());
            for (int i = 0; i < timesS.length; i++) {
                double lo = Math.min(band.lower()[i], band.upper()[i]);
                double hi = Math.max(band.lower()[i], band.upper()[i]);
                if (hi - lo > 1e-6) {
                    int from = (int) Math.floor(x.at(timesS[i]));
                    int to = (int) Math.ceil(x.at(timesS[i] + stepS));
                    int top = (int) Math.floor(kw.at(hi));
                    g.fillRect(from, top, Math.max(1, to - from), Math.max(1, (int) Math.ceil(kw.at(lo)) - top));
                }
            }
        }
        g.setComposite(opaque);
        g.setColor(Color.GRAY);
        int zeroY = (int) Math.round(kw.at(0));
        g.drawLine(LEFT, zeroY, LEFT + plotW, zeroY);
        g.drawRect(LEFT, TOP, plotW, plotHeight);
        for (Level level : levels) {
            int y = (int) Math.round(pct.at(level.socPct()));
            g.setColor(level.color());
            g.setStroke(DASHED);
            g.drawLine(LEFT, y, LEFT + plotW, y);
            g.drawString(level.name(), LEFT + plotW - 6 - g.getFontMetrics().stringWidth(level.name()), y - 4);
        }
        for (Line line : lines) {
            Scale y = line.soc() ? pct : kw;
            Path2D.Double path = new Path2D.Double();
            for (int i = 0; i < timesS.length; i++) {
                double vy = y.at(line.values()[i]);
                if (i == 0) {
                    path.moveTo(x.at(timesS[i]), vy);
                } else {
                    path.lineTo(x.at(timesS[i]), vy);
                }
                path.lineTo(x.at(timesS[i] + stepS), vy);
            }
            g.setColor(line.color());
            g.setStroke(line.dashed() ? DASHED : new BasicStroke(line.soc() ? 2f : 1.4f));
            g.draw(path);
        }
        g.setStroke(new BasicStroke(1.5f));
        for (Marker marker : markers) {
            int mx = (int) Math.round(x.at(marker.timeS()));
            g.setColor(marker.color());
            g.drawLine(mx, TOP, mx, TOP + plotHeight);
            g.drawString(marker.name(), mx + 4, TOP + 12);
        }
    }

    /** A tick every hour, labelled every two (every hour on short runs). */
    private void hourAxis(Graphics2D g, Scale x, double t0, double t1) {
        DateTimeFormatter format = DateTimeFormatter.ofPattern("HH:mm").withZone(zone);
        long hour = 3600;
        long first = (long) Math.ceil(t0 / hour) * hour;
        long labelEvery = (t1 - t0) > 12 * hour ? 2 * hour : hour;
        for (long t = first; t <= t1; t += hour) {
            int tx = (int) Math.round(x.at(t));
            boolean labelled = Instant.ofEpochSecond(t).atZone(zone).getHour() * hour % labelEvery == 0;
            g.setColor(new Color(235, 235, 235));
            g.drawLine(tx, TOP, tx, TOP + plotHeight);
            g.setColor(Color.DARK_GRAY);
            g.drawLine(tx, TOP + plotHeight, tx, TOP + plotHeight + (labelled ? 5 : 3));
            if (labelled) {
                String label = format.format(Instant.ofEpochSecond(t));
                g.drawString(label, tx - g.getFontMetrics().stringWidth(label) / 2, TOP + plotHeight + 18);
            }
        }
    }

    private record LegendEntry(String name, Color color, boolean line, boolean dashed) {
    }

    private List<LegendEntry> legend() {
        List<LegendEntry> entries = new ArrayList<>();
        lines.forEach(l -> entries.add(new LegendEntry(l.name(), l.color(), true, l.dashed())));
        levels.forEach(l -> entries.add(new LegendEntry(l.name(), l.color(), true, true)));
        markers.forEach(m -> entries.add(new LegendEntry(m.name(), m.color(), true, false)));
        bands.forEach(b -> entries.add(new LegendEntry(b.name(), b.color(), false, false)));
        shades.forEach(s -> entries.add(new LegendEntry(s.name(), s.color(), false, false)));
        return entries;
    }

    /** Lays the legend out in rows (drawing it when {@code g} is given); returns the number of rows. */
    private int layoutLegend(Graphics2D metrics, List<LegendEntry> entries, @Nullable Graphics2D g, int baseline) {
        int x = LEFT;
        int row = 0;
        for (LegendEntry entry : entries) {
            int entryWidth = 30 + metrics.getFontMetrics().stringWidth(entry.name());
            if (x + entryWidth > width - RIGHT && x > LEFT) {
                row++;
                x = LEFT;
            }
            if (g != null) {
                int y = baseline + row * 16;
                g.setColor(entry.color());
                if (entry.line()) {
                    g.setStroke(entry.dashed() ? DASHED : new BasicStroke(2f));
                    g.drawLine(x, y - 4, x + 16, y - 4);
                } else {
                    g.fillRect(x, y - 9, 16, 10);
                }
                g.setColor(Color.BLACK);
                g.drawString(entry.name(), x + 20, y);
            }
            x += entryWidth;
        }
        return row + 1;
    }

    @FunctionalInterface
    private interface Scale {
        double at(double value);
    }
}
