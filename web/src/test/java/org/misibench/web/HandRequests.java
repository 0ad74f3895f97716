package org.misibench.web;

import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

/** Requests a test sends by hand with a signed-in browser's cookie: what a curator could try outside the pages. */
final class HandRequests {

    private HandRequests() {
    }

    static HttpResponse<String> get(URL base, String path, String cookie) throws Exception {
        HttpRequest.Builder r = HttpRequest.newBuilder(new URL(base, path).toURI()).GET();
        if (!cookie.isEmpty()) {
            r.header("Cookie", cookie);
        }
        return HttpClient.newHttpClient().send(r.build(), HttpResponse.BodyHandlers.ofString());
    }

    static HttpResponse<String> post(URL base, String path, String cookie, String form) throws Exception {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(new URL(base, path).toURI()).header("Cookie", cookie)
                .header("Content-Type", "application/x-www-form-urlencoded").POST(HttpRequest.BodyPublishers.ofString(form)).build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
