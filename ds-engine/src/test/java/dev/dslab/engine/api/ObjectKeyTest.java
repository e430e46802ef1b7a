package dev.dslab.engine.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.Stream;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.Chars;
import net.jqwik.api.constraints.StringLength;
import org.junit.jupiter.api.Test;

/** The store's order is etcd's: its keys are strings, {@code NAMESPACE/NAME}. */
class ObjectKeyTest {
  @Test
  void aNamespaceThatBeginsAnotherSortsAfterItsLongerNeighbourAsEtcdsKeysDo() {
    List<ObjectKey> keys =
        Stream.of("kube/a", "kube-system/b", "kube1/c", "default/z", "kube-system/a")
            .map(ObjectKeyTest::pod)
            .sorted()
            .toList();

    assertThat(keys.stream().map(ObjectKeyTest::etcdKey))
        .containsExactly("default/z", "kube-system/a", "kube-system/b", "kube/a", "kube1/c");
  }

  @Property
  void podKeysSortAsTheirEtcdKeyStrings(
      @ForAll @StringLength(min = 1, max = 6) @Chars({'a', 'b', '-', '1'}) String ns1,
      @ForAll @StringLength(min = 1, max = 6) @Chars({'a', 'b', '-', '1', '.'}) String name1,
      @ForAll @StringLength(min = 1, max = 6) @Chars({'a', 'b', '-', '1'}) String ns2,
      @ForAll @StringLength(min = 1, max = 6) @Chars({'a', 'b', '-', '1', '.'}) String name2) {
    ObjectKey a = pod(ns1 + "/" + name1);
    ObjectKey b = pod(ns2 + "/" + name2);

    assertThat(Integer.signum(a.compareTo(b)))
        .isEqualTo(Integer.signum(etcdKey(a).compareTo(etcdKey(b))));
  }

  private static ObjectKey pod(String key) {
    String[] parts = key.split("/", 2);
    return new ObjectKey(Kind.POD, parts[0], parts[1]);
  }

  private static String etcdKey(ObjectKey k) {
    return k.namespace() + "/" + k.name();
  }
}
