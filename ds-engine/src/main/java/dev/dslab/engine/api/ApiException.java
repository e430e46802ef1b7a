package dev.dslab.engine.api;

import dev.dslab.model.meta.ObjectMeta;
import dev.dslab.model.validation.Invalid;

/**
 * A request the simulated API server refuses, with the reason and message of the Status it would
 * return. {@link #kubectlMessage()} is the line kubectl prints for it.
 */
public final class ApiException extends Exception {
  /** metav1.StatusReason values the simulation uses, with their HTTP codes. */
  public enum Reason {
    NotFound(404),
    AlreadyExists(409),
    Conflict(409),
    Invalid(422),
    BadRequest(400),
    Forbidden(403),
    MethodNotAllowed(405),
    Gone(410);

    private final int code;

    Reason(int code) {
      this.code = code;
    }

    public int code() {
      return code;
    }
  }

  /**
   * v1.NamespaceTerminatingCause: the StatusCause type NamespaceLifecycle adds when it refuses a
   * create in a namespace being terminated; controllers tell that refusal apart by it.
   */
  public static final String NAMESPACE_TERMINATING_CAUSE = "NamespaceTerminating";

  private final Reason reason;
  private final transient Invalid invalid;
  private final String causeType;

  public ApiException(Reason reason, String message) {
    this(reason, message, null);
  }

  private ApiException(Reason reason, String message, String causeType) {
    super(message);
    this.reason = reason;
    this.invalid = null;
    this.causeType = causeType;
  }

  public ApiException(Invalid invalid) {
    // errors.NewInvalid's message, as an event or a log line shows it (kubectl prints message())
    super(
        invalid.kind()
            + " \""
            + invalid.name()
            + "\" is invalid: "
            + (invalid.errors().size() == 1
                ? invalid.errors().get(0).render()
                : invalid.errors().stream()
                    .map(dev.dslab.model.validation.FieldError::render)
                    .collect(java.util.stream.Collectors.joining(", ", "[", "]"))));
    this.reason = Reason.Invalid;
    this.invalid = invalid;
    this.causeType = null;
  }

  /**
   * admission.NewForbidden: an admission plugin's refusal, naming the object by its name or, for a
   * name still to be generated, its generateName ({@code pods "agent-" is forbidden: ...}).
   */
  public static ApiException forbidden(Kind kind, ObjectMeta meta, String cause) {
    return forbidden(kind, nameOrGenerateName(meta), cause, null);
  }

  static String nameOrGenerateName(ObjectMeta meta) {
    return meta.name() == null || meta.name().isEmpty() ? meta.generateName() : meta.name();
  }

  /**
   * errors.NewForbidden: {@code <resource> "<name>" is forbidden: <cause>}, without the name when
   * there is none; {@code causeType} is the StatusCause a client may test for, or null.
   */
  static ApiException forbidden(Kind kind, String name, String cause, String causeType) {
    String message =
        kind.qualifiedResource()
            + (name == null || name.isEmpty() ? "" : " \"" + name + "\"")
            + " is forbidden: "
            + cause;
    return new ApiException(Reason.Forbidden, message, causeType);
  }

  /** apierrors.HasStatusCause: whether the refusal carries a StatusCause of this type. */
  public boolean hasCause(String type) {
    return type.equals(causeType);
  }

  public static ApiException notFound(Kind kind, String name) {
    return new ApiException(
        Reason.NotFound, kind.qualifiedResource() + " \"" + name + "\" not found");
  }

  public static ApiException alreadyExists(Kind kind, String name) {
    return new ApiException(
        Reason.AlreadyExists, kind.qualifiedResource() + " \"" + name + "\" already exists");
  }

  public Reason reason() {
    return reason;
  }

  /** The field errors of an Invalid rejection, or null. */
  public Invalid invalid() {
    return invalid;
  }

  /**
   * What kubectl prints: {@code Error from server (NotFound): daemonsets.apps "x" not found}, or
   * for an Invalid object {@code The DaemonSet "x" is invalid: ...}.
   */
  public String kubectlMessage() {
    if (invalid != null) {
      return invalid.message();
    }
    return "Error from server (" + reason + "): " + getMessage();
  }

  /**
   * The same rejection with kubectl's {@code error when creating "file": } context for a manifest.
   */
  public String kubectlMessage(String verb, String source) {
    if (invalid != null || source == null) {
      return kubectlMessage();
    }
    return "Error from server ("
        + reason
        + "): error when "
        + verb
        + " \""
        + source
        + "\": "
        + getMessage();
  }
}
