package dev.dslab.engine.kubelet;

import dev.dslab.engine.api.ObjectStore;
import dev.dslab.model.core.Container;
import dev.dslab.model.core.EnvFromSource;
import dev.dslab.model.core.EnvVar;
import dev.dslab.model.core.Pod;
import dev.dslab.model.core.Volume;
import dev.dslab.model.core.VolumeSource;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * What a pod needs from ConfigMaps and Secrets before the kubelet can start it, as pure functions:
 * the volumes that cannot be set up (pkg/volume/configmap, secret and projected: SetUpAt) and a
 * container's environment that cannot be made (pkg/kubelet/kubelet_pods.go,
 * makeEnvironmentVariables). A source marked {@code optional} may be missing. The messages are the
 * kubelet's; its object managers name the resource in the singular ({@code configmap "c" not
 * found}).
 */
public final class ConfigReferences {
  /** Which objects exist in the pod's namespace: their keys, or empty when missing. */
  public interface Objects {
    Optional<Set<String>> configMap(String namespace, String name);

    Optional<Set<String>> secret(String namespace, String name);
  }

  private ConfigReferences() {}

  /** The objects as the store holds them now. */
  public static Objects stored(ObjectStore store) {
    return new StoredConfigObjects(store);
  }

  /**
   * The volumes whose SetUp fails, by volume name, with the error the kubelet's FailedMount event
   * shows after {@code MountVolume.SetUp failed for volume "v" : }; empty when all can be mounted.
   */
  public static Map<String, String> mountFailures(Pod pod, Objects objects) {
    String ns = pod.metadata().namespace();
    Map<String, String> failures = new LinkedHashMap<>();
    for (Volume v : pod.spec().volumes()) {
      List<String> errors = new ArrayList<>();
      VolumeSource source = v.source();
      if (source instanceof VolumeSource.ConfigMap c) {
        configMapMissing(objects, ns, c.name(), c.optional()).ifPresent(errors::add);
      } else if (source instanceof VolumeSource.Secret s) {
        secretMissing(objects, ns, s.secretName(), s.optional()).ifPresent(errors::add);
      } else if (source instanceof VolumeSource.Other o && o.type().equals("projected")) {
        errors.addAll(projectedMissing(objects, ns, o.fields().get("sources")));
      }
      if (!errors.isEmpty()) {
        failures.put(v.name(), aggregate(errors));
      }
    }
    return failures;
  }

  /** The FailedMount event's message (operationGenerator's GenerateErrorDetailed). */
  public static String mountFailedMessage(String volume, String error) {
    return "MountVolume.SetUp failed for volume \"" + volume + "\" : " + error;
  }

  /**
   * makeEnvironmentVariables: the first error of the container's envFrom, then its env, or empty
   * when the environment can be made. The kubelet shows it as the container's
   * CreateContainerConfigError message and as the Failed event {@code Error: <message>}.
   */
  public static Optional<String> environmentError(Container c, String ns, Objects objects) {
    for (EnvFromSource from : c.envFrom()) {
      Optional<String> missing =
          from.configMapRef() != null
              ? configMapMissing(
                  objects, ns, from.configMapRef().name(), from.configMapRef().optional())
              : from.secretRef() != null
                  ? secretMissing(objects, ns, from.secretRef().name(), from.secretRef().optional())
                  : Optional.empty();
      if (missing.isPresent()) {
        return missing;
      }
    }
    for (EnvVar e : c.env()) {
      if (!(e.valueFrom() instanceof Map<?, ?> from)) {
        continue;
      }
      Optional<String> error =
          from.get("configMapKeyRef") instanceof Map<?, ?> ref
              ? keyError(objects, ns, ref, "ConfigMap")
              : from.get("secretKeyRef") instanceof Map<?, ?> ref
                  ? keyError(objects, ns, ref, "Secret")
                  : Optional.empty();
      if (error.isPresent()) {
        return error;
      }
    }
    return Optional.empty();
  }

  /** A configMapKeyRef or secretKeyRef: the object, then its key, unless optional. */
  private static Optional<String> keyError(
      Objects objects, String ns, Map<?, ?> ref, String kindName) {
    String name = String.valueOf(ref.get("name"));
    String key = String.valueOf(ref.get("key"));
    boolean optional = Boolean.TRUE.equals(ref.get("optional"));
    Optional<Set<String>> keys =
        kindName.equals("ConfigMap") ? objects.configMap(ns, name) : objects.secret(ns, name);
    if (keys.isEmpty()) {
      return optional ? Optional.empty() : Optional.of(notFound(kindName, name));
    }
    if (!keys.get().contains(key) && !optional) {
      return Optional.of("couldn't find key " + key + " in " + kindName + " " + ns + "/" + name);
    }
    return Optional.empty();
  }

  private static Optional<String> configMapMissing(
      Objects objects, String ns, String name, Boolean optional) {
    return objects.configMap(ns, name).isPresent() || Boolean.TRUE.equals(optional)
        ? Optional.empty()
        : Optional.of(notFound("ConfigMap", name));
  }

  private static Optional<String> secretMissing(
      Objects objects, String ns, String name, Boolean optional) {
    return objects.secret(ns, name).isPresent() || Boolean.TRUE.equals(optional)
        ? Optional.empty()
        : Optional.of(notFound("Secret", name));
  }

  /** projectedVolumeMounter.collectData: every configMap and secret source that is missing. */
  private static List<String> projectedMissing(Objects objects, String ns, Object sources) {
    List<String> errors = new ArrayList<>();
    if (!(sources instanceof List<?> list)) {
      return errors;
    }
    for (Object item : list) {
      if (!(item instanceof Map<?, ?> source)) {
        continue;
      }
      if (source.get("configMap") instanceof Map<?, ?> c) {
        configMapMissing(objects, ns, String.valueOf(c.get("name")), optional(c))
            .ifPresent(errors::add);
      } else if (source.get("secret") instanceof Map<?, ?> s) {
        secretMissing(objects, ns, String.valueOf(s.get("name")), optional(s))
            .ifPresent(errors::add);
      }
    }
    return errors;
  }

  private static Boolean optional(Map<?, ?> source) {
    return Boolean.TRUE.equals(source.get("optional"));
  }

  /** errors.NewNotFound of the kubelet's managers: the resource in lower case, singular. */
  private static String notFound(String kindName, String name) {
    return kindName.toLowerCase(java.util.Locale.ROOT) + " \"" + name + "\" not found";
  }

  /** utilerrors.NewAggregate's Error(): one error as it is, several in brackets. */
  private static String aggregate(List<String> errors) {
    return errors.size() == 1 ? errors.get(0) : "[" + String.join(", ", errors) + "]";
  }
}
