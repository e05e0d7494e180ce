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
package org.openhab.binding.v2x.internal.ocpp.codec;

import static org.openhab.binding.v2x.internal.ocpp.OcppErrorCode.*;

import java.io.IOException;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.Collection;
import java.util.List;
import java.util.function.Function;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;
import org.openhab.binding.v2x.internal.ocpp.OcppProtocolException;
import org.openhab.binding.v2x.internal.ocpp.dto.MaxLength;
import org.openhab.binding.v2x.internal.ocpp.dto.OneOf;
import org.openhab.binding.v2x.internal.ocpp.dto.Required;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import com.google.gson.JsonSyntaxException;
import com.google.gson.TypeAdapter;
import com.google.gson.stream.JsonReader;
import com.google.gson.stream.JsonToken;
import com.google.gson.stream.JsonWriter;

/**
 * Maps payloads to DTOs and back. Null fields are left out when writing (optional fields are omitted, never null);
 * reading checks JSON types strictly (a number is no string), that every {@link Required} field is present, and the
 * values of enumerations ({@link OneOf}) and string lengths ({@link MaxLength}) the official schemas allow; each with
 * the CALLERROR code the OCPP-J specification names (TypeConstraint-, OccurrenceConstraint-,
 * PropertyConstraintViolation). Properties the model does not know are ignored.
 *
 * @author openHAB V2X contributors - Initial contribution
 */
@NonNullByDefault
public final class OcppJson {
    private static final String DTO_PACKAGE = "org.openhab.binding.v2x.internal.ocpp.dto";

    private static final Gson GSON = new GsonBuilder().disableHtmlEscaping()
            .registerTypeAdapter(String.class, new StrictStringAdapter().nullSafe())
            .registerTypeAdapter(Boolean.class, new StrictBooleanAdapter().nullSafe())
            .registerTypeAdapter(boolean.class, new StrictBooleanAdapter())
            .registerTypeAdapter(Integer.class, new StrictNumberAdapter<>(Integer::valueOf).nullSafe())
            .registerTypeAdapter(int.class, new StrictNumberAdapter<>(Integer::valueOf))
            .registerTypeAdapter(Long.class, new StrictNumberAdapter<>(Long::valueOf).nullSafe())
            .registerTypeAdapter(Double.class, new StrictNumberAdapter<>(Double::valueOf).nullSafe())
            .registerTypeAdapter(double.class, new StrictNumberAdapter<>(Double::valueOf)).create();

    private OcppJson() {
    }

    public static Gson gson() {
        return GSON;
    }

    public static JsonObject toPayload(Object dto) {
        return GSON.toJsonTree(dto).getAsJsonObject();
    }

    /**
     * Reads a payload into a DTO; wrong JSON types give TypeConstraintViolation, missing required fields
     * OccurrenceConstraintViolation, values outside an enumeration or too long PropertyConstraintViolation. The
     * exception's message id is "-1": callers attach the frame's id.
     */
    public static <T> T fromPayload(JsonObject payload, Class<T> type) throws OcppProtocolException {
        T dto;
        try {
            dto = GSON.fromJson(payload, type);
        } catch (JsonParseException | IllegalStateException | NumberFormatException | ClassCastException e) {
            throw new OcppProtocolException(TYPE_CONSTRAINT_VIOLATION, shortMessage(e));
        }
        if (dto == null) {
            throw new OcppProtocolException(FORMAT_VIOLATION, "empty payload");
        }
        checkRequired(dto, type.getSimpleName());
        return dto;
    }

    /** Checks the required fields, enumerations and lengths of a DTO tree, e.g. before sending it or after reading it. */
    public static void checkRequired(Object dto, String path) throws OcppProtocolException {
        Class<?> type = dto.getClass();
        while (type != null && type != Object.class) {
            for (Field field : type.getDeclaredFields()) {
                if (Modifier.isStatic(field.getModifiers()) || field.isSynthetic()) {
                    continue;
                }
                Object value = read(field, dto);
                String fieldPath = path + "." + field.getName();
                if (field.isAnnotationPresent(Required.class)) {
                    if (value == null) {
                        throw new OcppProtocolException(OCCURRENCE_CONSTRAINT_VIOLATION,
                                "required field " + fieldPath + " is missing");
                    }
                    if (value instanceof Collection<?> list && list.isEmpty()) {
                        throw new OcppProtocolException(OCCURRENCE_CONSTRAINT_VIOLATION,
                                "required list " + fieldPath + " is empty");
                    }
                }
                checkValue(field, value, fieldPath);
                checkNested(value, fieldPath);
            }
            type = type.getSuperclass();
        }
    }

    /** A value the schema's enumeration or length does not allow is a PropertyConstraintViolation. */
    private static void checkValue(Field field, @Nullable Object value, String path) throws OcppProtocolException {
        OneOf oneOf = field.getAnnotation(OneOf.class);
        MaxLength maxLength = field.getAnnotation(MaxLength.class);
        if (value == null || (oneOf == null && maxLength == null)) {
            return;
        }
        if (value instanceof Collection<?> list) {
            int index = 0;
            for (Object element : list) {
                checkString(oneOf, maxLength, element, path + "[" + index++ + "]");
            }
        } else {
            checkString(oneOf, maxLength, value, path);
        }
    }

    private static void checkString(@Nullable OneOf oneOf, @Nullable MaxLength maxLength, @Nullable Object value,
            String path) throws OcppProtocolException {
        if (!(value instanceof String text)) {
            return;
        }
        if (oneOf != null && !List.of(oneOf.value()).contains(text)) {
            throw new OcppProtocolException(PROPERTY_CONSTRAINT_VIOLATION,
                    path + " is " + abbreviated(text) + ", not one of the values the schema allows");
        }
        if (maxLength != null && text.length() > maxLength.value()) {
            throw new OcppProtocolException(PROPERTY_CONSTRAINT_VIOLATION,
                    path + " is longer than " + maxLength.value() + " characters");
        }
    }

    private static String abbreviated(String text) {
        return '"' + (text.length() > 40 ? text.substring(0, 40) + "..." : text) + '"';
    }

    private static void checkNested(@Nullable Object value, String path) throws OcppProtocolException {
        if (value instanceof Collection<?> list) {
            int index = 0;
            for (Object element : list) {
                String elementPath = path + "[" + index++ + "]";
                if (element == null) {
                    throw new OcppProtocolException(TYPE_CONSTRAINT_VIOLATION, elementPath + " is null");
                }
                checkNested(element, elementPath);
            }
        } else if (value != null && value.getClass().getPackageName().startsWith(DTO_PACKAGE)) {
            checkRequired(value, path);
        }
    }

    private static @Nullable Object read(Field field, Object dto) throws OcppProtocolException {
        try {
            if (!field.canAccess(dto)) {
                field.setAccessible(true);
            }
            return field.get(dto);
        } catch (IllegalAccessException | RuntimeException e) {
            throw new OcppProtocolException(INTERNAL_ERROR, "cannot read " + field.getName());
        }
    }

    private static String shortMessage(Throwable e) {
        String message = e.getMessage();
        if (message == null) {
            return e.getClass().getSimpleName();
        }
        return message.length() > 160 ? message.substring(0, 160) : message;
    }

    /** Gson turns numbers and booleans into strings silently; the schemas do not allow that. */
    private static class StrictStringAdapter extends TypeAdapter<String> {
        @Override
        public void write(@Nullable JsonWriter out, @Nullable String value) throws IOException {
            if (out != null) {
                out.value(value);
            }
        }

        @Override
        public String read(@Nullable JsonReader in) throws IOException {
            if (in == null || in.peek() != JsonToken.STRING) {
                throw new JsonSyntaxException("expected a string" + (in == null ? "" : " at " + in.getPath()));
            }
            return in.nextString();
        }
    }

    /** Gson reads quoted numbers as numbers; the schemas do not allow that. Integers reject fractions. */
    private static class StrictNumberAdapter<N extends Number> extends TypeAdapter<N> {
        private final Function<String, N> parser;

        StrictNumberAdapter(Function<String, N> parser) {
            this.parser = parser;
        }

        @Override
        public void write(@Nullable JsonWriter out, @Nullable N value) throws IOException {
            if (out != null) {
                out.value(value);
            }
        }

        @Override
        public N read(@Nullable JsonReader in) throws IOException {
            if (in == null || in.peek() != JsonToken.NUMBER) {
                throw new JsonSyntaxException("expected a number" + (in == null ? "" : " at " + in.getPath()));
            }
            String literal = in.nextString();
            try {
                return parser.apply(literal);
            } catch (NumberFormatException e) {
                throw new JsonSyntaxException("not a valid number: " + literal + " at " + in.getPath());
            }
        }
    }

    private static class StrictBooleanAdapter extends TypeAdapter<Boolean> {
        @Override
        public void write(@Nullable JsonWriter out, @Nullable Boolean value) throws IOException {
            if (out != null) {
                out.value(value);
            }
        }

        @Override
        public Boolean read(@Nullable JsonReader in) throws IOException {
            if (in == null || in.peek() != JsonToken.BOOLEAN) {
                throw new JsonSyntaxException("expected a boolean" + (in == null ? "" : " at " + in.getPath()));
            }
            return in.nextBoolean();
        }
    }
}
