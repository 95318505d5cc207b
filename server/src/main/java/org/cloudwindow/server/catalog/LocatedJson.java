package org.cloudwindow.server.catalog;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads a JSON document into plain values that remember the line they start on, so that an
 * import's problems can point at the line of the uploaded file. Jackson's tree model forgets
 * locations, hence this small reader over its streaming parser.
 */
final class LocatedJson {

  // Duplicate keys would otherwise let the last one silently win.
  private static final JsonMapper STRICT = JsonMapper.builder()
      .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION).build();

  private LocatedJson() {}

  /**
   * A JSON value and the line (from 1) where it starts. The value is a {@link String},
   * {@link BigDecimal}, {@link Boolean}, {@code null}, a {@code List<Located>} or a
   * {@code Map<String, Located>} in the file's order.
   */
  record Located(@Nullable Object value, int line) {}

  /** The file could not be read as JSON at that line and column. */
  static final class MalformedJson extends RuntimeException {
    final int line;
    final int column;

    MalformedJson(String message, int line, int column) {
      super(message);
      this.line = line;
      this.column = column;
    }
  }

  static Located read(byte[] json) {
    try (JsonParser parser = STRICT.createParser(json)) {
      JsonToken first = parser.nextToken();
      if (first == null) {
        throw new MalformedJson("the file is empty", 1, 1);
      }
      Located root = value(parser);
      if (parser.nextToken() != null) {
        TokenStreamLocation at = parser.currentTokenLocation();
        throw new MalformedJson("unexpected content after the end of the JSON value", at.getLineNr(), at.getColumnNr());
      }
      return root;
    } catch (JacksonException e) {
      TokenStreamLocation at = e.getLocation();
      throw new MalformedJson(e.getOriginalMessage(), at == null ? 1 : Math.max(1, at.getLineNr()),
          at == null ? 1 : Math.max(1, at.getColumnNr()));
    }
  }

  private static Located value(JsonParser parser) {
    int line = parser.currentTokenLocation().getLineNr();
    JsonToken token = parser.currentToken();
    return switch (token) {
      case START_OBJECT -> {
        Map<String, Located> fields = new LinkedHashMap<>();
        while (parser.nextToken() == JsonToken.PROPERTY_NAME) {
          String name = parser.currentName();
          parser.nextToken();
          fields.put(name, value(parser));
        }
        yield new Located(fields, line);
      }
      case START_ARRAY -> {
        List<Located> items = new ArrayList<>();
        while (parser.nextToken() != JsonToken.END_ARRAY) {
          items.add(value(parser));
        }
        yield new Located(items, line);
      }
      case VALUE_STRING -> new Located(parser.getString(), line);
      case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> new Located(parser.getDecimalValue(), line);
      case VALUE_TRUE -> new Located(Boolean.TRUE, line);
      case VALUE_FALSE -> new Located(Boolean.FALSE, line);
      case VALUE_NULL -> new Located(null, line);
      default -> throw new MalformedJson("unexpected " + token, line, parser.currentTokenLocation().getColumnNr());
    };
  }
}
