package dev.dslab.yaml;

import dev.dslab.model.apps.ControllerRevision;
import dev.dslab.model.apps.DaemonSet;
import dev.dslab.model.apps.DaemonSetSpec;
import dev.dslab.model.apps.DaemonSetStatus;
import dev.dslab.model.apps.DaemonSetUpdateStrategy;
import dev.dslab.model.apps.RollingUpdateDaemonSet;
import dev.dslab.model.core.Affinity;
import dev.dslab.model.core.ConditionStatus;
import dev.dslab.model.core.Container;
import dev.dslab.model.core.ContainerPort;
import dev.dslab.model.core.ContainerState;
import dev.dslab.model.core.ContainerStatus;
import dev.dslab.model.core.EnvVar;
import dev.dslab.model.core.Event;
import dev.dslab.model.core.Namespace;
import dev.dslab.model.core.Node;
import dev.dslab.model.core.NodeAddress;
import dev.dslab.model.core.NodeAffinity;
import dev.dslab.model.core.NodeCondition;
import dev.dslab.model.core.NodeSelector;
import dev.dslab.model.core.NodeSelectorRequirement;
import dev.dslab.model.core.NodeSelectorTerm;
import dev.dslab.model.core.NodeSpec;
import dev.dslab.model.core.NodeStatus;
import dev.dslab.model.core.NodeSystemInfo;
import dev.dslab.model.core.ObjectReference;
import dev.dslab.model.core.Pod;
import dev.dslab.model.core.PodCondition;
import dev.dslab.model.core.PodPhase;
import dev.dslab.model.core.PodSpec;
import dev.dslab.model.core.PodStatus;
import dev.dslab.model.core.PodTemplateSpec;
import dev.dslab.model.core.PreferredSchedulingTerm;
import dev.dslab.model.core.Quantity;
import dev.dslab.model.core.ResourceRequirements;
import dev.dslab.model.core.Service;
import dev.dslab.model.core.ServicePort;
import dev.dslab.model.core.ServiceSpec;
import dev.dslab.model.core.Taint;
import dev.dslab.model.core.TaintEffect;
import dev.dslab.model.core.Toleration;
import dev.dslab.model.core.Volume;
import dev.dslab.model.core.VolumeMount;
import dev.dslab.model.core.VolumeSource;
import dev.dslab.model.meta.IntOrString;
import dev.dslab.model.meta.KubeObject;
import dev.dslab.model.meta.LabelSelector;
import dev.dslab.model.meta.LabelSelectorRequirement;
import dev.dslab.model.meta.ObjectMeta;
import dev.dslab.model.meta.OwnerReference;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.function.Supplier;

/**
 * Random objects of every kind for round-trip tests, with every field sometimes set, sometimes not,
 * and strings chosen to trip a YAML writer up. Only values the model can hold are made: seconds
 * precision timestamps (the API's), Integer for whole numbers in int range in opaque trees (what
 * the reader produces), quantities made by {@link Quantity#parse}.
 */
final class RandomObjects {
  private static final String[] NASTY_STRINGS = {
    "",
    "true",
    "False",
    "yes",
    "no",
    "on",
    "off",
    "y",
    "n",
    "null",
    "~",
    "1",
    "-1",
    "+1",
    "007",
    "1.10",
    "0x1F",
    "0o17",
    "1_000",
    "1e3",
    "1.5e-3",
    ".inf",
    "-.Inf",
    ".nan",
    "2024-05-01T10:00:00Z",
    "2024-05-01",
    "12:30:45",
    "<<",
    "=",
    "a: b",
    "a #b",
    "#x",
    "- x",
    "-",
    "--- x",
    "...",
    "? x",
    "[x]",
    "{x}",
    "a,b",
    "*star",
    "&amp",
    "!tag",
    "|",
    ">",
    "'single'",
    "\"double\"",
    "%pct",
    "@at",
    "`tick",
    "multi\nline",
    "trailing\n",
    "\nleading newline",
    "  leading spaces",
    "trailing spaces  ",
    "tab\there",
    "ünïcödé",
    "emoji \uD83D\uDE80",
    "back\\slash",
    "a <b> & c",
    "bell\u0007",
    "line\u2028separator",
    "nginx:1.25",
    "kubernetes.io/os",
    "10.244.1.0/24",
    "long words that go on and on well past the eighty columns at which a yaml emitter folds its plain scalars",
    "x".repeat(150)
  };
  private static final String[] KEYS = {
    "app",
    "tier",
    "kubernetes.io/os",
    "node-role.kubernetes.io/control-plane",
    "ssd",
    "true",
    "1",
    "a b",
    "with: colon",
    "null",
    "<<",
    "#hash",
    ""
  };
  private static final String[] QUANTITIES = {
    "100m", "1", "0.5", "200Mi", "1Gi", "2", "16272600Ki", "1e3", "1.5G", "0"
  };
  private static final String[] OTHER_VOLUME_TYPES = {
    "persistentVolumeClaim", "projected", "downwardAPI", "nfs", "csi"
  };

  private final Random random;

  RandomObjects(long seed) {
    this.random = new Random(seed);
  }

  KubeObject any() {
    return switch (random.nextInt(7)) {
      case 0 -> daemonSet();
      case 1 -> pod();
      case 2 -> node();
      case 3 -> service();
      case 4 -> namespace();
      case 5 -> event();
      default -> controllerRevision();
    };
  }

  DaemonSet daemonSet() {
    return new DaemonSet(
        meta(),
        new DaemonSetSpec(
            maybe(this::selector),
            maybe(this::template),
            maybe(
                () ->
                    new DaemonSetUpdateStrategy(
                        maybe(() -> pick("RollingUpdate", "OnDelete")),
                        maybe(
                            () ->
                                new RollingUpdateDaemonSet(
                                    maybe(this::intOrString), maybe(this::intOrString))))),
            smallInt(),
            maybe(this::smallInt)),
        maybe(
            () ->
                new DaemonSetStatus(
                    smallInt(),
                    smallInt(),
                    smallInt(),
                    smallInt(),
                    random.nextLong(),
                    smallInt(),
                    smallInt(),
                    smallInt(),
                    maybe(this::smallInt))));
  }

  Pod pod() {
    return new Pod(meta(), podSpec(), maybe(this::podStatus));
  }

  Node node() {
    return new Node(
        meta(),
        maybe(
            () ->
                new NodeSpec(
                    maybe(this::string),
                    list(this::taint),
                    random.nextBoolean(),
                    maybe(this::string))),
        maybe(
            () ->
                new NodeStatus(
                    quantities(),
                    quantities(),
                    list(this::nodeCondition),
                    list(() -> new NodeAddress(maybe(this::string), maybe(this::string))),
                    maybe(
                        () ->
                            new NodeSystemInfo(
                                maybe(this::string),
                                maybe(this::string),
                                maybe(this::string),
                                maybe(this::string),
                                maybe(this::string),
                                maybe(this::string))))));
  }

  Service service() {
    return new Service(
        meta(),
        new ServiceSpec(
            maybe(() -> pick("ClusterIP", "NodePort", "LoadBalancer")),
            stringMap(),
            list(
                () ->
                    new ServicePort(
                        maybe(this::string),
                        maybe(() -> pick("TCP", "UDP")),
                        smallInt(),
                        maybe(this::intOrString),
                        smallInt())),
            maybe(this::string),
            list(this::string)));
  }

  Namespace namespace() {
    return new Namespace(meta(), maybe(() -> pick("Active", "Terminating")));
  }

  Event event() {
    return new Event(
        meta(),
        new ObjectReference(
            maybe(this::string),
            maybe(this::string),
            maybe(this::string),
            maybe(this::string),
            maybe(this::string),
            maybe(this::string)),
        maybe(() -> pick(Event.NORMAL, Event.WARNING)),
        maybe(this::string),
        maybe(this::string),
        maybe(this::string),
        maybe(this::string),
        smallInt(),
        maybe(this::time),
        maybe(this::time));
  }

  ControllerRevision controllerRevision() {
    return new ControllerRevision(meta(), template(), random.nextLong());
  }

  // ---------------------------------------------------------------- parts

  private ObjectMeta meta() {
    return new ObjectMeta(
        maybe(this::string),
        maybe(this::string),
        maybe(this::string),
        maybe(this::string),
        maybe(this::string),
        random.nextInt(3) == 0 ? 0 : random.nextLong(),
        maybe(this::time),
        maybe(this::time),
        maybe(random::nextLong),
        stringMap(),
        stringMap(),
        list(
            () ->
                new OwnerReference(
                    maybe(this::string),
                    string(),
                    string(),
                    maybe(this::string),
                    random.nextBoolean(),
                    random.nextBoolean())),
        list(this::string));
  }

  private LabelSelector selector() {
    return new LabelSelector(
        stringMap(),
        list(
            () ->
                new LabelSelectorRequirement(
                    string(), maybe(() -> pick("In", "NotIn", "Exists")), list(this::string))));
  }

  private PodTemplateSpec template() {
    return new PodTemplateSpec(maybe(this::meta), podSpec());
  }

  private PodSpec podSpec() {
    return new PodSpec(
        maybe(this::string),
        stringMap(),
        maybe(this::affinity),
        list(this::toleration),
        list(this::container),
        list(this::container),
        list(this::volume),
        random.nextBoolean(),
        maybe(random::nextLong),
        maybe(this::string),
        maybe(this::string),
        maybe(this::string),
        maybe(this::string),
        maybe(this::string),
        maybe(random::nextLong));
  }

  private Container container() {
    return new Container(
        string(),
        maybe(this::string),
        maybe(this::string),
        list(this::string),
        list(this::string),
        list(
            () ->
                new ContainerPort(
                    maybe(this::string),
                    random.nextInt(),
                    smallInt(),
                    maybe(() -> pick("TCP", "UDP", "SCTP")),
                    maybe(this::string))),
        list(() -> new EnvVar(maybe(this::string), maybe(this::string), maybe(this::opaqueMap))),
        maybe(() -> new ResourceRequirements(quantities(), quantities())),
        list(
            () ->
                new VolumeMount(
                    maybe(this::string),
                    maybe(this::string),
                    random.nextBoolean(),
                    maybe(this::string))));
  }

  private Volume volume() {
    VolumeSource source =
        switch (random.nextInt(5)) {
          case 0 ->
              new VolumeSource.HostPath(
                  maybe(this::string), maybe(() -> pick("", "Directory", "DirectoryOrCreate")));
          case 1 ->
              new VolumeSource.EmptyDir(maybe(() -> pick("", "Memory")), maybe(this::quantity));
          case 2 -> new VolumeSource.ConfigMap(maybe(this::string), maybe(random::nextBoolean));
          case 3 -> new VolumeSource.Secret(maybe(this::string), maybe(random::nextBoolean));
          default -> VolumeSource.Other.of(pick(OTHER_VOLUME_TYPES), opaqueMap());
        };
    return new Volume(string(), source);
  }

  private Toleration toleration() {
    return new Toleration(
        maybe(this::string),
        maybe(() -> pick("Equal", "Exists")),
        maybe(this::string),
        maybe(this::effect),
        maybe(random::nextLong));
  }

  private Taint taint() {
    return new Taint(string(), maybe(this::string), effect(), maybe(this::time));
  }

  private Affinity affinity() {
    return new Affinity(
        maybe(
            () ->
                new NodeAffinity(
                    maybe(() -> new NodeSelector(list(this::nodeSelectorTerm))),
                    list(
                        () ->
                            new PreferredSchedulingTerm(
                                smallInt(), maybe(this::nodeSelectorTerm))))),
        maybe(this::opaqueMap),
        maybe(this::opaqueMap));
  }

  private NodeSelectorTerm nodeSelectorTerm() {
    return new NodeSelectorTerm(
        list(this::nodeSelectorRequirement), list(this::nodeSelectorRequirement));
  }

  private NodeSelectorRequirement nodeSelectorRequirement() {
    return new NodeSelectorRequirement(
        string(), maybe(() -> pick("In", "NotIn", "Exists", "Gt")), list(this::string));
  }

  private PodStatus podStatus() {
    return new PodStatus(
        maybe(() -> pick(PodPhase.values())),
        list(
            () ->
                new PodCondition(
                    maybe(this::string),
                    maybe(() -> pick(ConditionStatus.values())),
                    maybe(this::time),
                    maybe(this::string),
                    maybe(this::string))),
        maybe(this::string),
        maybe(this::string),
        maybe(this::time),
        list(
            () ->
                new ContainerStatus(
                    maybe(this::string),
                    maybe(this::string),
                    random.nextBoolean(),
                    smallInt(),
                    random.nextBoolean(),
                    maybe(this::containerState),
                    maybe(this::containerState))),
        maybe(this::string),
        maybe(this::string));
  }

  private ContainerState containerState() {
    return switch (random.nextInt(3)) {
      case 0 -> new ContainerState.Waiting(maybe(this::string), maybe(this::string));
      case 1 -> new ContainerState.Running(maybe(this::time));
      default ->
          new ContainerState.Terminated(
              random.nextInt(), maybe(this::string), maybe(this::time), maybe(this::time));
    };
  }

  private NodeCondition nodeCondition() {
    return new NodeCondition(
        maybe(this::string),
        maybe(() -> pick(ConditionStatus.values())),
        maybe(this::time),
        maybe(this::time),
        maybe(this::string),
        maybe(this::string));
  }

  // ---------------------------------------------------------------- values

  private String string() {
    return random.nextInt(3) == 0 ? "s" + random.nextInt(1000) : pick(NASTY_STRINGS);
  }

  private int smallInt() {
    return random.nextInt(4) == 0 ? 0 : random.nextInt(200_000) - 100;
  }

  private Instant time() {
    return Instant.ofEpochSecond(946_684_800L + random.nextInt(1_000_000_000));
  }

  private IntOrString intOrString() {
    return random.nextBoolean()
        ? IntOrString.of(random.nextInt(200) - 100)
        : IntOrString.of(pick("25%", "http", "1", ""));
  }

  private TaintEffect effect() {
    return pick(TaintEffect.values());
  }

  private Quantity quantity() {
    return Quantity.parse(pick(QUANTITIES));
  }

  private SortedMap<String, String> stringMap() {
    SortedMap<String, String> map = new TreeMap<>();
    for (int i = random.nextInt(4); i > 0; i--) {
      map.put(pick(KEYS), string());
    }
    return map;
  }

  private SortedMap<String, Quantity> quantities() {
    SortedMap<String, Quantity> map = new TreeMap<>();
    for (int i = random.nextInt(4); i > 0; i--) {
      map.put(pick("cpu", "memory", "pods", "ephemeral-storage", "nvidia.com/gpu"), quantity());
    }
    return map;
  }

  /** An opaque tree of plain values, as the reader makes them. */
  private SortedMap<String, Object> opaqueMap() {
    return opaqueMap(0);
  }

  private SortedMap<String, Object> opaqueMap(int depth) {
    SortedMap<String, Object> map = new TreeMap<>();
    for (int i = random.nextInt(4); i > 0; i--) {
      map.put(pick(KEYS), opaque(depth + 1));
    }
    return map;
  }

  private Object opaque(int depth) {
    int choice = random.nextInt(depth > 2 ? 6 : 8);
    return switch (choice) {
      case 0 -> string();
      case 1 -> random.nextInt(2000) - 1000;
      case 2 -> 3_000_000_000L + random.nextInt(1000);
      case 3 -> random.nextBoolean();
      case 4 -> pick(0.5, 2.25, -1.75, 100.0);
      case 5 -> null;
      case 6 -> opaqueMap(depth);
      default -> {
        List<Object> list = new ArrayList<>();
        for (int i = random.nextInt(3); i > 0; i--) {
          list.add(opaque(depth + 1));
        }
        yield list;
      }
    };
  }

  private <T> List<T> list(Supplier<T> element) {
    List<T> list = new ArrayList<>();
    for (int i = random.nextInt(3); i > 0; i--) {
      list.add(element.get());
    }
    return list;
  }

  private <T> T maybe(Supplier<T> value) {
    return random.nextInt(4) == 0 ? null : value.get();
  }

  @SafeVarargs
  private <T> T pick(T... choices) {
    return choices[random.nextInt(choices.length)];
  }
}
