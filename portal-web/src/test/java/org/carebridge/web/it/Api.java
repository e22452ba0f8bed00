package org.carebridge.web.it;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonStructure;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/** A small HTTP client for the portal's REST API in client-side tests. */
final class Api {

    static final String PASSWORD = System.getProperty("carebridge.demoPassword", "CareBridge#2026");

    private final URI base;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    Api(URL base) {
        this.base = URI.create(base.toExternalForm().endsWith("/") ? base.toExternalForm() : base + "/");
    }

    record Res(int status, String body, HttpResponse<String> raw) {
        JsonObject json() {
            JsonStructure s = Json.createReader(new StringReader(body)).read();
            return s.asJsonObject();
        }

        String header(String name) {
            return raw.headers().firstValue(name).orElse(null);
        }
    }

    Res send(String method, String path, String token, String jsonBody) {
        return send(method, path, token, jsonBody, null);
    }

    Res send(String method, String path, String token, String jsonBody, String language) {
        return send(method, path, token, jsonBody, language, null);
    }

    /** A POST with an {@code Idempotency-Key} header. */
    Res postOnce(String path, String token, String jsonBody, String idempotencyKey) {
        return send("POST", path, token, jsonBody, null, idempotencyKey);
    }

    /** A POST with a CSV body ({@code text/csv; charset=UTF-8}). */
    Res postCsv(String path, String token, String csv) {
        HttpRequest.Builder b = HttpRequest.newBuilder(base.resolve(path.startsWith("/") ? path.substring(1) : path))
                .timeout(Duration.ofSeconds(30)).header("Accept", "application/json")
                .header("Content-Type", "text/csv; charset=UTF-8")
                .POST(HttpRequest.BodyPublishers.ofString(csv));
        if (token != null) {
            b.header("Authorization", "Bearer " + token);
        }
        return exchange(b);
    }

    /** A POST asking to be answered before the work is done ({@code Prefer: respond-async}). */
    Res postAsync(String path, String token, String jsonBody) {
        return send("POST", path, token, jsonBody, null, null, "respond-async");
    }

    private Res send(String method, String path, String token, String jsonBody, String language, String key) {
        return send(method, path, token, jsonBody, language, key, null);
    }

    private Res send(String method, String path, String token, String jsonBody, String language, String key,
                     String prefer) {
        HttpRequest.Builder b = HttpRequest.newBuilder(base.resolve(path.startsWith("/") ? path.substring(1) : path))
                .timeout(Duration.ofSeconds(30))
                .header("Accept", "application/json")
                .method(method, jsonBody == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(jsonBody));
        if (jsonBody != null) {
            b.header("Content-Type", "application/json");
        }
        if (token != null) {
            b.header("Authorization", "Bearer " + token);
        }
        if (language != null) {
            b.header("Accept-Language", language);
        }
        if (key != null) {
            b.header("Idempotency-Key", key);
        }
        if (prefer != null) {
            b.header("Prefer", prefer);
        }
        return exchange(b);
    }

    private Res exchange(HttpRequest.Builder b) {
        try {
            HttpResponse<String> r = http.send(b.build(), HttpResponse.BodyHandlers.ofString());
            return new Res(r.statusCode(), r.body(), r);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Sends a body of any type (a CSV file, say). */
    Res upload(String path, String token, String contentType, byte[] body) {
        HttpRequest request = HttpRequest.newBuilder(base.resolve(path)).timeout(Duration.ofSeconds(60))
                .header("Accept", "application/json").header("Content-Type", contentType)
                .header("Authorization", "Bearer " + token)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build();
        try {
            HttpResponse<String> r = http.send(request, HttpResponse.BodyHandlers.ofString());
            return new Res(r.statusCode(), r.body(), r);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** A GET whose body is kept as bytes (downloads). */
    HttpResponse<byte[]> getBytes(String path, String token) {
        HttpRequest request = HttpRequest.newBuilder(base.resolve(path)).timeout(Duration.ofSeconds(60))
                .header("Authorization", "Bearer " + token).GET().build();
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    Res get(String path, String token) {
        return send("GET", path, token, null);
    }

    Res login(String username, String password, String tenant) {
        String body = Json.createObjectBuilder().add("username", username).add("password", password)
                .add("tenant", tenant == null ? "" : tenant).build().toString();
        return send("POST", "api/v1/auth/token", null, body);
    }

    /** A bearer token for a demo account (all share the demo password). */
    String token(String username) {
        return token(username, null);
    }

    String token(String username, String tenant) {
        Res r = login(username, PASSWORD, tenant);
        if (r.status() != 200) {
            throw new AssertionError("login of " + username + " failed: " + r.status() + " " + r.body());
        }
        return r.json().getString("token");
    }

    URI base() {
        return base;
    }
}
