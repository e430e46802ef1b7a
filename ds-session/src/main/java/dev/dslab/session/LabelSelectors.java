package dev.dslab.session;

import dev.dslab.model.meta.Selector;
import dev.dslab.model.meta.SelectorParseException;

/** {@code -l/--selector}: kubectl's label selector syntax, or everything when none is given. */
public final class LabelSelectors {
  private LabelSelectors() {}

  public static Selector parse(String text) throws CommandException {
    try {
      return text == null ? Selector.everything() : Selector.parse(text);
    } catch (SelectorParseException e) {
      throw new CommandException("error: " + e.getMessage());
    }
  }
}
