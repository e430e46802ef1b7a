package dev.dslab.engine.kubelet;

import java.util.Map;
import java.util.TreeMap;

/**
 * The behaviour of each image the user described; every other image behaves as {@link
 * ImageBehaviour#DEFAULT}.
 */
public final class ImageBehaviours {
  private final TreeMap<String, ImageBehaviour> byImage = new TreeMap<>();

  /** The behaviour of an image, matched on the image reference as written in the pod spec. */
  public ImageBehaviour of(String image) {
    return byImage.getOrDefault(image, ImageBehaviour.DEFAULT);
  }

  public void set(String image, ImageBehaviour behaviour) {
    if (behaviour.equals(ImageBehaviour.DEFAULT)) {
      byImage.remove(image);
    } else {
      byImage.put(image, behaviour);
    }
  }

  /** Every image with a behaviour of its own, for a saved state. */
  public Map<String, ImageBehaviour> all() {
    return Map.copyOf(byImage);
  }
}
