package dev.dslab.desktop.notify;

import javafx.animation.PauseTransition;
import javafx.collections.ListChangeListener;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import javafx.util.Duration;

/**
 * Shows notifications as cards in a corner of the window, never blocking: a click dismisses one,
 * and each goes by itself after a while (errors stay longer, they have more to read).
 */
public final class NotificationPane {
  static final Duration INFO_TIME = Duration.seconds(5);
  static final Duration ERROR_TIME = Duration.seconds(15);

  private final NotificationsViewModel viewModel;
  private final VBox area;

  public NotificationPane(NotificationsViewModel viewModel, VBox area) {
    this.viewModel = viewModel;
    this.area = area;
    area.setPickOnBounds(false);
    viewModel.shown().addListener((ListChangeListener<Notification>) c -> render());
    render();
  }

  private void render() {
    area.getChildren().setAll(viewModel.shown().stream().map(this::card).toList());
  }

  private VBox card(Notification n) {
    Label title = new Label(n.title());
    title.getStyleClass().add("notification-title");
    Label text = new Label(n.text());
    text.setWrapText(true);
    VBox card = new VBox(4, title, text);
    card.getStyleClass()
        .addAll("notification", n.level() == Notification.Level.ERROR ? "error" : "info");
    card.setOnMouseClicked(e -> viewModel.dismiss(n));
    PauseTransition expiry =
        new PauseTransition(n.level() == Notification.Level.ERROR ? ERROR_TIME : INFO_TIME);
    expiry.setOnFinished(e -> viewModel.dismiss(n));
    expiry.play();
    return card;
  }
}
