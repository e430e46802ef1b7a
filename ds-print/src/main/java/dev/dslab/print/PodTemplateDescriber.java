package dev.dslab.print;

import dev.dslab.model.core.Container;
import dev.dslab.model.core.ContainerPort;
import dev.dslab.model.core.ContainerState;
import dev.dslab.model.core.ContainerStatus;
import dev.dslab.model.core.EnvVar;
import dev.dslab.model.core.PodTemplateSpec;
import dev.dslab.model.core.Quantity;
import dev.dslab.model.core.Toleration;
import dev.dslab.model.core.Volume;
import dev.dslab.model.core.VolumeMount;
import dev.dslab.model.core.VolumeSource;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The pieces kubectl describe (describe.go) builds its pages from — labels and annotations on
 * several lines, containers, volumes, tolerations — and the {@code Pod Template:} section of {@code
 * describe daemonset} and {@code rollout history --revision}. Text is built with tabs and aligned
 * by {@link #DESCRIBE} (tabwriter with minwidth 0, tabwidth 8, padding 2; a line without a tab ends
 * an alignment block).
 */
public final class PodTemplateDescriber {
  /** describe's tabwriter. */
  public static final TabWriter DESCRIBE = new TabWriter(0, 8, 2, ' ');

  /** describe's maxAnnotationLen: longer annotations go on lines of their own, shortened. */
  static final int MAX_ANNOTATION_LENGTH = 140;

  private static final DateTimeFormatter RFC1123Z =
      DateTimeFormatter.ofPattern("EEE, dd MMM yyyy HH:mm:ss Z", Locale.ENGLISH)
          .withZone(ZoneOffset.UTC);

  private PodTemplateDescriber() {}

  public static String describe(PodTemplateSpec template) {
    return DESCRIBE.format(raw(template));
  }

  /** The section with tabs still in, so that a caller can embed it in a longer description. */
  public static String raw(PodTemplateSpec template) {
    StringBuilder w = new StringBuilder("Pod Template:\n");
    labels(w, "  Labels", template.metadata().labels());
    if (!template.metadata().annotations().isEmpty()) {
      annotations(w, "  Annotations", template.metadata().annotations());
    }
    if (template.spec().serviceAccountName() != null) {
      w.append("  Service Account:\t").append(template.spec().serviceAccountName()).append('\n');
    }
    if (!template.spec().initContainers().isEmpty()) {
      containers(w, "Init Containers", template.spec().initContainers(), null, "  ");
    }
    containers(w, "Containers", template.spec().containers(), null, "  ");
    volumes(w, template.spec().volumes(), "  ");
    if (template.spec().priorityClassName() != null) {
      w.append("  Priority Class Name:\t").append(template.spec().priorityClassName()).append('\n');
    }
    labels(w, "  Node-Selectors", template.spec().nodeSelector());
    tolerations(w, "  Tolerations", template.spec().tolerations());
    return w.toString();
  }

  /** RFC 1123 with a numeric zone, as describe prints times. */
  static String time(Instant t) {
    return t == null ? "<unset>" : RFC1123Z.format(t);
  }

  /** printLabelsMultiline: the first label on the title's line, the others under it, sorted. */
  static void labels(StringBuilder w, String title, Map<String, String> values) {
    multiline(
        w,
        title,
        values.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue()).sorted().toList());
  }

  /**
   * printAnnotationsMultiline: {@code key: value}; long or multi-line values under the key,
   * shortened.
   */
  static void annotations(StringBuilder w, String title, Map<String, String> values) {
    w.append(title).append(":\t");
    List<String> keys =
        values.keySet().stream().filter(k -> !k.equals(Describers.LAST_APPLIED)).sorted().toList();
    if (keys.isEmpty()) {
      w.append("<none>\n");
      return;
    }
    for (int i = 0; i < keys.size(); i++) {
      String key = keys.get(i);
      if (i != 0) {
        w.append('\t');
      }
      String value =
          values.get(key).endsWith("\n")
              ? values.get(key).substring(0, values.get(key).length() - 1)
              : values.get(key);
      if (value.length() + key.length() + 2 > MAX_ANNOTATION_LENGTH || value.contains("\n")) {
        w.append(key).append(":\n");
        for (String line : value.split("\n", -1)) {
          String shown =
              line.length() > MAX_ANNOTATION_LENGTH - 2
                  ? line.substring(0, MAX_ANNOTATION_LENGTH - 2) + "..."
                  : line;
          w.append("\t  ").append(shown).append('\n');
        }
      } else {
        w.append(key).append(": ").append(value).append('\n');
      }
    }
  }

  /** The first entry on the title's line, the others on lines of their own in the same column. */
  static void multiline(StringBuilder w, String title, List<String> entries) {
    w.append(title).append(":\t");
    if (entries.isEmpty()) {
      w.append("<none>\n");
      return;
    }
    for (int i = 0; i < entries.size(); i++) {
      if (i != 0) {
        w.append('\t');
      }
      w.append(entries.get(i)).append('\n');
    }
  }

  /**
   * describeContainers: for a template ({@code statuses} null) or a pod; {@code space} is the
   * indentation of the section title ({@code " "} inside a Pod Template).
   */
  static void containers(
      StringBuilder w,
      String title,
      List<Container> containers,
      List<ContainerStatus> statuses,
      String space) {
    w.append(space)
        .append(title)
        .append(':')
        .append(containers.isEmpty() ? " <none>" : "")
        .append('\n');
    Map<String, ContainerStatus> byName =
        statuses == null
            ? Map.of()
            : statuses.stream()
                .collect(Collectors.toMap(ContainerStatus::name, Function.identity(), (a, b) -> a));
    for (Container c : containers) {
      ContainerStatus status = byName.get(c.name());
      w.append("  ").append(space.isEmpty() ? "" : " ").append(c.name()).append(":\n");
      if (status != null) {
        w.append("    Container ID:\t\n");
      }
      w.append("    Image:\t").append(c.image()).append('\n');
      if (status != null) {
        w.append("    Image ID:\t\n");
      }
      ports(w, c.ports(), false);
      ports(w, c.ports(), true);
      lines(w, "Command", c.command());
      lines(w, "Args", c.args());
      if (status != null) {
        state(w, "State", status.state());
        if (status.lastState() instanceof ContainerState.Terminated) {
          state(w, "Last State", status.lastState());
        }
        w.append("    Ready:\t").append(status.ready() ? "True" : "False").append('\n');
        w.append("    Restart Count:\t").append(status.restartCount()).append('\n');
      }
      resources(w, "Limits", c.resources().limits());
      resources(w, "Requests", c.resources().requests());
      environment(w, c.env());
      mounts(w, c.volumeMounts());
    }
  }

  private static void ports(StringBuilder w, List<ContainerPort> ports, boolean host) {
    String text =
        ports.stream()
            .map(
                p ->
                    (host ? p.hostPort() : p.containerPort())
                        + "/"
                        + p.protocol()
                        + (p.name() == null || p.name().isEmpty() ? "" : " (" + p.name() + ")"))
            .collect(Collectors.joining(", "));
    String title = host ? "Host Port" : "Port";
    if (text.contains(",")) {
      w.append("    ").append(title).append("s:\t").append(text).append('\n');
    } else {
      w.append("    ")
          .append(title)
          .append(":\t")
          .append(text.isEmpty() ? "<none>" : text)
          .append('\n');
    }
  }

  private static void lines(StringBuilder w, String title, List<String> values) {
    if (values.isEmpty()) {
      return;
    }
    w.append("    ").append(title).append(":\n");
    values.forEach(
        v -> {
          for (String s : v.split("\n", -1)) {
            w.append("      ").append(s).append('\n');
          }
        });
  }

  private static void state(StringBuilder w, String title, ContainerState state) {
    if (state instanceof ContainerState.Running r) {
      w.append("    ")
          .append(title)
          .append(":\tRunning\n      Started:\t")
          .append(time(r.startedAt()))
          .append('\n');
    } else if (state instanceof ContainerState.Terminated t) {
      w.append("    ").append(title).append(":\tTerminated\n");
      if (t.reason() != null && !t.reason().isEmpty()) {
        w.append("      Reason:\t").append(t.reason()).append('\n');
      }
      w.append("      Exit Code:\t").append(t.exitCode()).append('\n');
      w.append("      Started:\t").append(time(t.startedAt())).append('\n');
      w.append("      Finished:\t").append(time(t.finishedAt())).append('\n');
    } else {
      w.append("    ").append(title).append(":\tWaiting\n");
      if (state instanceof ContainerState.Waiting wt
          && wt.reason() != null
          && !wt.reason().isEmpty()) {
        w.append("      Reason:\t").append(wt.reason()).append('\n');
      }
    }
  }

  private static void resources(StringBuilder w, String title, Map<String, Quantity> values) {
    if (values.isEmpty()) {
      return;
    }
    w.append("    ").append(title).append(":\n");
    values.forEach(
        (k, v) -> w.append("      ").append(k).append(":\t").append(v.text()).append('\n'));
  }

  private static void environment(StringBuilder w, List<EnvVar> env) {
    if (env.isEmpty()) {
      w.append("    Environment:\t<none>\n");
      return;
    }
    w.append("    Environment:\n");
    for (EnvVar e : env) {
      w.append("      ")
          .append(e.name())
          .append(":\t")
          .append(e.value() != null ? e.value() : "<set to a reference>")
          .append('\n');
    }
  }

  /** describeContainerVolumes: sorted by mount path, {@code (ro)} or {@code (rw)}. */
  private static void mounts(StringBuilder w, List<VolumeMount> mounts) {
    if (mounts.isEmpty()) {
      w.append("    Mounts:\t<none>\n");
      return;
    }
    w.append("    Mounts:\n");
    for (VolumeMount m :
        mounts.stream().sorted(Comparator.comparing(VolumeMount::mountPath)).toList()) {
      w.append("      ")
          .append(m.mountPath())
          .append(" from ")
          .append(m.name())
          .append(" (")
          .append(m.readOnly() ? "ro" : "rw")
          .append(
              m.subPath() == null || m.subPath().isEmpty() ? "" : ",path=\"" + m.subPath() + "\"")
          .append(")\n");
    }
  }

  /**
   * describeVolumes. A hostPath type left unset prints empty, as the API server defaults it to "".
   */
  static void volumes(StringBuilder w, List<Volume> volumes, String space) {
    if (volumes.isEmpty()) {
      w.append(space).append("Volumes:\t<none>\n");
      return;
    }
    w.append(space).append("Volumes:\n");
    for (Volume v : volumes) {
      w.append("  ").append(space.isEmpty() ? "" : " ").append(v.name()).append(":\n");
      VolumeSource source = v.source();
      if (source instanceof VolumeSource.HostPath h) {
        w.append("    Type:\tHostPath (bare host directory volume)\n")
            .append("    Path:\t")
            .append(h.path())
            .append('\n')
            .append("    HostPathType:\t")
            .append(h.hostPathType() == null ? "" : h.hostPathType())
            .append('\n');
      } else if (source instanceof VolumeSource.EmptyDir e) {
        w.append("    Type:\tEmptyDir (a temporary directory that shares a pod's lifetime)\n")
            .append("    Medium:\t")
            .append(e.medium() == null ? "" : e.medium())
            .append('\n')
            .append("    SizeLimit:\t")
            .append(e.sizeLimit() == null ? "<unset>" : e.sizeLimit().text())
            .append('\n');
      } else if (source instanceof VolumeSource.ConfigMap c) {
        w.append("    Type:\tConfigMap (a volume populated by a ConfigMap)\n")
            .append("    Name:\t")
            .append(c.name())
            .append('\n')
            .append("    Optional:\t")
            .append(Boolean.TRUE.equals(c.optional()))
            .append('\n');
      } else if (source instanceof VolumeSource.Secret sec) {
        w.append("    Type:\tSecret (a volume populated by a Secret)\n")
            .append("    SecretName:\t")
            .append(sec.secretName())
            .append('\n')
            .append("    Optional:\t")
            .append(Boolean.TRUE.equals(sec.optional()))
            .append('\n');
      } else {
        w.append("    Type:\t").append(source.type()).append('\n');
      }
    }
  }

  /** printTolerationsMultiline: sorted by key; {@code key=value:Effect op=Exists for Ns}. */
  static void tolerations(StringBuilder w, String title, List<Toleration> tolerations) {
    multiline(
        w,
        title,
        tolerations.stream()
            .sorted(Comparator.comparing(t -> t.key() == null ? "" : t.key()))
            .map(PodTemplateDescriber::toleration)
            .toList());
  }

  static String toleration(Toleration t) {
    String key = t.key() == null ? "" : t.key();
    String value = t.value() == null ? "" : t.value();
    StringBuilder s = new StringBuilder(key);
    if (!value.isEmpty()) {
      s.append('=').append(value);
    }
    if (t.effect() != null) {
      s.append(':').append(t.effect());
    }
    if (Toleration.EXISTS.equals(t.operator()) && value.isEmpty()) {
      s.append(key.isEmpty() && t.effect() == null ? "op=Exists" : " op=Exists");
    }
    if (t.tolerationSeconds() != null) {
      s.append(" for ").append(t.tolerationSeconds()).append('s');
    }
    return s.toString();
  }
}
