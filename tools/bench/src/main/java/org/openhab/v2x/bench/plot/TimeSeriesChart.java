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
package org.openhab.v2x.bench.plot;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Path2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.eclipse.jdt.annotation.NonNullByDefault;

/**
 * A time-series line chart drawn with plain Java2D (headless): series on a left axis (e.g. W) and optionally a right
 * axis (e.g. %), shaded time intervals (e.g. car present, outage) and a legend. Build it, then {@link #render()} or
 * {@link #write(Path)}.
 *
 * @author openHAB V2X contributors - Initial contribution
 */
@NonNullByDefault
public final class TimeSeriesChart {

    /** A series: values at the given epoch seconds. */
    public record Series(String name, Color color, double[] timesS, double[] values, boolean rightAxis) {
    }

    /** A shaded interval [fromS, toS). */
    public record Shade(double fromS, double toS, Color color) {
    }

    private static final int LEFT = 70;
    private static final int RIGHT = 60;
    private static final int TOP = 40;
    private static final int BOTTOM = 60;

    private final String title;
    private final int width;
    private final int height;
    private String leftLabel = "";
    private String rightLabel = "";
    private ZoneId zone = ZoneId.of("UTC");
    private final List<Series> series = new ArrayList<>();
    private final List<Shade> shades = new ArrayList<>();
    private final List<String> shadeLegend = new ArrayList<>();
    private final List<Color> shadeLegendColors = new ArrayList<>();

    public TimeSeriesChart(String title, int width, int height) {
        this.title = title;
        this.width = width;
        this.height = height;
    }

    public TimeSeriesChart axes(String left, String right) {
        leftLabel = left;
        rightLabel = right;
        return this;
    }

    public TimeSeriesChart zone(ZoneId value) {
        zone = value;
        return this;
    }

    public TimeSeriesChart add(Series value) {
        series.add(value);
        return this;
    }

    public TimeSeriesChart shade(double fromS, double toS, Color color) {
        shades.add(new Shade(fromS, toS, color));
        return this;
    }

    /** Adds shaded intervals wherever {@code flags} is true (one flag per sample) and a legend entry. */
    public TimeSeriesChart shadeWhere(String name, double[] timesS, boolean[] flags, double stepS, Color color) {
        int i = 0;
        while (i < flags.length) {
            if (!flags[i]) {
                i++;
                continue;
            }
            int from = i;
            while (i < flags.length && flags[i]) {
                i++;
            }
            shades.add(new Shade(timesS[from], timesS[i - 1] + stepS, color));
        }
        shadeLegend.add(name);
        shadeLegendColors.add(color);
        return this;
    }

    public BufferedImage render() {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            g.setColor(Color.WHITE);
            g.fillRect(0, 0, width, height);
            draw(g);
        } finally {
            g.dispose();
        }
        return image;
    }

    public void write(Path file) throws IOException {
        Charts.writePng(render(), file);
    }

    private void draw(Graphics2D g) {
        int plotW = width - LEFT - RIGHT;
        int plotH = height - TOP - BOTTOM;
        double minT = Double.POSITIVE_INFINITY;
        double maxT = Double.NEGATIVE_INFINITY;
        double minL = 0;
        double maxL = 0;
        for (Series s : series) {
            for (int i = 0; i < s.timesS().length; i++) {
                minT = Math.min(minT, s.timesS()[i]);
                maxT = Math.max(maxT, s.timesS()[i]);
                if (!s.rightAxis()) {
                    minL = Math.min(minL, s.values()[i]);
                    maxL = Math.max(maxL, s.values()[i]);
                }
            }
        }
        if (!(maxT > minT)) {
            maxT = minT + 1;
        }
        double[] left = Charts.niceRange(minL, maxL);
        double t0 = minT;
        double t1 = maxT;
        g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, 14));
        g.setColor(Color.BLACK);
        g.drawString(title, LEFT, 24);
        for (Shade shade : shades) {
            int x0 = LEFT + (int) Math.round((Math.max(shade.fromS(), t0) - t0) / (t1 - t0) * plotW);
            int x1 = LEFT + (int) Math.round((Math.min(shade.toS(), t1) - t0) / (t1 - t0) * plotW);
            if (x1 > x0) {
                g.setColor(shade.color());
                g.fillRect(x0, TOP, x1 - x0, plotH);
            }
        }
        g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 11));
        g.setStroke(new BasicStroke(1));
        for (double v : Charts.ticks(left[0], left[1])) {
            int y = TOP + plotH - (int) Math.round((v - left[0]) / (left[1] - left[0]) * plotH);
            g.setColor(new Color(225, 225, 225));
            g.drawLine(LEFT, y, LEFT + plotW, y);
            g.setColor(Color.DARK_GRAY);
            String label = Charts.format(v);
            g.drawString(label, LEFT - 6 - g.getFontMetrics().stringWidth(label), y + 4);
        }
        boolean hasRight = series.stream().anyMatch(Series::rightAxis);
        if (hasRight) {
            for (int v = 0; v <= 100; v += 20) {
                int y = TOP + plotH - (int) Math.round(v / 100.0 * plotH);
                g.setColor(Color.DARK_GRAY);
                g.drawString(v + "", LEFT + plotW + 6, y + 4);
            }
            g.drawString(rightLabel, LEFT + plotW + 6, TOP - 6);
        }
        g.drawString(leftLabel, 6, TOP - 6);
        DateTimeFormatter dayFormat = DateTimeFormatter.ofPattern("EEE dd.MM", Locale.ROOT).withZone(zone);
        long day = 86_400;
        long firstMidnight = Instant.ofEpochSecond((long) t0).atZone(zone).toLocalDate().plusDays(1).atStartOfDay(zone)
                .toEpochSecond();
        long stride = (t1 - t0) > 20 * day ? 7 * day : day;
        for (long t = firstMidnight; t <= t1; t += stride) {
            int x = LEFT + (int) Math.round((t - t0) / (t1 - t0) * plotW);
            g.setColor(new Color(210, 210, 210));
            g.drawLine(x, TOP, x, TOP + plotH);
            g.setColor(Color.DARK_GRAY);
            g.drawString(dayFormat.format(Instant.ofEpochSecond(t)), x + 2, TOP + plotH + 14);
        }
        g.setColor(Color.GRAY);
        int zeroY = TOP + plotH - (int) Math.round((0 - left[0]) / (left[1] - left[0]) * plotH);
        g.drawLine(LEFT, zeroY, LEFT + plotW, zeroY);
        g.drawRect(LEFT, TOP, plotW, plotH);
        g.setStroke(new BasicStroke(1.3f));
        for (Series s : series) {
            double lo = s.rightAxis() ? 0 : left[0];
            double hi = s.rightAxis() ? 100 : left[1];
            Path2D.Double path = new Path2D.Double();
            for (int i = 0; i < s.timesS().length; i++) {
                double x = LEFT + (s.timesS()[i] - t0) / (t1 - t0) * plotW;
                double y = TOP + plotH - (s.values()[i] - lo) / (hi - lo) * plotH;
                if (i == 0) {
                    path.moveTo(x, y);
                } else {
                    path.lineTo(x, y);
                }
            }
            g.setColor(s.color());
            g.draw(path);
        }
        int x = LEFT;
        int y = height - 20;
        for (Series s : series) {
            g.setColor(s.color());
            g.fillRect(x, y - 9, 14, 10);
            g.setColor(Color.BLACK);
            String label = s.name() + (s.rightAxis() ? " (" + rightLabel + ")" : "");
            g.drawString(label, x + 18, y);
            x += 28 + g.getFontMetrics().stringWidth(label);
        }
        for (int i = 0; i < shadeLegend.size(); i++) {
            g.setColor(shadeLegendColors.get(i));
            g.fillRect(x, y - 9, 14, 10);
            g.setColor(Color.BLACK);
            g.drawString(shadeLegend.get(i), x + 18, y);
            x += 28 + g.getFontMetrics().stringWidth(shadeLegend.get(i));
        }
    }
}
