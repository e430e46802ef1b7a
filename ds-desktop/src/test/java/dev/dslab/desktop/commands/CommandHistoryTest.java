package dev.dslab.desktop.commands;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class CommandHistoryTest {
  private final List<String> log = new ArrayList<>();

  private Command command(String name) {
    return new Command() {
      @Override
      public void execute() {
        log.add("do " + name);
      }

      @Override
      public void undo() {
        log.add("undo " + name);
      }

      @Override
      public String description() {
        return name;
      }
    };
  }

  @Test
  void undoesAndRedoesInOrder() throws RequestRefused {
    CommandHistory h = new CommandHistory();
    h.execute(command("a"));
    h.execute(command("b"));
    assertThat(h.entries()).containsExactly("b", "a");
    assertThat(h.undo()).isTrue();
    assertThat(h.canRedoProperty().get()).isTrue();
    assertThat(h.redo()).isTrue();
    assertThat(h.undo()).isTrue();
    assertThat(h.undo()).isTrue();
    assertThat(h.undo()).isFalse();
    assertThat(log).containsExactly("do a", "do b", "undo b", "do b", "undo b", "undo a");
    assertThat(h.canUndoProperty().get()).isFalse();
  }

  @Test
  void newCommandClearsRedo() throws RequestRefused {
    CommandHistory h = new CommandHistory();
    h.execute(command("a"));
    h.undo();
    h.execute(command("b"));
    assertThat(h.redo()).isFalse();
    assertThat(h.entries()).containsExactly("b");
  }

  @Test
  void failedCommandIsNotRecorded() {
    CommandHistory h = new CommandHistory();
    Command failing =
        new Command() {
          @Override
          public void execute() throws RequestRefused {
            throw new RequestRefused("no");
          }

          @Override
          public void undo() {}

          @Override
          public String description() {
            return "failing";
          }
        };
    assertThatThrownBy(() -> h.execute(failing)).isInstanceOf(RequestRefused.class);
    assertThat(h.entries()).isEmpty();
    assertThat(h.canUndoProperty().get()).isFalse();
  }
}
