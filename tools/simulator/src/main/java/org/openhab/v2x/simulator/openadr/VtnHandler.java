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

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Locale;

import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.handler.AbstractHandler;
import org.openhab.v2x.simulator.openadr.Oadr3.AuthError;
import org.openhab.v2x.simulator.openadr.Oadr3.Problem;
import org.openhab.v2x.simulator.openadr.Oadr3.TokenResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import com.google.gson.Gson;
import com.google.gson.JsonElement;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;

/**
 * The VTN's HTTP routes under {@link VtnSimulator#BASE_PATH}: the token endpoint, bearer authentication, the
 * faults, and the program, event, report and VEN resources of {@link VtnResources}.
 *
 * @author openHAB V2X - Initial contribution
 */
@NonNullByDefault
final class VtnHandler extends AbstractHandler {

    private static final String JSON = "application/json";

    private final Logger logger = LoggerFactory.getLogger(VtnHandler.class);
    private final Gson gson = new Gson();
    private final VtnSimulator simulator;
    private final TokenIssuer tokens;
    private final VtnResources resources;

    VtnHandler(VtnSimulator simulator, TokenIssuer tokens, VtnResources resources) {
        this.simulator = simulator;
        this.tokens = tokens;
        this.resources = resources;
    }

    @Override
    public void handle(@Nullable String target, @Nullable Request baseRequest, @Nullable HttpServletRequest request,
            @Nullable HttpServletResponse response) throws IOException {
        if (target == null || baseRequest == null || request == null || response == null) {
            return;
        }
        baseRequest.setHandled(true);
        String method = request.getMethod().toUpperCase(Locale.ROOT);
        String query = request.getQueryString();
        simulator.logRequest(method + " " + target + (query == null ? "" : "?" + query));
        Answer answer;
        try {
            answer = answer(method, target, request);
        } catch (RuntimeException e) {
            logger.warn("VTN simulator failed on {} {}", method, target, e);
            answer = problem(500, "Internal Server Error", String.valueOf(e.getMessage()));
        }
        response.setStatus(answer.status());
        response.setContentType(JSON);
        response.setCharacterEncoding("UTF-8");
        if (answer.status() == 401) {
            response.setHeader("WWW-Authenticate", "Bearer realm=\"openadr3\"");
        }
        response.getOutputStream().write(answer.body().getBytes(StandardCharsets.UTF_8));
    }

    private Answer answer(String method, String target, HttpServletRequest request) throws IOException {
        VtnFault fault = simulator.fault();
        if (fault == VtnFault.UNAVAILABLE_503) {
            return problem(503, "Service Unavailable", "the VTN is down for maintenance");
        }
        if (!target.startsWith(VtnSimulator.BASE_PATH + "/")) {
            return problem(404, "Not Found", "no resource at " + target);
        }
        String path = target.substring(VtnSimulator.BASE_PATH.length());
        if ("/auth/token".equals(path)) {
            return "POST".equals(method) ? token(request, fault)
                    : problem(405, "Method Not Allowed", method + " " + path);
        }
        String token = bearer(request);
        if (token == null) {
            return problem(401, "Unauthorized", "a bearer token is required");
        }
        if (fault == VtnFault.UNAUTHORIZED_401 || !tokens.valid(token)) {
            return problem(401, "Unauthorized", "the bearer token is unknown or expired");
        }
        if (fault == VtnFault.FORBIDDEN_403) {
            return problem(403, "Forbidden", "this client may not access " + path);
        }
        String body = "GET".equals(method) ? "" : readBody(request);
        return resources.answer(method, path, request, body);
    }

    private Answer token(HttpServletRequest request, VtnFault fault) {
        String id = request.getParameter("client_id");
        String secret = request.getParameter("client_secret");
        String basic = request.getHeader("Authorization");
        if (basic != null && basic.regionMatches(true, 0, "Basic ", 0, 6)) {
            // RFC 6749 2.3.1 lets the client send its credentials with HTTP Basic instead of the form
            String decoded;
            try {
                decoded = new String(Base64.getDecoder().decode(basic.substring(6).trim()), StandardCharsets.UTF_8);
            } catch (IllegalArgumentException e) {
                return authError(400, "invalid_request", "the Basic credentials are not Base64");
            }
            int colon = decoded.indexOf(':');
            if (colon > 0) {
                id = decoded.substring(0, colon);
                secret = decoded.substring(colon + 1);
            }
        }
        String grant = request.getParameter("grant_type");
        if (grant == null || id == null || secret == null) {
            return authError(400, "invalid_request", "grant_type, client_id and client_secret are required");
        }
        if (!"client_credentials".equals(grant)) {
            return authError(400, "unsupported_grant_type", "only client_credentials is supported");
        }
        if (fault == VtnFault.UNAUTHORIZED_401 || !tokens.accepts(id, secret)) {
            return authError(401, "invalid_client", "unknown client id or wrong secret");
        }
        TokenResponse answer = new TokenResponse(tokens.issue(), "Bearer", tokens.lifetime().toSeconds());
        return new Answer(200, gson.toJson(answer));
    }

    private static @Nullable String bearer(HttpServletRequest request) {
        String header = request.getHeader("Authorization");
        if (header == null || !header.regionMatches(true, 0, "Bearer ", 0, 7)) {
            return null;
        }
        String token = header.substring(7).trim();
        return token.isEmpty() ? null : token;
    }

    private static String readBody(HttpServletRequest request) throws IOException {
        return new String(request.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    }

    private Answer authError(int status, String error, String description) {
        return new Answer(status, gson.toJson(new AuthError(error, description)));
    }

    Answer problem(int status, String title, String detail) {
        return new Answer(status, gson.toJson(new Problem("about:blank", title, status, detail)));
    }

    /** Parses a request body, or null when it is not JSON. */
    static @Nullable JsonElement parse(String body) {
        try {
            return JsonParser.parseString(body);
        } catch (JsonParseException e) {
            return null;
        }
    }

    /** One HTTP answer: status and JSON body. */
    record Answer(int status, String body) {

        static Answer json(int status, Gson gson, Object value) {
            return new Answer(status, gson.toJson(value));
        }

        static Answer list(Gson gson, List<?> values) {
            return new Answer(200, gson.toJson(values));
        }
    }
}
