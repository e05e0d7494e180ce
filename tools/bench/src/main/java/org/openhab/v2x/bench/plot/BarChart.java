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

import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import org.eclipse.jdt.annotation.NonNullByDefault;

/**
 * A bar chart with one or more panels side by side (e.g. cost and self-sufficiency per strategy), plain Java2D.
 *
 * @author openHAB V2X contributors - Initial contribution
 */
@NonNullByDefault
public final class BarChart {

    /** One panel: a title, a unit and one value per category. */
    public record Panel(String title, String unit, double[] values, Color color) {
    }

    private static final int TOP = 50;
    private static final int BOTTOM = 70;
    private static final int LEFT = 60;

    private final String title;
    private final List<String> categories;
    private final List<Panel> panels;
    private final int width;
    private final int height;

    public BarChart(String title, List<String> categories, List<Panel> panels, int width, int height) {
        this.title = title;
        this.categories = List.copyOf(categories);
        this.panels = List.copyOf(panels);
        this.width = width;
        this.height = height;
    }

    public BufferedImage render() {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            g.setColor(Color.WHITE);
            g.fillRect(0, 0, width, height);
            g.setColor(Color.BLACK);
            g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, 14));
            g.drawString(title, 10, 22);
            int panelW = width / Math.max(1, panels.size());
            for (int k = 0; k < panels.size(); k++) {
                drawPanel(g, panels.get(k), k * panelW, panelW);
            }
        } finally {
            g.dispose();
        }
        return image;
    }

    public void write(Path file) throws IOException {
        Charts.writePng(render(), file);
    }

    private void drawPanel(Graphics2D g, Panel panel, int x0, int panelW) {
        int plotW = panelW - LEFT - 20;
        int plotH = height - TOP - BOTTOM;
        double min = 0;
        double max = 0;
        for (double v : panel.values()) {
            if (Double.isFinite(v)) {
                min = Math.min(min, v);
                max = Math.max(max, v);
            }
        }
        double[] range = Charts.niceRange(min, max);
        int left = x0 + LEFT;
        g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, 12));
        g.setColor(Color.BLACK);
        g.drawString(panel.title() + " (" + panel.unit() + ")", left, TOP - 12);
        g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 11));
        for (double v : Charts.ticks(range[0], range[1])) {
            int y = TOP + plotH - (int) Math.round((v - range[0]) / (range[1] - range[0]) * plotH);
            g.setColor(new Color(225, 225, 225));
            g.drawLine(left, y, left + plotW, y);
            g.setColor(Color.DARK_GRAY);
            String label = Charts.format(v);
            g.drawString(label, left - 6 - g.getFontMetrics().stringWidth(label), y + 4);
        }
        int zeroY = TOP + plotH - (int) Math.round((0 - range[0]) / (range[1] - range[0]) * plotH);
        int n = panel.values().length;
        int slot = plotW / Math.max(1, n);
        for (int i = 0; i < n; i++) {
            double v = panel.values()[i];
            int bx = left + i * slot + slot / 6;
            int bw = slot * 2 / 3;
            if (Double.isFinite(v)) {
                int y = TOP + plotH - (int) Math.round((v - range[0]) / (range[1] - range[0]) * plotH);
                g.setColor(panel.color());
                g.fillRect(bx, Math.min(y, zeroY), bw, Math.abs(zeroY - y));
                g.setColor(Color.BLACK);
                String label = Charts.format(v);
                g.drawString(label, bx + (bw - g.getFontMetrics().stringWidth(label)) / 2,
                        v >= 0 ? Math.min(y, zeroY) - 3 : Math.max(y, zeroY) + 12);
            }
            g.setColor(Color.DARK_GRAY);
            String name = i < categories.size() ? categories.get(i) : "";
            g.drawString(name, bx + (bw - g.getFontMetrics().stringWidth(name)) / 2, TOP + plotH + 16);
        }
        g.setColor(Color.GRAY);
        g.drawLine(left, zeroY, left + plotW, zeroY);
    }
}
