package dev.dslab.server.fieldmanager;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dslab.yaml.Trees;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Field ownership after the apiserver's fieldmanager and structured-merge-diff's merge.Updater: the
 * FieldsV1 form, Update taking changed fields, Apply merging, removing what it gave up, and
 * conflicting with another manager's values unless forced.
 */
class ManagedFieldsTest {
  private static final Instant T0 = Instant.parse("2026-12-03T10:00:00Z");
  private static final Manager KUBECTL = new Manager("kubectl", Manager.Operation.Apply, "apps/v1");
  private static final Manager SET =
      new Manager("kubectl-set", Manager.Operation.Update, "apps/v1");

  @SuppressWarnings("unchecked")
  private static Map<String, Object> tree(String yaml) {
    return (Map<String, Object>) Trees.parseAny("test", yaml);
  }

  private static Map<String, Object> ds(String image, String extra) {
    return tree(
        """
        apiVersion: apps/v1
        kind: DaemonSet
        metadata:
          name: agent
          namespace: default
        spec:
          selector:
            matchLabels:
              app: agent
          template:
            metadata:
              labels:
                app: agent
            spec:
              containers:
              - name: agent
                image: %s
        %s
        """
            .formatted(image, extra));
  }

  private static final String FIELDS_OF_DS =
      "{f:spec={f:selector={}, f:template={f:metadata={f:labels={f:app={}}},"
          + " f:spec={f:containers={k:{\"name\":\"agent\"}={.={}, f:image={}, f:name={}}}}}}}";

  @Test
  void fieldsV1OfAnAppliedDaemonSetKeysContainersByNameAndOwnsTheSelectorWhole() {
    // serialize.go: "." marks the list element itself; LabelSelector is map-type atomic
    assertThat(FieldSets.fieldsV1(FieldSets.of(ds("agent:1", ""))).toString())
        .isEqualTo(FIELDS_OF_DS);
  }

  @Test
  void aPathPrintsAsStructuredMergeDiffPrintsIt() {
    FieldPath image =
        new FieldPath(
            List.of(
                "f:spec", "f:template", "f:spec", "f:containers", "k:{\"name\":\"x\"}", "f:image"));
    assertThat(image).hasToString(".spec.template.spec.containers[name=\"x\"].image");
  }

  @Test
  void applyingAnotherValueForAFieldAnUpdaterSetIsAConflictWithUpstreamsMessage() {
    ManagedFields applied =
        ManagedFields.none("u1").afterApply(KUBECTL, ds("agent:1", ""), List.of(), T0);
    ManagedFields afterSet = applied.updated(SET, ds("agent:1", ""), ds("agent:2", ""), T0);

    ApplyResult refused = afterSet.apply(KUBECTL, ds("agent:2", ""), ds("agent:3", ""), false);

    assertThat(refused.merged()).isNull();
    assertThat(refused.message())
        .isEqualTo(
            "Apply failed with 1 conflict: conflict with \"kubectl-set\" using apps/v1:"
                + " .spec.template.spec.containers[name=\"agent\"].image");
    assertThat(refused.conflicts().get(0).printedOwner())
        .isEqualTo("\"kubectl-set\" using apps/v1");
  }

  @Test
  @SuppressWarnings("unchecked")
  void aForcedApplyTakesTheFieldFromItsOwner() {
    ManagedFields applied =
        ManagedFields.none("u1").afterApply(KUBECTL, ds("agent:1", ""), List.of(), T0);
    ManagedFields afterSet = applied.updated(SET, ds("agent:1", ""), ds("agent:2", ""), T0);
    List<Conflict> conflicts = afterSet.conflicts(KUBECTL, ds("agent:2", ""), ds("agent:3", ""));

    ApplyResult forced = afterSet.apply(KUBECTL, ds("agent:2", ""), ds("agent:3", ""), true);
    ManagedFields after = afterSet.afterApply(KUBECTL, ds("agent:3", ""), conflicts, T0);

    assertThat(forced.merged().toString()).contains("image=agent:3");
    // the updater owned only the image: it has no entry left
    assertThat(after.entries()).extracting(e -> e.manager().name()).containsExactly("kubectl");
    assertThat(after.conflicts(KUBECTL, forced.merged(), ds("agent:4", ""))).isEmpty();
  }

  @Test
  void applyingTheValueAnotherManagerSetSharesTheFieldWithoutConflict() {
    ManagedFields set = ManagedFields.none("u1").updated(SET, null, ds("agent:2", ""), T0);
    assertThat(set.conflicts(KUBECTL, ds("agent:2", ""), ds("agent:2", ""))).isEmpty();
  }

  @Test
  void aFieldTheApplierDropsIsRemovedUnlessAnotherManagerOwnsIt() {
    Map<String, Object> first =
        ds("agent:1", "      nodeSelector:\n        disk: ssd\n      hostNetwork: true");
    ManagedFields applied = ManagedFields.none("u1").afterApply(KUBECTL, first, List.of(), T0);
    // another manager wrote hostNetwork too (same value): it shares that field, not the selector
    ManagedFields shared =
        applied.updated(
            new Manager("ops", Manager.Operation.Update, "apps/v1"),
            ds("agent:1", "      nodeSelector:\n        disk: ssd"),
            first,
            T0);

    ApplyResult result = shared.apply(KUBECTL, first, ds("agent:1", ""), false);

    String merged = result.merged().toString();
    assertThat(merged).doesNotContain("disk=ssd").contains("hostNetwork=true");
  }

  @Test
  @SuppressWarnings("unchecked")
  void managedFieldsServeAsTheApiServerWritesThem() {
    Map<String, Object> entry =
        (Map<String, Object>)
            ManagedFields.none("u1")
                .afterApply(KUBECTL, ds("agent:1", ""), List.of(), T0.plusMillis(700))
                .toTree()
                .get(0);
    assertThat(entry.keySet())
        .containsExactly("manager", "operation", "apiVersion", "time", "fieldsType", "fieldsV1");
    assertThat(entry.get("time")).isEqualTo("2026-12-03T10:00:00Z");
    assertThat(entry.get("operation")).isEqualTo("Apply");
    assertThat(entry.get("fieldsV1").toString()).isEqualTo(FIELDS_OF_DS);
  }

  @Test
  void managedFieldsReadBackFromTheirServedFormAreTheSame() {
    ManagedFields fields =
        ManagedFields.none("u1")
            .afterApply(KUBECTL, ds("agent:1", ""), List.of(), T0)
            .updated(SET, ds("agent:1", ""), ds("agent:2", ""), T0);
    assertThat(ManagedFields.fromTree("u1", fields.toTree())).isEqualTo(fields);
  }

  @Test
  void aManagedFieldsEntryWithAnUnknownOperationIsRefusedNamingIt() {
    List<Object> tree =
        List.of(
            Map.of(
                "manager",
                "x",
                "operation",
                "Merge",
                "apiVersion",
                "apps/v1",
                "fieldsV1",
                Map.of()));
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> ManagedFields.fromTree("u1", tree))
        .hasMessage("metadata.managedFields[0].operation: Unsupported value: \"Merge\"");
  }

  @Test
  @SuppressWarnings("unchecked")
  void kubectlsApplyIsForgivenConflictsOnFieldsItsLastAppliedConfigurationStillHolds() {
    Map<String, Object> live = ds("agent:1", "");
    ((Map<String, Object>) live.get("metadata"))
        .put(
            "annotations",
            Map.of(
                LastApplied.ANNOTATION,
                "{\"apiVersion\":\"apps/v1\",\"kind\":\"DaemonSet\",\"spec\":{\"template\":"
                    + "{\"spec\":{\"containers\":[{\"name\":\"agent\",\"image\":\"agent:1\"}]}}}}"));
    ManagedFields csa =
        ManagedFields.none("u1")
            .updated(
                new Manager("kubectl-client-side-apply", Manager.Operation.Update, "apps/v1"),
                null,
                live,
                T0);
    List<Conflict> conflicts = csa.conflicts(KUBECTL, live, ds("agent:2", ""));
    assertThat(conflicts).hasSize(1);
    assertThat(LastApplied.allowsConflicts("kubectl", "apps/v1", live, conflicts)).isTrue();
    // another manager name opts out, as upstream
    assertThat(LastApplied.allowsConflicts("helm", "apps/v1", live, conflicts)).isFalse();
    // a live image that is no longer the last-applied one stays a conflict
    Map<String, Object> changed = new java.util.LinkedHashMap<>(live);
    changed.put("spec", ds("agent:9", "").get("spec"));
    assertThat(LastApplied.allowsConflicts("kubectl", "apps/v1", changed, conflicts)).isFalse();
  }
}
