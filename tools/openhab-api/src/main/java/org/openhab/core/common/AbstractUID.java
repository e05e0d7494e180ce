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
package org.openhab.core.common;

import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;

import org.eclipse.jdt.annotation.Nullable;

/**
 * A unique identifier made of segments joined by {@link #SEPARATOR}, such as {@code binding:type:id}.
 * Segments may contain letters, digits, underscores and hyphens.
 */
public abstract class AbstractUID {

    public static final String SEPARATOR = ":";

    private static final Pattern SEGMENT_PATTERN = Pattern.compile("[\\w-]*");

    private final List<String> segments;
    private @Nullable String asString;

    /** For reflective instantiation (deserialisation) only. */
    protected AbstractUID() {
        segments = List.of();
    }

    protected AbstractUID(String uid) {
        this(splitToSegments(uid));
    }

    protected AbstractUID(String... segments) {
        this(Arrays.asList(segments));
    }

    @SuppressWarnings("this-escape") // subclasses define the segment rules; they hold no state of their own
    protected AbstractUID(List<String> segments) {
        int minimal = getMinimalNumberOfSegments();
        if (segments.size() < minimal) {
            throw new IllegalArgumentException("UID must have at least " + minimal + " segments: " + segments);
        }
        for (int i = 0; i < segments.size(); i++) {
            String segment = segments.get(i);
            if (segment == null) {
                throw new IllegalArgumentException("UID segment " + i + " is null: " + segments);
            }
            validateSegment(segment, i, segments.size());
        }
        this.segments = List.copyOf(segments);
    }

    private static List<String> splitToSegments(String uid) {
        return Arrays.asList(uid.split(SEPARATOR, -1));
    }

    /** The number of segments this kind of UID needs at least. */
    protected abstract int getMinimalNumberOfSegments();

    protected List<String> getAllSegments() {
        return segments;
    }

    protected String getSegment(int segment) {
        return segments.get(segment);
    }

    /** Whether a UID string consists only of valid segments. */
    public static boolean isValid(@Nullable String segment) {
        return segment != null && SEGMENT_PATTERN.matcher(segment).matches();
    }

    protected void validateSegment(String segment, int index, int length) {
        if (!isValid(segment)) {
            throw new IllegalArgumentException("UID segment '" + segment
                    + "' contains invalid characters; only letters, digits, '_' and '-' are allowed");
        }
    }

    @Override
    public String toString() {
        return getAsString();
    }

    public String getAsString() {
        String result = asString;
        if (result == null) {
            result = String.join(SEPARATOR, segments);
            asString = result;
        }
        return result;
    }

    @Override
    public int hashCode() {
        return segments.hashCode();
    }

    @Override
    public boolean equals(@Nullable Object obj) {
        if (this == obj) {
            return true;
        }
        if (obj == null || obj.getClass() != getClass()) {
            return false;
        }
        return segments.equals(((AbstractUID) obj).segments);
    }
}
