package dev.dslab.model.validation;

/**
 * One field.Error of the API server: a field path, an error type and a detail, with the bad value
 * already rendered the way Go renders it ({@code "text"} quoted, numbers bare, structs in {@code
 * %#v}). {@code badValue} is null for error types that print no value (Required, Forbidden).
 */
public record FieldError(Type type, String field, String badValue, String detail) {
  /** field.ErrorType, with the text the API server prints. */
  public enum Type {
    INVALID("Invalid value"),
    REQUIRED("Required value"),
    NOT_SUPPORTED("Unsupported value"),
    FORBIDDEN("Forbidden"),
    DUPLICATE("Duplicate value"),
    NOT_FOUND("Not found");

    private final String text;

    Type(String text) {
      this.text = text;
    }

    public String text() {
      return text;
    }
  }

  public static FieldError invalid(String field, String badValue, String detail) {
    return new FieldError(Type.INVALID, field, badValue, detail);
  }

  public static FieldError required(String field, String detail) {
    return new FieldError(Type.REQUIRED, field, null, detail);
  }

  public static FieldError forbidden(String field, String detail) {
    return new FieldError(Type.FORBIDDEN, field, null, detail);
  }

  public static FieldError notSupported(String field, String badValue, String... supported) {
    StringBuilder values = new StringBuilder("supported values: ");
    for (int i = 0; i < supported.length; i++) {
      values.append(i == 0 ? "" : ", ").append(GoValues.quote(supported[i]));
    }
    return new FieldError(Type.NOT_SUPPORTED, field, badValue, values.toString());
  }

  public static FieldError duplicate(String field, String badValue) {
    return new FieldError(Type.DUPLICATE, field, badValue, null);
  }

  /** field.Error.Error(): {@code <field>: <type>[: <value>][: <detail>]}. */
  public String render() {
    StringBuilder s = new StringBuilder(field).append(": ").append(type.text());
    if (badValue != null) {
      s.append(": ").append(badValue);
    }
    if (detail != null && !detail.isEmpty()) {
      s.append(": ").append(detail);
    }
    return s.toString();
  }

  @Override
  public String toString() {
    return render();
  }
}
