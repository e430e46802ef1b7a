package dev.dslab.engine.api;

import dev.dslab.model.apps.ControllerRevision;
import dev.dslab.model.apps.DaemonSet;
import dev.dslab.model.core.Event;
import dev.dslab.model.core.Namespace;
import dev.dslab.model.core.Node;
import dev.dslab.model.core.Pod;
import dev.dslab.model.core.Service;
import dev.dslab.model.meta.KubeObject;

/** The kinds the simulated API server stores, with their REST names. */
public enum Kind {
  NAMESPACE(Namespace.class, "Namespace", "", "namespaces", false),
  NODE(Node.class, "Node", "", "nodes", false),
  SERVICE(Service.class, "Service", "", "services", true),
  DAEMON_SET(DaemonSet.class, "DaemonSet", "apps", "daemonsets", true),
  CONTROLLER_REVISION(
      ControllerRevision.class, "ControllerRevision", "apps", "controllerrevisions", true),
  POD(Pod.class, "Pod", "", "pods", true),
  EVENT(Event.class, "Event", "", "events", true);

  private final Class<? extends KubeObject> type;
  private final String kindName;
  private final String group;
  private final String resource;
  private final boolean namespaced;

  Kind(
      Class<? extends KubeObject> type,
      String kindName,
      String group,
      String resource,
      boolean namespaced) {
    this.type = type;
    this.kindName = kindName;
    this.group = group;
    this.resource = resource;
    this.namespaced = namespaced;
  }

  public Class<? extends KubeObject> type() {
    return type;
  }

  public String kindName() {
    return kindName;
  }

  public String group() {
    return group;
  }

  /** The plural resource name: {@code daemonsets}. */
  public String resource() {
    return resource;
  }

  /**
   * The resource qualified by its group, as API errors print it: {@code daemonsets.apps}, {@code
   * pods}.
   */
  public String qualifiedResource() {
    return group.isEmpty() ? resource : resource + "." + group;
  }

  /**
   * kubectl's {@code kind.group/name} spelling of an object: {@code daemonset.apps/greet}, {@code
   * pod/x}.
   */
  public String qualifiedName(String name) {
    String k = kindName.toLowerCase(java.util.Locale.ROOT);
    return (group.isEmpty() ? k : k + "." + group) + "/" + name;
  }

  public boolean namespaced() {
    return namespaced;
  }

  public static Kind of(KubeObject object) {
    for (Kind k : values()) {
      if (k.type.isInstance(object)) {
        return k;
      }
    }
    throw new IllegalArgumentException("not a stored kind: " + object.getClass().getName());
  }
}
