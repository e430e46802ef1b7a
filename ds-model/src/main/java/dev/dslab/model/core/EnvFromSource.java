package dev.dslab.model.core;

/**
 * One entry of a container's {@code envFrom}: every key of a ConfigMap or a Secret as an
 * environment variable, each name with {@code prefix} in front. Exactly one of {@code configMapRef}
 * and {@code secretRef} is set.
 */
public record EnvFromSource(String prefix, Ref configMapRef, Ref secretRef) {
  /** ConfigMapEnvSource and SecretEnvSource: the object's name and whether it may be missing. */
  public record Ref(String name, Boolean optional) {
    public boolean isOptional() {
      return Boolean.TRUE.equals(optional);
    }
  }

  public static EnvFromSource configMap(String name) {
    return new EnvFromSource(null, new Ref(name, null), null);
  }

  public static EnvFromSource secret(String name) {
    return new EnvFromSource(null, null, new Ref(name, null));
  }
}
