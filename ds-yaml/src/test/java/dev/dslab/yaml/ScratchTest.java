package dev.dslab.yaml;

import java.nio.file.*;
import org.junit.jupiter.api.Test;

class ScratchTest {
  static void show(String name, String text) {
    long t0 = System.nanoTime();
    LoadResult r = ManifestReader.read(name, text);
    long ms = (System.nanoTime() - t0) / 1_000_000;
    System.out.println("=== " + name + " objects=" + r.objects().size() + " in " + ms + " ms");
    r.problems().forEach(x -> System.out.println("  " + x.render()));
    r.objects().forEach(o -> System.out.println("  " + o.document() + ":" + o.line() + " " + o.object()));
  }

  @Test
  void scratch() throws Exception {
    show("nulls.yaml", """
        apiVersion: v1
        kind: Pod
        metadata:
          name: p
          labels:
            a: ""
            b:
        spec:
          containers:
          - name: c
            env:
            - name: A
              value: ""
            - name: B
              value:
            - name: C
              value: 1.10
        """);
    show("alias.yaml", """
        apiVersion: v1
        kind: Pod
        metadata:
          name: p
          labels: &l
            a: x
          annotations: *l
        spec:
          nodeSelector:
            <<: *l
            b: y
          containers:
          - name: &n c
            image: *n
        """);
    show("dup.yaml", """
        apiVersion: v1
        kind: Pod
        metadata:
          name: p
          name: q
        spec: {}
        """);
    StringBuilder lol = new StringBuilder("a: &a [\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\"]\n");
    String prev = "a";
    for (char c = 'b'; c <= 'i'; c++) {
      lol.append(c).append(": &").append(c).append(" [");
      for (int i = 0; i < 9; i++) lol.append(i == 0 ? "" : ",").append('*').append(prev);
      lol.append("]\n");
      prev = String.valueOf(c);
    }
    show("lol.yaml", lol.toString());
    StringBuilder wide = new StringBuilder("a: &a [");
    for (int i = 0; i < 1000; i++) wide.append(i == 0 ? "" : ",").append("x");
    wide.append("]\nb: [");
    for (int i = 0; i < 3000; i++) wide.append(i == 0 ? "" : ",").append("*a");
    wide.append("]\n");
    show("wide.yaml", wide.toString());
    show("deep.yaml", "a: " + "[".repeat(10000) + "]".repeat(10000) + "\n");
    show("deep2.yaml", "a: " + "{a: ".repeat(10000) + "}".repeat(10000) + "\n");
    show("deep.json", "{\"a\": " + "[".repeat(10000) + "]".repeat(10000) + "}\n");
    show("nul.yaml", "apiVersion: v1\nkind: Namespace\nmetadata:\n  name: a\u0000b\n");
    show("multi.yaml", "# c\n---\napiVersion: v1\nkind: Namespace\nmetadata:\n  name: a\n---\n---\napiVersion: v1\nkind: Namespace\nmetadata:\n  name: [b\n---\napiVersion: v1\nkind: Namespace\nmetadata:\n  name: c\n");
    show("json2.json", "{\"apiVersion\":\"v1\",\"kind\":\"Namespace\",\"metadata\":{\"name\":\"a\"}}\n{\"apiVersion\":\"v1\",\"kind\":\"Namespace\",\"metadata\":{\"name\":\"b\"}}\n{\"apiVersion\":\"v1\" \"kind\"}\n{}");
    show("bigq.yaml", "apiVersion: v1\nkind: Node\nmetadata:\n  name: n\nstatus:\n  capacity:\n    cpu: 1e999999999\n    memory: 99999999999999999999999999999999Ei\n");
    show("undef.yaml", "apiVersion: v1\nkind: Namespace\nmetadata:\n  name: *nope\n");
    show("tab.yaml", "apiVersion: v1\nkind: Namespace\nmetadata:\n\tname: x\n");
  }
}
