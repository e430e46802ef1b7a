package dev.dslab.model.meta;

/**
 * Any top-level API object: it has a kind, an apiVersion and metadata, and can be rebuilt with new
 * metadata.
 */
public interface KubeObject {
  String apiVersion();

  String kind();

  ObjectMeta metadata();

  KubeObject withMetadata(ObjectMeta metadata);

  default String name() {
    return metadata().name();
  }

  default String namespace() {
    return metadata().namespace();
  }
}
