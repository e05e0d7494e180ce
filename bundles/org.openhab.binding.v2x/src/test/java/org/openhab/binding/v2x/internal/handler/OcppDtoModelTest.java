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
package org.openhab.binding.v2x.internal.handler;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;
import org.junit.jupiter.api.Test;
import org.openhab.binding.v2x.internal.ocpp.OcppAction;
import org.openhab.binding.v2x.internal.ocpp.OcppActions;
import org.openhab.binding.v2x.internal.ocpp.dto.MaxLength;
import org.openhab.binding.v2x.internal.ocpp.dto.OneOf;
import org.openhab.binding.v2x.internal.ocpp.dto.Required;
import org.openhab.binding.v2x.internal.ocpp.schema.OcppSchemas;
import org.openhab.v2x.simulator.ocpp.OcppVersion;

import com.google.gson.annotations.SerializedName;

import tools.jackson.databind.JsonNode;

/**
 * The binding's OCPP model against the official schemas: every DTO field of every action and version has the
 * schema's name and JSON type, is {@link Required} exactly when the schema requires it, and carries the schema's
 * enumeration ({@link OneOf}, over all versions the DTO serves) and maximum length ({@link MaxLength}). The codec
 * checks received frames with these annotations, so this is what makes its CALLERRORs follow the schemas.
 *
 * @author openHAB V2X contributors - Initial contribution
 */
@NonNullByDefault
class OcppDtoModelTest {

    /** What the schemas say about one DTO field, over all versions and actions that use it. */
    private static class FieldFacts {
        final Set<String> enumValues = new TreeSet<>();
        int maxLength = -1;
        final Set<String> requiredIn = new TreeSet<>();
        final Set<String> optionalIn = new TreeSet<>();
        final Set<String> absentIn = new TreeSet<>();
    }

    private final List<String> problems = new ArrayList<>();
    private final Map<Field, FieldFacts> facts = new LinkedHashMap<>();

    @Test
    void theDtosModelTheSchemas() {
        for (OcppAction<?, ?> action : OcppActions.all()) {
            for (org.openhab.binding.v2x.internal.ocpp.OcppVersion bindingVersion : action.versions()) {
                OcppVersion version = OcppVersion.valueOf(bindingVersion.name());
                OcppSchemas schemas = OcppSchemas.of(version);
                check(schemas, version, action.name() + ".req", action.requestType());
                check(schemas, version, action.name() + ".conf", action.responseType());
            }
        }
        facts.forEach(this::compareAnnotations);
        assertEquals(List.of(), problems, String.join("\n", problems));
    }

    private void check(OcppSchemas schemas, OcppVersion version, String key, Class<?> type) {
        JsonNode document = schemas.document(key);
        if (document == null) {
            problems.add(version + " has no schema " + key);
            return;
        }
        checkObject(document, document, type, version + " " + key);
    }

    private void checkObject(JsonNode root, JsonNode schema, Class<?> type, String path) {
        JsonNode properties = schema.path("properties");
        Set<String> required = new TreeSet<>();
        schema.path("required").forEach(name -> required.add(name.asString()));
        for (Class<?> c = type; c != null && c != Object.class; c = c.getSuperclass()) {
            for (Field field : c.getDeclaredFields()) {
                if (Modifier.isStatic(field.getModifiers()) || field.isSynthetic()) {
                    continue;
                }
                SerializedName serialized = field.getAnnotation(SerializedName.class);
                String name = serialized == null ? field.getName() : serialized.value();
                String fieldPath = path + "." + name;
                JsonNode property = properties.get(name);
                FieldFacts fieldFacts = facts.computeIfAbsent(field, f -> new FieldFacts());
                if (property == null) {
                    // a DTO serves 2.0.1 and 2.1: a 2.1 field is absent from 2.0.1 (and then never sent there)
                    fieldFacts.absentIn.add(fieldPath);
                    continue;
                }
                (required.contains(name) ? fieldFacts.requiredIn : fieldFacts.optionalIn).add(fieldPath);
                checkValue(root, resolve(root, property), field.getGenericType(), fieldPath, fieldFacts);
            }
        }
    }

    private void checkValue(JsonNode root, JsonNode schema, Type javaType, String path, FieldFacts fieldFacts) {
        String jsonType = schema.path("type").asString();
        Class<?> raw = javaType instanceof ParameterizedType p ? (Class<?>) p.getRawType() : (Class<?>) javaType;
        String expected;
        if (raw == String.class) {
            expected = "string";
        } else if (raw == Integer.class || raw == int.class || raw == Long.class) {
            expected = "integer";
        } else if (raw == Double.class || raw == double.class) {
            // 2.0.1 has integers where 2.1 has numbers (e.g. evMaxCurrent): a Double reads both
            expected = "integer".equals(jsonType) ? "integer" : "number";
        } else if (raw == Boolean.class || raw == boolean.class) {
            expected = "boolean";
        } else if (List.class.isAssignableFrom(raw)) {
            expected = "array";
        } else {
            expected = "object";
        }
        if (!expected.equals(jsonType)) {
            problems.add(path + " is " + raw.getSimpleName() + " but the schema says " + jsonType);
            return;
        }
        schema.path("enum").forEach(value -> fieldFacts.enumValues.add(value.asString()));
        if (schema.has("maxLength")) {
            fieldFacts.maxLength = Math.max(fieldFacts.maxLength, schema.get("maxLength").asInt());
        }
        if ("array".equals(expected) && javaType instanceof ParameterizedType list) {
            checkValue(root, resolve(root, schema.path("items")), list.getActualTypeArguments()[0], path + "[]",
                    fieldFacts);
        } else if ("object".equals(expected)) {
            checkObject(root, schema, raw, path);
        }
    }

    private static JsonNode resolve(JsonNode root, JsonNode schema) {
        JsonNode ref = schema.get("$ref");
        if (ref == null) {
            return schema;
        }
        String pointer = ref.asString();
        return resolve(root, root.at(pointer.substring(1)));
    }

    private void compareAnnotations(Field field, FieldFacts fieldFacts) {
        String name = field.getDeclaringClass().getName() + "." + field.getName();
        if (fieldFacts.requiredIn.isEmpty() && fieldFacts.optionalIn.isEmpty()) {
            problems.add(name + " is in no schema: " + fieldFacts.absentIn);
            return;
        }
        if (field.isAnnotationPresent(Required.class) && !fieldFacts.optionalIn.isEmpty()) {
            problems.add(name + " is @Required but optional in " + fieldFacts.optionalIn);
        }
        if (!field.isAnnotationPresent(Required.class) && !fieldFacts.requiredIn.isEmpty()
                && fieldFacts.optionalIn.isEmpty()) {
            problems.add(name + " is required by the schemas but not @Required");
        }
        OneOf oneOf = field.getAnnotation(OneOf.class);
        Set<String> annotated = oneOf == null ? Set.of() : new TreeSet<>(List.of(oneOf.value()));
        if (!annotated.equals(fieldFacts.enumValues)) {
            problems.add(name + " needs @OneOf(" + quoted(fieldFacts.enumValues) + "), has " + annotated);
        }
        MaxLength maxLength = field.getAnnotation(MaxLength.class);
        int annotatedLength = maxLength == null ? -1 : maxLength.value();
        if (annotatedLength != fieldFacts.maxLength) {
            problems.add(name + " needs @MaxLength(" + fieldFacts.maxLength + "), has " + annotatedLength);
        }
    }

    private static String quoted(@Nullable Set<String> values) {
        if (values == null || values.isEmpty()) {
            return "";
        }
        return "{ \"" + String.join("\", \"", values) + "\" }";
    }
}
