package dev.dslab.desktop.cluster;

import dev.dslab.desktop.palette.ChipPayload;
import dev.dslab.model.core.Taint;
import java.util.List;

/**
 * What a tile can ask for: the drop and context-menu commands. Implemented by the main view model;
 * each returns whether the request went through (a refusal is notified there).
 */
public interface TileActions {
  boolean canDrop(ChipPayload payload, String node);

  /**
   * The palette's chips: the context menu offers each one that a drop would accept (the keyboard's
   * way to drag).
   */
  List<ChipPayload> paletteChips();

  boolean drop(ChipPayload payload, String node);

  boolean removeLabel(String node, String key);

  boolean removeTaint(String node, Taint taint);

  boolean setCordoned(String node, boolean cordoned);

  boolean setKubeletRunning(String node, boolean running);

  boolean deleteNode(String node);

  /** {@code kubectl drain --ignore-daemonsets}: cordon, then evict what no DaemonSet manages. */
  boolean drain(String node);

  /** For pictures (the headless render): tiles that accept nothing. */
  TileActions NONE =
      new TileActions() {
        @Override
        public boolean canDrop(ChipPayload payload, String node) {
          return false;
        }

        @Override
        public List<ChipPayload> paletteChips() {
          return List.of();
        }

        @Override
        public boolean drop(ChipPayload payload, String node) {
          return false;
        }

        @Override
        public boolean removeLabel(String node, String key) {
          return false;
        }

        @Override
        public boolean removeTaint(String node, Taint taint) {
          return false;
        }

        @Override
        public boolean setCordoned(String node, boolean cordoned) {
          return false;
        }

        @Override
        public boolean setKubeletRunning(String node, boolean running) {
          return false;
        }

        @Override
        public boolean deleteNode(String node) {
          return false;
        }

        @Override
        public boolean drain(String node) {
          return false;
        }
      };
}
