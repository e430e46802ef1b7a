package dev.dslab.print;

import java.util.Locale;

/** schema.GroupKind: a kind and its API group, "" for the core group of {@code v1}. */
record GroupKind(String group, String kind) {

  /** The group is what precedes the version in an apiVersion: {@code apps} in {@code apps/v1}. */
  static GroupKind of(String apiVersion, String kind) {
    int slash = apiVersion == null ? -1 : apiVersion.indexOf('/');
    return new GroupKind(slash < 0 ? "" : apiVersion.substring(0, slash), kind == null ? "" : kind);
  }

  /**
   * How kubectl names an object of this kind ({@code -o name}, a revision's CONTROLLER): {@code
   * daemonset.apps/fluentd}, {@code pod/greet-c4v52}.
   */
  String qualify(String name) {
    String groupKind = group.isEmpty() ? kind : kind + "." + group;
    return groupKind.toLowerCase(Locale.ROOT) + "/" + name;
  }
}
