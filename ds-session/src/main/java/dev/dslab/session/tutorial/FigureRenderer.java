package dev.dslab.session.tutorial;

import dev.dslab.engine.Cluster;
import java.nio.file.Path;

/**
 * What draws a tutorial's figures and animations; a renderer plugs in here. The tutorial runner
 * owns the clock: it calls {@link #figure} at the marker's place with the cluster as it stands, and
 * for an animation it advances the clock {@code every} step through the span, handing each frame's
 * cluster to the recorder, so time passes the same whether or not anything is drawn.
 */
public interface FigureRenderer {
  /** What became of one figure or animation: drawn, or why not; the message says which. */
  record Outcome(boolean drawn, String message) {}

  /** Draws {@code figure} of {@code cluster} into {@code directory} (the output's folder). */
  Outcome figure(Cluster cluster, Step.Figure figure, Path directory);

  /** Starts recording {@code animation}, to be written into {@code directory}. */
  AnimationRecorder animation(Step.Animation animation, Path directory);

  /** One animation being recorded. */
  interface AnimationRecorder {
    /** The cluster at the next frame's time. */
    void frame(Cluster cluster);

    /** Writes the animation. */
    Outcome finish();
  }

  /** No renderer in this version: nothing is drawn, the report says so. */
  FigureRenderer NONE =
      new FigureRenderer() {
        @Override
        public Outcome figure(Cluster cluster, Step.Figure figure, Path directory) {
          return new Outcome(false, "figure " + figure.file() + ": not drawn by this version");
        }

        @Override
        public AnimationRecorder animation(Step.Animation animation, Path directory) {
          return new AnimationRecorder() {
            @Override
            public void frame(Cluster cluster) {}

            @Override
            public Outcome finish() {
              return new Outcome(
                  false, "animation " + animation.file() + ": not drawn by this version");
            }
          };
        }
      };
}
