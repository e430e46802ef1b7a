package dev.dslab.yaml.source;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import org.junit.jupiter.api.Test;

class DocumentsTest {

  @Test
  void cutsOnDocumentMarkersKeepingEachMarkerWithTheDocumentItStarts() {
    assertThat(Documents.split("a: 1\n---\nb: 2\n--- # third\nc: 3\n"))
        .extracting(
            DocumentText::number,
            DocumentText::firstLine,
            DocumentText::lastLine,
            DocumentText::text)
        .containsExactly(
            tuple(1, 1, 1, "a: 1\n"),
            tuple(2, 2, 3, "---\nb: 2\n"),
            tuple(3, 4, 6, "--- # third\nc: 3\n"));
  }

  @Test
  void aLeadingMarkerStartsTheFirstDocument() {
    assertThat(Documents.split("---\na: 1\n"))
        .extracting(DocumentText::number, DocumentText::firstLine)
        .containsExactly(tuple(1, 1));
  }

  @Test
  void commentsAboveTheFirstMarkerAreNoDocument() {
    assertThat(Documents.split("# header\n\n---\na: 1\n"))
        .extracting(DocumentText::number, DocumentText::firstLine)
        .containsExactly(tuple(1, 3));
  }

  @Test
  void countsEmptyDocumentsBetweenMarkers() {
    assertThat(Documents.split("a: 1\n---\n---\nb: 2\n"))
        .extracting(DocumentText::number, DocumentText::firstLine)
        .containsExactly(tuple(1, 1), tuple(2, 2), tuple(3, 3));
  }

  @Test
  void onlyThreeDashesAtTheStartOfALineFollowedByABlankAreAMarker() {
    assertThat(Documents.split("a: ---\n----\n ---\n---x\n")).hasSize(1);
    assertThat(Documents.split("a: 1\n---\t\nb: 2\n")).hasSize(2);
    assertThat(Documents.split("a: 1\r\n---\r\nb: 2\r\n")).hasSize(2);
  }

  @Test
  void sniffsJsonByItsFirstCharacterAsKubectlDoes() {
    assertThat(Documents.isJson("  \n{\"kind\": \"Pod\"}")).isTrue();
    assertThat(Documents.isJson("kind: Pod")).isFalse();
    assertThat(Documents.isJson("# {\n")).isFalse();
    assertThat(Documents.isJson("")).isFalse();
  }
}
