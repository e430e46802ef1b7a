package dev.dslab.desktop.daemonsets;

import dev.dslab.model.apps.DaemonSet;
import dev.dslab.model.apps.DaemonSetSpec;
import dev.dslab.model.apps.DaemonSetUpdateStrategy;
import dev.dslab.model.apps.RollingUpdateDaemonSet;
import dev.dslab.model.core.Container;
import dev.dslab.model.core.PodSpec;
import dev.dslab.model.meta.IntOrString;
import java.util.ArrayList;
import java.util.List;

/**
 * What the DaemonSet editor changes: each container's image, and the update strategy with its two
 * budgets as typed ({@code 1}, {@code 10%}; blank for unset). Pure: the API server validates the
 * result and answers in its own words ({@code spec.updateStrategy.rollingUpdate.maxUnavailable:
 * Invalid value ...}), as it would answer {@code kubectl edit}.
 */
public record DaemonSetEdit(
    List<ContainerImage> images, String strategy, String maxUnavailable, String maxSurge) {
  /** One container of the template and its image. */
  public record ContainerImage(String container, String image) {}

  public DaemonSetEdit {
    images = List.copyOf(images);
  }

  /** The DaemonSet's values as they are (the budgets as kubectl shows them). */
  public static DaemonSetEdit of(DaemonSet ds) {
    List<ContainerImage> images = new ArrayList<>();
    for (Container c : ds.spec().template().spec().containers()) {
      images.add(new ContainerImage(c.name(), c.image()));
    }
    DaemonSetUpdateStrategy s = ds.spec().updateStrategy();
    RollingUpdateDaemonSet ru = s == null ? null : s.rollingUpdate();
    String type = s == null || s.type() == null ? DaemonSetUpdateStrategy.ROLLING_UPDATE : s.type();
    return new DaemonSetEdit(
        images,
        type,
        text(ru == null ? null : ru.maxUnavailable()),
        text(ru == null ? null : ru.maxSurge()));
  }

  /** The DaemonSet with this edit: images set per container name, the strategy replaced. */
  public DaemonSet applyTo(DaemonSet ds) {
    List<Container> containers = new ArrayList<>();
    for (Container c : ds.spec().template().spec().containers()) {
      containers.add(
          images.stream()
              .filter(i -> i.container().equals(c.name()))
              .findFirst()
              .map(i -> c.withImage(i.image().strip()))
              .orElse(c));
    }
    PodSpec pod = ds.spec().template().spec().withContainers(containers);
    DaemonSetUpdateStrategy strategyValue =
        DaemonSetUpdateStrategy.ON_DELETE.equals(strategy)
            ? new DaemonSetUpdateStrategy(DaemonSetUpdateStrategy.ON_DELETE, null)
            : new DaemonSetUpdateStrategy(
                DaemonSetUpdateStrategy.ROLLING_UPDATE,
                new RollingUpdateDaemonSet(value(maxUnavailable), value(maxSurge)));
    DaemonSetSpec spec =
        ds.spec()
            .withTemplate(ds.spec().template().withSpec(pod))
            .withUpdateStrategy(strategyValue);
    return ds.withSpec(spec);
  }

  /** A one-line summary for the history list: {@code image agent=agent:2, RollingUpdate 10%/0}. */
  public String describe() {
    StringBuilder b = new StringBuilder();
    for (ContainerImage i : images) {
      b.append(b.length() == 0 ? "image " : ", ")
          .append(i.container())
          .append('=')
          .append(i.image().strip());
    }
    b.append(b.length() == 0 ? "" : ", ").append(strategy);
    if (!DaemonSetUpdateStrategy.ON_DELETE.equals(strategy)) {
      b.append(' ').append(blankAs(maxUnavailable, "-")).append('/').append(blankAs(maxSurge, "-"));
    }
    return b.toString();
  }

  private static String blankAs(String text, String fallback) {
    return text == null || text.isBlank() ? fallback : text.strip();
  }

  private static String text(IntOrString v) {
    return v == null ? "" : v.isInt() ? Integer.toString(v.intValue()) : v.stringValue();
  }

  /** As YAML reads a budget: digits are an int, anything else a string ("10%"), blank is unset. */
  static IntOrString value(String text) {
    if (text == null || text.isBlank()) {
      return null;
    }
    String t = text.strip();
    if (t.matches("-?\\d{1,9}")) {
      return IntOrString.of(Integer.parseInt(t));
    }
    return IntOrString.of(t);
  }
}
