package dev.dslab.print;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dslab.model.apiextensions.PrinterColumn;
import dev.dslab.model.meta.ObjectMeta;
import dev.dslab.model.meta.Unstructured;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/**
 * Custom resources as apiextensions-apiserver's tableconvertor prints them
 * (pkg/registry/customresource/tableconvertor): NAME, then each additionalPrinterColumn's value at
 * its JSONPath, a date as an age, the priority > 0 ones with -o wide; NAME and AGE without columns.
 */
class CustomResourceTableTest {
  private static final Instant CREATED = Instant.parse("2025-01-01T00:00:00Z");
  private static final Instant NOW = CREATED.plusSeconds(150);

  private static final List<PrinterColumn> COLUMNS =
      List.of(
          new PrinterColumn("Spec", "string", "", "", 0, ".spec.cronSpec"),
          new PrinterColumn("Replicas", "integer", "", "", 0, ".spec.replicas"),
          new PrinterColumn("Node", "string", "", "", 1, ".status.nodes[0]"),
          new PrinterColumn("Age", "date", "", "", 0, ".metadata.creationTimestamp"));

  private static Unstructured cronTab(String name, Map<String, Object> content) {
    return new Unstructured(
        "stable.example.com/v1",
        "CronTab",
        ObjectMeta.named("default", name).withCreationTimestamp(CREATED),
        new TreeMap<>(content));
  }

  private static final Unstructured NIGHTLY =
      cronTab(
          "nightly",
          Map.of(
              "spec", Map.of("cronSpec", "0 3 * * *", "replicas", 2L),
              "status", Map.of("nodes", List.of("worker-1"))));
  private static final Unstructured BARE = cronTab("bare", Map.of());

  @Test
  void thePrinterColumnsFollowTheNameAndAMissingValueIsLeftEmpty() {
    assertThat(
            Printers.table(
                List.of(NIGHTLY, BARE),
                NOW,
                new TableOptions(false, false, false, false),
                COLUMNS,
                true))
        .isEqualTo(
            """
            NAME      SPEC        REPLICAS   AGE
            nightly   0 3 * * *   2          2m30s
            bare                             2m30s
            """);
  }

  @Test
  void wideAddsTheColumnsOfHigherPriority() {
    assertThat(
            Printers.table(
                List.of(NIGHTLY), NOW, new TableOptions(true, false, false, false), COLUMNS, true))
        .isEqualTo(
            """
            NAME      SPEC        REPLICAS   NODE       AGE
            nightly   0 3 * * *   2          worker-1   2m30s
            """);
  }

  @Test
  void withoutColumnsANameAndAnAge() {
    assertThat(
            Printers.table(
                List.of(NIGHTLY),
                NOW,
                new TableOptions(false, false, false, false),
                List.of(),
                true))
        .isEqualTo(
            """
            NAME      AGE
            nightly   2m30s
            """);
  }
}
