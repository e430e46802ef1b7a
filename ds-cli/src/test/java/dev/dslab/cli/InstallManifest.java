package dev.dslab.cli;

/** The kinds of a real install manifest that the simulation keeps as sent, for the tests. */
public final class InstallManifest {
  private InstallManifest() {}

  /** A ServiceAccount, a ClusterRole and a ConfigMap, in that order, each ending with "---". */
  public static final String KEPT_KINDS =
      """
      apiVersion: v1
      kind: ServiceAccount
      metadata:
        name: agent
      ---
      apiVersion: rbac.authorization.k8s.io/v1
      kind: ClusterRole
      metadata:
        name: agent
      rules:
      - apiGroups: [""]
        resources: [nodes]
        verbs: [get, list, watch]
      ---
      apiVersion: v1
      kind: ConfigMap
      metadata:
        name: agent-config
      data:
        level: debug
      ---
      """;
}
