package dev.dslab.engine.registry;

import dev.dslab.model.core.Node;
import dev.dslab.model.validation.FieldError;
import dev.dslab.model.validation.Validation;
import java.util.List;

/**
 * nodeStrategy (pkg/registry/core/node/strategy.go): an update keeps the status, which is the
 * kubelet's.
 */
public final class NodeStrategy implements RestStrategy<Node> {
  @Override
  public Node prepareForUpdate(Node updated, Node current) {
    return updated.withStatus(current.status());
  }

  @Override
  public List<FieldError> validate(Node node) {
    return Validation.node(node);
  }
}
