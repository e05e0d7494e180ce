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
package org.openhab.v2x.simulator.openadr;

import static org.junit.jupiter.api.Assertions.*;
import static org.openhab.v2x.simulator.openadr.VtnClient.*;

import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;

/**
 * The VTN simulator through a plain HTTP client on loopback: authentication, every endpoint, the scripted day and
 * the faults; the JSON is checked against examples written from the OpenADR 3.0.1 definition.
 *
 * @author openHAB V2X - Initial contribution
 */
@NonNullByDefault
class VtnSimulatorTest {

    private static final Instant DAY = Instant.parse("2026-06-18T22:00:00Z");

    private final MutableClock clock = new MutableClock(DAY);
    private final VtnSimulator vtn = new VtnSimulator(VtnScript.day(DAY), clock);
    private VtnClient client = new VtnClient("http://unused");
    private String token = "";

    @BeforeEach
    void start() throws Exception {
        vtn.start(0);
        client = new VtnClient(vtn.baseUrl());
        token = client.accessToken(VtnSimulator.DEFAULT_CLIENT_ID, VtnSimulator.DEFAULT_CLIENT_SECRET);
    }

    @AfterEach
    void stop() {
        vtn.close();
    }

    @Test
    void tokenEndpointIssuesBearerTokensThatExpireOnTheClock() throws Exception {
        vtn.tokenLifetime(Duration.ofMinutes(10));
        HttpResponse<String> response = client.token(vtn.clientId(), vtn.clientSecret());
        assertEquals(200, response.statusCode());
        JsonObject answer = object(response);
        assertShape(example("token.json"), answer, "token");
        assertEquals("Bearer", answer.get("token_type").getAsString());
        assertEquals(600, answer.get("expires_in").getAsInt());
        String shortLived = answer.get("access_token").getAsString();

        assertEquals(200, client.get("/programs", shortLived).statusCode());
        clock.advance(Duration.ofMinutes(10));
        HttpResponse<String> expired = client.get("/programs", shortLived);
        assertEquals(401, expired.statusCode());
        assertTrue(expired.headers().firstValue("WWW-Authenticate").orElse("").startsWith("Bearer"));
        assertShape(example("problem.json"), object(expired), "problem");
        assertEquals(401, object(expired).get("status").getAsInt());

        String renewed = client.accessToken(vtn.clientId(), vtn.clientSecret());
        assertEquals(200, client.get("/programs", renewed).statusCode());
        assertEquals(3, vtn.tokensIssued());
    }

    @Test
    void tokenEndpointRejectsWrongCredentialsAndBadRequests() throws Exception {
        HttpResponse<String> wrong = client.token(vtn.clientId(), "guess");
        assertEquals(401, wrong.statusCode());
        assertShape(example("auth-error.json"), object(wrong), "authError");
        assertEquals("invalid_client", object(wrong).get("error").getAsString());

        HttpResponse<String> grant = client.form("grant_type=password&client_id=a&client_secret=b");
        assertEquals(400, grant.statusCode());
        assertEquals("unsupported_grant_type", object(grant).get("error").getAsString());

        HttpResponse<String> missing = client.form("grant_type=client_credentials");
        assertEquals(400, missing.statusCode());
        assertEquals("invalid_request", object(missing).get("error").getAsString());

        vtn.credentials("other-ven", "other-secret");
        assertEquals(401, client.token(VtnSimulator.DEFAULT_CLIENT_ID, VtnSimulator.DEFAULT_CLIENT_SECRET)
                .statusCode());
        String basic = Base64.getEncoder().encodeToString("other-ven:other-secret".getBytes(StandardCharsets.UTF_8));
        HttpResponse<String> viaBasic = client.send(HttpRequest.newBuilder(URI.create(vtn.tokenUrl()))
                .header("Authorization", "Basic " + basic).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("grant_type=client_credentials")));
        assertEquals(200, viaBasic.statusCode());
    }

    @Test
    void resourcesNeedAValidBearerTokenOrTheFixedOne() throws Exception {
        assertEquals(401, client.get("/events", null).statusCode());
        assertEquals(401, client.get("/events", "made-up").statusCode());
        vtn.fixedBearerToken("provisioned-out-of-band");
        assertEquals(200, client.get("/events", "provisioned-out-of-band").statusCode());
        vtn.revokeTokens();
        assertEquals(401, client.get("/events", token).statusCode());
    }

    @Test
    void programsAreTheTariffAndTheFlexProgram() throws Exception {
        JsonArray programs = array(client.get("/programs", token));
        assertEquals(2, programs.size());
        for (JsonElement program : programs) {
            assertShape(example("program.json"), program, "program");
        }
        JsonObject tariff = object(client.get("/programs/" + VtnScript.TARIFF_PROGRAM_ID, token));
        assertEquals(VtnScript.TARIFF_PROGRAM_NAME, tariff.get("programName").getAsString());
        assertEquals("PROGRAM", tariff.get("objectType").getAsString());
        HttpResponse<String> unknown = client.get("/programs/program-none", token);
        assertEquals(404, unknown.statusCode());
        assertShape(example("problem.json"), object(unknown), "problem");
    }

    @Test
    void priceEventHasHourlyImportAndExportPricesWithTheEveningPeak() throws Exception {
        JsonArray events = array(client.get("/events?programID=" + VtnScript.TARIFF_PROGRAM_ID, token));
        assertEquals(1, events.size());
        JsonObject prices = events.get(0).getAsJsonObject();
        assertShape(example("event.json"), prices, "event");
        assertEquals(VtnScript.PRICE_EVENT_ID, prices.get("id").getAsString());
        JsonObject period = prices.getAsJsonObject("intervalPeriod");
        assertEquals(DAY, Instant.parse(period.get("start").getAsString()));
        assertEquals(Duration.ofHours(1), Duration.parse(period.get("duration").getAsString()));
        JsonArray intervals = prices.getAsJsonArray("intervals");
        assertEquals(24, intervals.size());
        assertEquals(0.55, payload(intervals.get(17).getAsJsonObject(), "PRICE").getAsDouble());
        assertEquals(0.35, payload(intervals.get(17).getAsJsonObject(), "EXPORT_PRICE").getAsDouble());
        assertEquals(0.30, payload(intervals.get(16).getAsJsonObject(), "PRICE").getAsDouble());
        assertEquals(0.30, payload(intervals.get(21).getAsJsonObject(), "PRICE").getAsDouble());
        JsonObject descriptor = prices.getAsJsonArray("payloadDescriptors").get(0).getAsJsonObject();
        assertEquals("EUR", descriptor.get("currency").getAsString());
        assertEquals("KWH", descriptor.get("units").getAsString());
    }

    @Test
    void flexEventsAreTheExportLimitTheEveningPeakAndTheAlert() throws Exception {
        JsonArray events = array(client.get("/events?programID=" + VtnScript.FLEX_PROGRAM_ID, token));
        assertEquals(3, events.size());

        JsonObject limit = event(events, VtnScript.EXPORT_LIMIT_EVENT_ID);
        assertShape(example("event.json"), limit, "limit");
        assertPeriod(limit, Duration.ofHours(11), Duration.ofHours(4));
        assertEquals(2.0, payload(first(limit), "EXPORT_CAPACITY_LIMIT").getAsDouble());

        JsonObject peak = event(events, VtnScript.PEAK_EVENT_ID);
        assertShape(example("event-with-report-request.json"), peak, "peak");
        assertPeriod(peak, Duration.ofHours(17), Duration.ofHours(4));
        assertEquals(2, payload(first(peak), "SIMPLE").getAsInt());
        JsonArray asked = peak.getAsJsonArray("reportDescriptors");
        assertEquals(List.of("READING", "STORAGE_CHARGE_LEVEL"),
                asked.asList().stream().map(d -> d.getAsJsonObject().get("payloadType").getAsString()).toList());

        JsonObject alert = event(events, VtnScript.ALERT_EVENT_ID);
        assertPeriod(alert, Duration.ofHours(19), Duration.ofMinutes(90));
        assertEquals(VtnScript.ALERT_TEXT, payload(first(alert), "ALERT_GRID_EMERGENCY").getAsString());
        assertEquals(0, alert.get("priority").getAsInt());

        assertEquals(4, array(client.get("/events", token)).size());
        assertEquals(VtnScript.PEAK_EVENT_ID,
                object(client.get("/events/" + VtnScript.PEAK_EVENT_ID, token)).get("id").getAsString());
        assertEquals(404, client.get("/events/event-none", token).statusCode());
    }

    @Test
    void listsArePagedWithinTheSchemaLimits() throws Exception {
        JsonArray page = array(client.get("/events?skip=1&limit=2", token));
        assertEquals(2, page.size());
        assertEquals(VtnScript.EXPORT_LIMIT_EVENT_ID, page.get(0).getAsJsonObject().get("id").getAsString());
        assertEquals(400, client.get("/events?limit=51", token).statusCode());
        assertEquals(400, client.get("/programs?skip=-1", token).statusCode());
        assertEquals(400, client.get("/programs?limit=ten", token).statusCode());
    }

    @Test
    void reportsArePostedStoredAndInspectable() throws Exception {
        String report = example("report.json").toString();
        HttpResponse<String> created = client.post("/reports", token, report);
        assertEquals(201, created.statusCode(), created.body());
        JsonObject stored = object(created);
        assertShape(example("report-stored.json"), stored, "report");
        String id = stored.get("id").getAsString();

        List<JsonObject> received = vtn.reportsFor(VtnScript.PEAK_EVENT_ID);
        assertEquals(1, received.size());
        assertEquals(-3.5, received.get(0).getAsJsonArray("resources").get(0).getAsJsonObject()
                .getAsJsonArray("intervals").get(0).getAsJsonObject().getAsJsonArray("payloads").get(0)
                .getAsJsonObject().getAsJsonArray("values").get(0).getAsDouble());
        assertEquals(1, array(client.get("/reports?eventID=" + VtnScript.PEAK_EVENT_ID, token)).size());
        assertEquals(0, array(client.get("/reports?clientName=someone-else", token)).size());
        assertEquals(id, object(client.get("/reports/" + id, token)).get("id").getAsString());

        JsonObject update = example("report.json");
        update.addProperty("reportName", "updated");
        assertEquals(200, client.put("/reports/" + id, token, update.toString()).statusCode());
        assertEquals("updated", vtn.reports().get(0).get("reportName").getAsString());
        assertEquals(1, vtn.reports().size());
        assertEquals(404, client.put("/reports/report-none", token, update.toString()).statusCode());
    }

    @Test
    void invalidReportsGetBadRequest() throws Exception {
        JsonObject noClient = example("report.json");
        noClient.remove("clientName");
        assertBadRequest(client.post("/reports", token, noClient.toString()), "clientName");
        JsonObject otherEvent = example("report.json");
        otherEvent.addProperty("eventID", "event-none");
        assertBadRequest(client.post("/reports", token, otherEvent.toString()), "event-none");
        JsonObject noIntervalId = example("report.json");
        noIntervalId.getAsJsonArray("resources").get(0).getAsJsonObject().getAsJsonArray("intervals").get(0)
                .getAsJsonObject().remove("id");
        assertBadRequest(client.post("/reports", token, noIntervalId.toString()), "id");
        assertBadRequest(client.post("/reports", token, "{\"programID\": "), "JSON");
        assertTrue(vtn.reports().isEmpty());
    }

    @Test
    void vensRegisterOnceAndAreFoundByName() throws Exception {
        HttpResponse<String> created = client.post("/vens", token, "{\"venName\":\"home-ven\"}");
        assertEquals(201, created.statusCode());
        JsonObject ven = object(created);
        assertShape(example("ven.json"), ven, "ven");
        String id = ven.get("id").getAsString();
        assertEquals(409, client.post("/vens", token, "{\"venName\":\"home-ven\"}").statusCode());
        assertEquals(400, client.post("/vens", token, "{\"venName\":\"\"}").statusCode());
        JsonArray found = array(client.get("/vens?venName=home-ven", token));
        assertEquals(1, found.size());
        assertEquals(id, found.get(0).getAsJsonObject().get("id").getAsString());
        assertEquals(0, array(client.get("/vens?venName=other", token)).size());
        assertEquals("home-ven", object(client.get("/vens/" + id, token)).get("venName").getAsString());
        assertEquals(404, client.get("/vens/ven-none", token).statusCode());
        assertEquals(1, vtn.vens().size());
    }

    @Test
    void unknownPathsAndMethodsGetProblems() throws Exception {
        assertEquals(404, client.get("/subscriptions", token).statusCode());
        assertEquals(404, client.get("/events/a/b", token).statusCode());
        assertEquals(405, client.post("/events", token, "{}").statusCode());
        HttpResponse<String> outside = client.send(HttpRequest.newBuilder(
                URI.create("http://127.0.0.1:" + vtn.port() + "/other")).GET());
        assertEquals(404, outside.statusCode());
        assertTrue(vtn.requests().contains("GET " + VtnSimulator.BASE_PATH + "/subscriptions"));
    }

    @Test
    void scriptedEventsCanBeChangedWhileRunning() throws Exception {
        VtnScript script = vtn.script();
        assertTrue(vtn.removeEvent(VtnScript.ALERT_EVENT_ID));
        assertEquals(3, array(client.get("/events", token)).size());
        vtn.putEvent(script.alertEvent());
        assertEquals(4, array(client.get("/events", token)).size());
    }

    @Test
    void connectionRefusedUntilTheFaultIsCleared() throws Exception {
        int port = vtn.port();
        vtn.fault(VtnFault.CONNECTION_REFUSED);
        assertThrows(ConnectException.class, () -> client.get("/events", token));
        vtn.fault(VtnFault.NONE);
        assertEquals(port, vtn.port());
        assertEquals(200, client.get("/events", token).statusCode());
    }

    @Test
    void unavailableAnswers503EverywhereWithAProblem() throws Exception {
        vtn.fault(VtnFault.UNAVAILABLE_503);
        HttpResponse<String> events = client.get("/events", token);
        assertEquals(503, events.statusCode());
        assertShape(example("problem.json"), object(events), "problem");
        assertEquals(503, client.token(vtn.clientId(), vtn.clientSecret()).statusCode());
    }

    @Test
    void unauthorizedAndForbiddenFaults() throws Exception {
        vtn.fault(VtnFault.UNAUTHORIZED_401);
        assertEquals(401, client.get("/events", token).statusCode());
        assertEquals(401, client.token(vtn.clientId(), vtn.clientSecret()).statusCode());
        vtn.fault(VtnFault.FORBIDDEN_403);
        HttpResponse<String> forbidden = client.get("/events", token);
        assertEquals(403, forbidden.statusCode());
        assertShape(example("problem.json"), object(forbidden), "problem");
        assertEquals(200, client.token(vtn.clientId(), vtn.clientSecret()).statusCode());
        vtn.fault(VtnFault.NONE);
        assertEquals(200, client.get("/events", token).statusCode());
    }

    @Test
    void malformedJsonIsCutOff() throws Exception {
        vtn.fault(VtnFault.MALFORMED_JSON);
        for (String path : List.of("/programs", "/events")) {
            HttpResponse<String> response = client.get(path, token);
            assertEquals(200, response.statusCode());
            assertThrows(JsonParseException.class, () -> JsonParser.parseString(response.body()), path);
        }
    }

    @Test
    void unknownPayloadTypeComesAsAnExtraEvent() throws Exception {
        vtn.fault(VtnFault.UNKNOWN_PAYLOAD_TYPE);
        JsonArray events = array(client.get("/events?programID=" + VtnScript.FLEX_PROGRAM_ID, token));
        assertEquals(4, events.size());
        JsonObject unknown = event(events, VtnScript.UNKNOWN_PAYLOAD_EVENT_ID);
        assertEquals(VtnScript.UNKNOWN_PAYLOAD_TYPE, first(unknown).getAsJsonArray("payloads").get(0)
                .getAsJsonObject().get("type").getAsString());
    }

    @Test
    void overlappingIntervalsInThePriceEvent() throws Exception {
        vtn.fault(VtnFault.OVERLAPPING_INTERVALS);
        JsonObject prices = object(client.get("/events/" + VtnScript.PRICE_EVENT_ID, token));
        JsonArray intervals = prices.getAsJsonArray("intervals");
        JsonObject before = intervals.get(16).getAsJsonObject().getAsJsonObject("intervalPeriod");
        JsonObject peak = intervals.get(17).getAsJsonObject().getAsJsonObject("intervalPeriod");
        Instant beforeEnd = Instant.parse(before.get("start").getAsString())
                .plus(Duration.parse(before.get("duration").getAsString()));
        assertTrue(Instant.parse(peak.get("start").getAsString()).isBefore(beforeEnd));
    }

    @Test
    void pastEventEndedBeforeTheDay() throws Exception {
        vtn.fault(VtnFault.PAST_EVENT);
        JsonArray events = array(client.get("/events?programID=" + VtnScript.TARIFF_PROGRAM_ID, token));
        assertEquals(2, events.size());
        JsonObject past = event(events, VtnScript.PAST_EVENT_ID);
        JsonObject period = past.getAsJsonObject("intervalPeriod");
        Instant end = Instant.parse(period.get("start").getAsString())
                .plus(Duration.parse(period.get("duration").getAsString()).multipliedBy(24));
        assertEquals(DAY, end);
    }

    private static void assertBadRequest(HttpResponse<String> response, String detailPart) throws IOException {
        assertEquals(400, response.statusCode(), response.body());
        JsonObject problem = object(response);
        assertShape(example("problem.json"), problem, "problem");
        assertTrue(problem.get("detail").getAsString().contains(detailPart), problem.toString());
    }

    private void assertPeriod(JsonObject event, Duration from, Duration length) {
        JsonObject period = event.getAsJsonObject("intervalPeriod");
        assertEquals(DAY.plus(from), Instant.parse(period.get("start").getAsString()));
        assertEquals(length, Duration.parse(period.get("duration").getAsString()));
    }

    private static JsonObject event(JsonArray events, String id) {
        return events.asList().stream().map(JsonElement::getAsJsonObject)
                .filter(e -> id.equals(e.get("id").getAsString())).findFirst()
                .orElseThrow(() -> new AssertionError("no event " + id + " in " + events));
    }

    private static JsonObject first(JsonObject event) {
        return event.getAsJsonArray("intervals").get(0).getAsJsonObject();
    }

    private static JsonElement payload(JsonObject interval, String type) {
        for (JsonElement payload : interval.getAsJsonArray("payloads")) {
            if (type.equals(payload.getAsJsonObject().get("type").getAsString())) {
                return payload.getAsJsonObject().getAsJsonArray("values").get(0);
            }
        }
        throw new AssertionError("no " + type + " payload in " + interval);
    }
}
