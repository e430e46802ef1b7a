package dev.dslab.print;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import org.junit.jupiter.api.Test;

class TabWriterTest {
  private static final TabWriter KUBECTL = TabWriter.KUBECTL;

  @Test
  void kubectlConfiguresMinWidthSixTabWidthFourPaddingThreeAndSpaces() {
    assertThat(KUBECTL).isEqualTo(new TabWriter(6, 4, 3, ' '));
  }

  @Test
  void aTwoCharacterColumnIsWidenedToTheMinimumWidthOfSix() {
    assertThat(KUBECTL.format("ab\tc\n")).isEqualTo("ab    c\n");
  }

  @Test
  void aColumnIsItsWidestCellPlusThreeOfPadding() {
    assertThat(KUBECTL.format("abcdefgh\tx\nab\ty\n")).isEqualTo("abcdefgh   x\nab         y\n");
  }

  @Test
  void textAfterTheLastTabIsNeitherAlignedNorPadded() {
    assertThat(KUBECTL.format("a\tshort\nb\ta much longer tail\n"))
        .isEqualTo("a     short\nb     a much longer tail\n");
  }

  @Test
  void aTabTerminatedLastCellIsPaddedLikeAnyOther() {
    assertThat(KUBECTL.format("a\t\n")).isEqualTo("a     \n");
  }

  @Test
  void emptyCellsArePaddedToTheColumnWidth() {
    assertThat(KUBECTL.format("\tx\nabc\ty\n")).isEqualTo("      x\nabc   y\n");
  }

  @Test
  void aColumnBlockEndsAtALineWithFewerCells() {
    // the godoc example: b and c are in distinct column blocks, as line 3 has no second column
    String text = "aaaa\tbbb\td\n" + "aa\tb\tdd\n" + "a\t\n" + "aa\tcccc\teee\n";

    assertThat(KUBECTL.format(text))
        .isEqualTo("aaaa   bbb   d\n" + "aa     b     dd\n" + "a      \n" + "aa     cccc   eee\n");
  }

  @Test
  void linesAfterALineWithoutTabsStartTheirColumnsAfresh() {
    assertThat(KUBECTL.format("aaaaaaaaaa\tx\nno tabs here\nb\ty\n"))
        .isEqualTo("aaaaaaaaaa   x\nno tabs here\nb     y\n");
  }

  @Test
  void widthCountsCodePointsAsGoCountsRunes() {
    // U+1F600 is two Java chars but one rune
    assertThat(KUBECTL.format("\uD83D\uDE00\u00e9\tx\nab\ty\n"))
        .isEqualTo("\uD83D\uDE00\u00e9    x\nab    y\n");
  }

  @Test
  void textWithoutTrailingNewlineKeepsItsLastLineUnterminated() {
    assertThat(KUBECTL.format("a\tb\nccccccc\td")).isEqualTo("a         b\nccccccc   d");
  }

  @Test
  void aFormfeedEndsEveryColumnAndPrintsAsANewline() {
    assertThat(KUBECTL.format("aaaaaaaaa\tx\fb\ty\n")).isEqualTo("aaaaaaaaa   x\nb     y\n");
  }

  @Test
  void aVerticalTabAlsoTerminatesACell() {
    assertThat(KUBECTL.format("a\u000Bb\n")).isEqualTo("a     b\n");
  }

  @Test
  void tabPaddingFillsUpToTheNextTabStopAtOrAfterTheColumnWidth() {
    TabWriter tabs = new TabWriter(0, 8, 1, '\t');

    // column width 9 + 1 = 10, so cells end at the tab stop 16
    assertThat(tabs.format("a\tb\naaaaaaaaa\tc\n")).isEqualTo("a\t\tb\naaaaaaaaa\tc\n");
  }

  @Test
  void negativeSettingsAreRejected() {
    assertThatIllegalArgumentException().isThrownBy(() -> new TabWriter(-1, 4, 3, ' '));
  }
}
