package dev.dslab.print;

import dev.dslab.model.apps.Deployment;
import dev.dslab.model.apps.ReplicaSet;
import dev.dslab.model.core.Container;
import dev.dslab.model.core.PodSpec;
import dev.dslab.model.core.PodTemplateSpec;
import dev.dslab.model.meta.LabelSelector;
import dev.dslab.print.KindTable.Scope;
import java.time.Instant;
import java.util.List;
import java.util.function.Function;

/** printDeployment and printReplicaSet (pkg/printers/internalversion/printers.go). */
final class DeploymentTables {
  private DeploymentTables() {}

  static final KindTable<Deployment> DEPLOYMENTS =
      new KindTable<>(Deployment.class, Scope.NAMESPACED, DeploymentTables::deploymentColumns);

  static final KindTable<ReplicaSet> REPLICA_SETS =
      new KindTable<>(ReplicaSet.class, Scope.NAMESPACED, DeploymentTables::replicaSetColumns);

  static List<Column<Deployment>> deploymentColumns(Instant now) {
    return List.of(
        Column.name(),
        Column.of("Ready", d -> d.status().readyReplicas() + "/" + d.replicas()),
        Column.of("Up-to-date", d -> Integer.toString(d.status().updatedReplicas())),
        Column.of("Available", d -> Integer.toString(d.status().availableReplicas())),
        Column.age(now),
        Column.wide("Containers", d -> eachContainer(d.spec().template(), Container::name)),
        Column.wide("Images", d -> eachContainer(d.spec().template(), Container::image)),
        Column.wide("Selector", d -> selector(d.spec().selector())));
  }

  static List<Column<ReplicaSet>> replicaSetColumns(Instant now) {
    return List.of(
        Column.name(),
        Column.of("Desired", rs -> Integer.toString(rs.replicas())),
        Column.of("Current", rs -> Integer.toString(rs.status().replicas())),
        Column.of("Ready", rs -> Integer.toString(rs.status().readyReplicas())),
        Column.age(now),
        Column.wide("Containers", rs -> eachContainer(rs.spec().template(), Container::name)),
        Column.wide("Images", rs -> eachContainer(rs.spec().template(), Container::image)),
        Column.wide("Selector", rs -> selector(rs.spec().selector())));
  }

  /** layoutContainerCells: one value per container of the template, comma-joined. */
  static String eachContainer(PodTemplateSpec template, Function<Container, String> value) {
    PodSpec spec = template == null ? PodSpec.of() : template.spec();
    return String.join(
        ",", spec.containers().stream().map(c -> Cells.orEmpty(value.apply(c))).toList());
  }

  /** metav1.FormatLabelSelector, which reads {@code <none>} for an absent selector too. */
  static String selector(LabelSelector selector) {
    return selector == null ? "<none>" : selector.format();
  }
}
