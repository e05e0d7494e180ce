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
package org.openhab.v2x.host.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;

/**
 * Resolves {@code @text/key ["arg", ...]} references, as handlers write them into status descriptions, with an
 * add-on's default {@code OH-INF/i18n} texts: what openHAB's UI would show.
 *
 * @author openHAB V2X - Initial contribution
 */
@NonNullByDefault
public final class Texts {

    private static final Pattern REFERENCE = Pattern.compile("@text/([^\\s\\[]+)\\s*(\\[.*])?", Pattern.DOTALL);

    private final Map<String, String> texts = new ConcurrentHashMap<>();

    public void load(URL properties) throws IOException {
        Properties loaded = new Properties();
        try (InputStream in = properties.openStream()) {
            loaded.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        loaded.forEach((key, value) -> texts.put(key.toString(), value.toString()));
    }

    /** The text a reference stands for, with its arguments filled in; anything else is returned as it is. */
    public @Nullable String resolve(@Nullable String text) {
        if (text == null) {
            return null;
        }
        Matcher matcher = REFERENCE.matcher(text.trim());
        if (!matcher.matches()) {
            return text;
        }
        String template = texts.get(matcher.group(1));
        if (template == null) {
            return text;
        }
        String arguments = matcher.group(2);
        if (arguments == null) {
            return template;
        }
        try {
            JsonArray array = JsonParser.parseString(arguments).getAsJsonArray();
            Object[] values = new Object[array.size()];
            for (int i = 0; i < values.length; i++) {
                JsonElement element = array.get(i);
                values[i] = element.isJsonPrimitive() ? element.getAsString() : element.toString();
            }
            return new MessageFormat(template, Locale.ROOT).format(values);
        } catch (JsonParseException | IllegalStateException | IllegalArgumentException e) {
            return template;
        }
    }
}
