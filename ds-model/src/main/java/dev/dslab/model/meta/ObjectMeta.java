package dev.dslab.model.meta;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * metadata of every object. Nullable scalars mean "not set" (as in the API); collections are never
 * null. {@code generation} is 0 for kinds that do not track it.
 */
public record ObjectMeta(
    String name,
    String generateName,
    String namespace,
    String uid,
    String resourceVersion,
    long generation,
    Instant creationTimestamp,
    Instant deletionTimestamp,
    Long deletionGracePeriodSeconds,
    SortedMap<String, String> labels,
    SortedMap<String, String> annotations,
    List<OwnerReference> ownerReferences,
    List<String> finalizers) {

  public ObjectMeta {
    labels = Collections2.sortedCopy(labels);
    annotations = Collections2.sortedCopy(annotations);
    ownerReferences = Collections2.copy(ownerReferences);
    finalizers = Collections2.copy(finalizers);
  }

  public static ObjectMeta named(String name) {
    return new ObjectMeta(
        name, null, null, null, null, 0, null, null, null, null, null, null, null);
  }

  public static ObjectMeta named(String namespace, String name) {
    return named(name).withNamespace(namespace);
  }

  public ObjectMeta withName(String value) {
    return new ObjectMeta(
        value,
        generateName,
        namespace,
        uid,
        resourceVersion,
        generation,
        creationTimestamp,
        deletionTimestamp,
        deletionGracePeriodSeconds,
        labels,
        annotations,
        ownerReferences,
        finalizers);
  }

  public ObjectMeta withGenerateName(String value) {
    return new ObjectMeta(
        name,
        value,
        namespace,
        uid,
        resourceVersion,
        generation,
        creationTimestamp,
        deletionTimestamp,
        deletionGracePeriodSeconds,
        labels,
        annotations,
        ownerReferences,
        finalizers);
  }

  public ObjectMeta withNamespace(String value) {
    return new ObjectMeta(
        name,
        generateName,
        value,
        uid,
        resourceVersion,
        generation,
        creationTimestamp,
        deletionTimestamp,
        deletionGracePeriodSeconds,
        labels,
        annotations,
        ownerReferences,
        finalizers);
  }

  public ObjectMeta withUid(String value) {
    return new ObjectMeta(
        name,
        generateName,
        namespace,
        value,
        resourceVersion,
        generation,
        creationTimestamp,
        deletionTimestamp,
        deletionGracePeriodSeconds,
        labels,
        annotations,
        ownerReferences,
        finalizers);
  }

  public ObjectMeta withResourceVersion(String value) {
    return new ObjectMeta(
        name,
        generateName,
        namespace,
        uid,
        value,
        generation,
        creationTimestamp,
        deletionTimestamp,
        deletionGracePeriodSeconds,
        labels,
        annotations,
        ownerReferences,
        finalizers);
  }

  public ObjectMeta withGeneration(long value) {
    return new ObjectMeta(
        name,
        generateName,
        namespace,
        uid,
        resourceVersion,
        value,
        creationTimestamp,
        deletionTimestamp,
        deletionGracePeriodSeconds,
        labels,
        annotations,
        ownerReferences,
        finalizers);
  }

  public ObjectMeta withCreationTimestamp(Instant value) {
    return new ObjectMeta(
        name,
        generateName,
        namespace,
        uid,
        resourceVersion,
        generation,
        value,
        deletionTimestamp,
        deletionGracePeriodSeconds,
        labels,
        annotations,
        ownerReferences,
        finalizers);
  }

  public ObjectMeta withDeletion(Instant timestamp, Long gracePeriodSeconds) {
    return new ObjectMeta(
        name,
        generateName,
        namespace,
        uid,
        resourceVersion,
        generation,
        creationTimestamp,
        timestamp,
        gracePeriodSeconds,
        labels,
        annotations,
        ownerReferences,
        finalizers);
  }

  public ObjectMeta withLabels(Map<String, String> value) {
    return new ObjectMeta(
        name,
        generateName,
        namespace,
        uid,
        resourceVersion,
        generation,
        creationTimestamp,
        deletionTimestamp,
        deletionGracePeriodSeconds,
        Collections2.sortedCopy(value),
        annotations,
        ownerReferences,
        finalizers);
  }

  public ObjectMeta withLabel(String key, String value) {
    TreeMap<String, String> copy = new TreeMap<>(labels);
    copy.put(key, value);
    return withLabels(copy);
  }

  public ObjectMeta withAnnotations(Map<String, String> value) {
    return new ObjectMeta(
        name,
        generateName,
        namespace,
        uid,
        resourceVersion,
        generation,
        creationTimestamp,
        deletionTimestamp,
        deletionGracePeriodSeconds,
        labels,
        Collections2.sortedCopy(value),
        ownerReferences,
        finalizers);
  }

  public ObjectMeta withAnnotation(String key, String value) {
    TreeMap<String, String> copy = new TreeMap<>(annotations);
    copy.put(key, value);
    return withAnnotations(copy);
  }

  public ObjectMeta withOwnerReferences(List<OwnerReference> value) {
    return new ObjectMeta(
        name,
        generateName,
        namespace,
        uid,
        resourceVersion,
        generation,
        creationTimestamp,
        deletionTimestamp,
        deletionGracePeriodSeconds,
        labels,
        annotations,
        value,
        finalizers);
  }

  /** The owner reference with controller=true, if any. */
  public Optional<OwnerReference> controllerRef() {
    return ownerReferences.stream().filter(OwnerReference::controller).findFirst();
  }

  public ObjectMeta withFinalizers(List<String> value) {
    return new ObjectMeta(
        name,
        generateName,
        namespace,
        uid,
        resourceVersion,
        generation,
        creationTimestamp,
        deletionTimestamp,
        deletionGracePeriodSeconds,
        labels,
        annotations,
        ownerReferences,
        value);
  }

  public boolean isDeleting() {
    return deletionTimestamp != null;
  }
}
