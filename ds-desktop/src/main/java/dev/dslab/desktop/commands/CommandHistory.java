package dev.dslab.desktop.commands;

import java.util.ArrayDeque;
import java.util.Deque;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The undo and redo stacks. A command that fails is not recorded; a command that fails to undo (the
 * cluster changed under it, e.g. the node is gone) stays where it was so nothing is lost. {@link
 * #entries()} lists done commands newest first, as the history panel shows them.
 */
public final class CommandHistory {
  private final Deque<Command> done = new ArrayDeque<>();
  private final Deque<Command> undone = new ArrayDeque<>();
  private final ObservableList<String> entries = FXCollections.observableArrayList();

  /**
   * One read-only view, kept, so that listeners on it live as long as the history (see
   * NotificationsViewModel).
   */
  private final ObservableList<String> entriesView =
      FXCollections.unmodifiableObservableList(entries);

  private final ReadOnlyBooleanWrapper canUndo = new ReadOnlyBooleanWrapper(false);
  private final ReadOnlyBooleanWrapper canRedo = new ReadOnlyBooleanWrapper(false);

  public void execute(Command command) throws RequestRefused {
    command.execute();
    done.push(command);
    undone.clear();
    changed();
  }

  /** Undoes the newest command; false when there is none. */
  public boolean undo() throws RequestRefused {
    Command command = done.peek();
    if (command == null) {
      return false;
    }
    command.undo();
    undone.push(done.pop());
    changed();
    return true;
  }

  /** Redoes the newest undone command; false when there is none. */
  public boolean redo() throws RequestRefused {
    Command command = undone.peek();
    if (command == null) {
      return false;
    }
    command.execute();
    done.push(undone.pop());
    changed();
    return true;
  }

  private void changed() {
    entries.setAll(done.stream().map(Command::description).toList());
    canUndo.set(!done.isEmpty());
    canRedo.set(!undone.isEmpty());
  }

  public ObservableList<String> entries() {
    return entriesView;
  }

  public ReadOnlyBooleanProperty canUndoProperty() {
    return canUndo.getReadOnlyProperty();
  }

  public ReadOnlyBooleanProperty canRedoProperty() {
    return canRedo.getReadOnlyProperty();
  }
}
