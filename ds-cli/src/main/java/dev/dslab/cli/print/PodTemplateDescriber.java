package dev.dslab.cli.print;

import dev.dslab.model.core.Container;
import dev.dslab.model.core.ContainerPort;
import dev.dslab.model.core.EnvVar;
import dev.dslab.model.core.PodTemplateSpec;
import dev.dslab.model.core.Quantity;
import dev.dslab.model.core.Toleration;
import dev.dslab.model.core.Volume;
import dev.dslab.model.core.VolumeMount;
import dev.dslab.model.core.VolumeSource;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * kubectl's DescribePodTemplate (describe.go): the {@code Pod Template:} section of {@code describe
 * daemonset} and {@code rollout history --revision}, aligned as describe aligns (tabwriter with
 * minwidth 0, tabwidth 8, padding 2; a line without a tab ends an alignment block).
 */
public final class PodTemplateDescriber {
  /** describe's tabwriter. */
  public static final TabWriter DESCRIBE = new TabWriter(0, 8, 2, ' ');

  private PodTemplateDescriber() {}

  public static String describe(PodTemplateSpec template) {
    return DESCRIBE.format(raw(template));
  }

  /** The section with tabs still in, so that a caller can embed it in a longer description. */
  public static String raw(PodTemplateSpec template) {
    StringBuilder w = new StringBuilder("Pod Template:\n");
    multiline(w, "  ", "Labels", template.metadata().labels(), "=");
    if (!template.metadata().annotations().isEmpty()) {
      multiline(w, "  ", "Annotations", template.metadata().annotations(), ": ");
    }
    if (template.spec().serviceAccountName() != null) {
      w.append("  Service Account:\t").append(template.spec().serviceAccountName()).append('\n');
    }
    if (!template.spec().initContainers().isEmpty()) {
      containers(w, "Init Containers", template.spec().initContainers());
    }
    containers(w, "Containers", template.spec().containers());
    volumes(w, template.spec().volumes());
    if (template.spec().priorityClassName() != null) {
      w.append("  Priority Class Name:\t").append(template.spec().priorityClassName()).append('\n');
    }
    w.append("  Node-Selectors:\t").append(template.spec().nodeSelector().isEmpty() ? "<none>"
        : template.spec().nodeSelector().entrySet().stream().map(e -> e.getKey() + "=" + e.getValue())
            .collect(Collectors.joining(","))).append('\n');
    tolerations(w, template.spec().tolerations());
    return w.toString();
  }

  /** printLabelsMultiline / printAnnotationsMultiline: the first on the line, the rest under it. */
  static void multiline(StringBuilder w, String indent, String title, Map<String, String> values, String sep) {
    w.append(indent).append(title).append(":\t");
    if (values.isEmpty()) {
      w.append("<none>\n");
      return;
    }
    boolean first = true;
    for (Map.Entry<String, String> e : values.entrySet()) {
      if (!first) {
        w.append(indent).append('\t');
      }
      w.append(e.getKey()).append(sep).append(e.getValue()).append('\n');
      first = false;
    }
  }

  private static void containers(StringBuilder w, String title, List<Container> containers) {
    w.append("  ").append(title).append(":\n");
    for (Container c : containers) {
      w.append("   ").append(c.name()).append(":\n");
      w.append("    Image:\t").append(c.image()).append('\n');
      w.append("    Port:\t").append(ports(c.ports(), false)).append('\n');
      w.append("    Host Port:\t").append(ports(c.ports(), true)).append('\n');
      if (!c.command().isEmpty()) {
        w.append("    Command:\n");
        c.command().forEach(x -> w.append("      ").append(x).append('\n'));
      }
      if (!c.args().isEmpty()) {
        w.append("    Args:\n");
        c.args().forEach(x -> w.append("      ").append(x).append('\n'));
      }
      resources(w, "Limits", c.resources().limits());
      resources(w, "Requests", c.resources().requests());
      environment(w, c.env());
      mounts(w, c.volumeMounts());
    }
  }

  private static String ports(List<ContainerPort> ports, boolean host) {
    if (ports.isEmpty()) {
      return "<none>";
    }
    return ports.stream().map(p -> (host ? p.hostPort() : p.containerPort()) + "/" + p.protocol())
        .collect(Collectors.joining(", "));
  }

  private static void resources(StringBuilder w, String title, Map<String, Quantity> values) {
    if (values.isEmpty()) {
      return;
    }
    w.append("    ").append(title).append(":\n");
    values.forEach((k, v) -> w.append("      ").append(k).append(":\t").append(v.text()).append('\n'));
  }

  private static void environment(StringBuilder w, List<EnvVar> env) {
    if (env.isEmpty()) {
      w.append("    Environment:\t<none>\n");
      return;
    }
    w.append("    Environment:\n");
    for (EnvVar e : env) {
      w.append("      ").append(e.name()).append(":\t")
          .append(e.value() != null ? e.value() : "<set to a reference>").append('\n');
    }
  }

  private static void mounts(StringBuilder w, List<VolumeMount> mounts) {
    if (mounts.isEmpty()) {
      w.append("    Mounts:\t<none>\n");
      return;
    }
    w.append("    Mounts:\n");
    for (VolumeMount m : mounts) {
      w.append("      ").append(m.mountPath()).append(" from ").append(m.name()).append(" (")
          .append(m.readOnly() ? "ro" : "rw").append(m.subPath() == null || m.subPath().isEmpty() ? ""
              : ",path=\"" + m.subPath() + "\"").append(")\n");
    }
  }

  private static void volumes(StringBuilder w, List<Volume> volumes) {
    if (volumes.isEmpty()) {
      w.append("  Volumes:\t<none>\n");
      return;
    }
    w.append("  Volumes:\n");
    for (Volume v : volumes) {
      w.append("   ").append(v.name()).append(":\n");
      VolumeSource source = v.source();
      if (source instanceof VolumeSource.HostPath h) {
        w.append("    Type:\tHostPath (bare host directory volume)\n")
            .append("    Path:\t").append(h.path()).append('\n')
            .append("    HostPathType:\t").append(h.hostPathType() == null ? "" : h.hostPathType()).append('\n');
      } else if (source instanceof VolumeSource.EmptyDir e) {
        w.append("    Type:\tEmptyDir (a temporary directory that shares a pod's lifetime)\n")
            .append("    Medium:\t").append(e.medium() == null ? "" : e.medium()).append('\n')
            .append("    SizeLimit:\t").append(e.sizeLimit() == null ? "<unset>" : e.sizeLimit().text()).append('\n');
      } else if (source instanceof VolumeSource.ConfigMap c) {
        w.append("    Type:\tConfigMap (a volume populated by a ConfigMap)\n")
            .append("    Name:\t").append(c.name()).append('\n')
            .append("    Optional:\t").append(Boolean.TRUE.equals(c.optional())).append('\n');
      } else if (source instanceof VolumeSource.Secret sec) {
        w.append("    Type:\tSecret (a volume populated by a Secret)\n")
            .append("    SecretName:\t").append(sec.secretName()).append('\n')
            .append("    Optional:\t").append(Boolean.TRUE.equals(sec.optional())).append('\n');
      } else {
        w.append("    Type:\t").append(source.type()).append('\n');
      }
    }
  }

  private static void tolerations(StringBuilder w, List<Toleration> tolerations) {
    w.append("  Tolerations:\t");
    if (tolerations.isEmpty()) {
      w.append("<none>\n");
      return;
    }
    boolean first = true;
    for (Toleration t : tolerations) {
      if (!first) {
        w.append("  \t");
      }
      w.append(toleration(t)).append('\n');
      first = false;
    }
  }

  /** printTolerationsMultiline: {@code key=value:Effect op=Exists for 300s}. */
  static String toleration(Toleration t) {
    StringBuilder s = new StringBuilder(t.key() == null ? "" : t.key());
    if (t.value() != null && !t.value().isEmpty()) {
      s.append('=').append(t.value());
    }
    if (t.effect() != null) {
      s.append(':').append(t.effect());
    }
    if (Toleration.EXISTS.equals(t.operator())) {
      s.append(" op=Exists");
    }
    if (t.tolerationSeconds() != null) {
      s.append(" for ").append(t.tolerationSeconds()).append('s');
    }
    return s.toString();
  }
}
