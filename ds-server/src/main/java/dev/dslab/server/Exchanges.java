package dev.dslab.server;

import com.sun.net.httpserver.HttpExchange;
import dev.dslab.yaml.ManifestWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What every handler does with an exchange: read its query parameters, answer it with a JSON body.
 */
final class Exchanges {
  private Exchanges() {}

  /**
   * The query's parameters, decoded, in their order; a parameter given twice keeps its last value.
   */
  static Map<String, String> query(String raw) {
    Map<String, String> q = new LinkedHashMap<>();
    if (raw == null || raw.isEmpty()) {
      return q;
    }
    for (String pair : raw.split("&")) {
      int eq = pair.indexOf('=');
      String k = URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), StandardCharsets.UTF_8);
      String v = eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
      q.put(k, v);
    }
    return q;
  }

  /** A boolean query parameter as the API server reads one: {@code true} or {@code 1}. */
  static boolean isTrue(String value) {
    return "true".equals(value) || "1".equals(value);
  }

  /** Answers with {@code body} as compact JSON and closes the response body. */
  static void send(HttpExchange ex, int code, Map<String, ?> body) throws IOException {
    java.io.ByteArrayOutputStream buffer = new java.io.ByteArrayOutputStream(8192);
    ManifestWriter.compactJson(body, buffer);
    ex.getResponseHeaders().set("Content-Type", "application/json");
    ex.sendResponseHeaders(code, buffer.size());
    try (OutputStream out = ex.getResponseBody()) {
      buffer.writeTo(out); // no copy of the buffer: a list of 50,000 pods is 120 MB
    }
  }
}
