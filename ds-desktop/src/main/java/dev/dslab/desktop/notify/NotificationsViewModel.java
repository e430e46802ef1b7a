package dev.dslab.desktop.notify;

import java.util.List;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The notifications on screen. The view dismisses them after a while or on a click; only a few are
 * kept, the newest last.
 */
public final class NotificationsViewModel {
  static final int MAX_SHOWN = 4;
  private final ObservableList<Notification> shown = FXCollections.observableArrayList();

  /**
   * One read-only view, kept: a view made per call would hold its listeners weakly and be collected
   * with them, and the pane would stop hearing of new notifications after the next garbage
   * collection.
   */
  private final ObservableList<Notification> shownView =
      FXCollections.unmodifiableObservableList(shown);

  private long nextId = 1;

  public Notification info(String title, List<String> lines) {
    return post(Notification.Level.INFO, title, lines);
  }

  public Notification error(String title, List<String> lines) {
    return post(Notification.Level.ERROR, title, lines);
  }

  private Notification post(Notification.Level level, String title, List<String> lines) {
    Notification n = new Notification(nextId++, level, title, lines);
    shown.add(n);
    if (shown.size() > MAX_SHOWN) {
      shown.remove(0, shown.size() - MAX_SHOWN);
    }
    return n;
  }

  public void dismiss(Notification n) {
    shown.remove(n);
  }

  public ObservableList<Notification> shown() {
    return shownView;
  }
}
