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
package org.openhab.binding.v2x.internal.ocpp.server;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;

/**
 * Extracts the charge point id from {@code <prefix>/<percent-encoded id>}.
 *
 * @author openHAB V2X contributors - Initial contribution
 */
@NonNullByDefault
public final class ChargePointPath {
    public static final int MAX_ID_LENGTH = 48;

    private ChargePointPath() {
    }

    /** "/ocpp/" and "ocpp" become "/ocpp"; "" and "/" become "". */
    public static String normalizePrefix(String prefix) {
        String trimmed = prefix.trim();
        while (trimmed.endsWith("/")) {
            trimmed = trimmed.substring(0, trimmed.length() - 1);
        }
        if (!trimmed.isEmpty() && !trimmed.startsWith("/")) {
            trimmed = "/" + trimmed;
        }
        return trimmed;
    }

    /** The raw (still encoded) last segment if the path is the prefix plus one segment, else null. */
    public static @Nullable String rawId(String rawPath, String normalizedPrefix) {
        String start = normalizedPrefix + "/";
        if (!rawPath.startsWith(start)) {
            return null;
        }
        String segment = rawPath.substring(start.length());
        return segment.isEmpty() || segment.contains("/") ? null : segment;
    }

    /** The decoded id if it is valid (1..48 characters, no ':', no control characters), else null. */
    public static @Nullable String decodeId(String rawSegment) {
        String id = percentDecode(rawSegment);
        if (id == null || id.isEmpty() || id.length() > MAX_ID_LENGTH || id.indexOf(':') >= 0
                || id.indexOf('/') >= 0) {
            return null;
        }
        for (int i = 0; i < id.length(); i++) {
            if (Character.isISOControl(id.charAt(i))) {
                return null;
            }
        }
        return id;
    }

    /** Strict RFC 3986 decoding ('+' stays '+'); null on broken escapes or invalid UTF-8. */
    public static @Nullable String percentDecode(String text) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '%') {
                if (i + 2 >= text.length()) {
                    return null;
                }
                int high = Character.digit(text.charAt(i + 1), 16);
                int low = Character.digit(text.charAt(i + 2), 16);
                if (high < 0 || low < 0) {
                    return null;
                }
                bytes.write(high * 16 + low);
                i += 2;
            } else if (c > 0x7f) {
                return null;
            } else {
                bytes.write(c);
            }
        }
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes.toByteArray()))
                    .toString();
        } catch (CharacterCodingException e) {
            return null;
        }
    }
}
