package dev.dslab.model.core;

import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * Where a volume comes from. The kinds a DaemonSet typically uses are typed; any other is kept
 * opaque.
 */
public sealed interface VolumeSource {
  /** The field name of this source in the API ({@code hostPath}, {@code emptyDir}, …). */
  String type();

  /** hostPath: a file or directory of the node. {@code hostPathType} may be null or empty. */
  record HostPath(String path, String hostPathType) implements VolumeSource {
    @Override
    public String type() {
      return "hostPath";
    }
  }

  /** emptyDir: scratch space that lives as long as the pod. */
  record EmptyDir(String medium, Quantity sizeLimit) implements VolumeSource {
    @Override
    public String type() {
      return "emptyDir";
    }
  }

  /** configMap: the keys of a ConfigMap as files. */
  record ConfigMap(String name, Boolean optional) implements VolumeSource {
    @Override
    public String type() {
      return "configMap";
    }
  }

  /** secret: the keys of a Secret as files. */
  record Secret(String secretName, Boolean optional) implements VolumeSource {
    @Override
    public String type() {
      return "secret";
    }
  }

  /** Any other source, kept as its field name and an opaque tree of plain values. */
  record Other(String type, SortedMap<String, Object> fields) implements VolumeSource {
    public Other {
      fields = fields == null ? new TreeMap<>() : new TreeMap<>(fields);
      fields = java.util.Collections.unmodifiableSortedMap(fields);
    }

    public static Other of(String type, Map<String, Object> fields) {
      return new Other(type, fields == null ? null : new TreeMap<>(fields));
    }
  }
}
