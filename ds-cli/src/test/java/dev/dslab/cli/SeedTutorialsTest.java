package dev.dslab.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The tutorials of shared/seeds replayed through {@code dsctl shell} on their preset: the same
 * numbers and the same table layout kubectl prints there.
 */
class SeedTutorialsTest {
  @TempDir Path dir;

  /** Seed 000: docker-desktop, the greet DaemonSet and NodePort service, then node labels. */
  @Test
  void seed000GreetOnDockerDesktop() {
    ShellRun.write(
        dir,
        "daemonset.yaml",
        """
        #daemonset.yaml
        apiVersion: apps/v1
        kind: DaemonSet
        metadata:
          name: greet
        spec:
          selector:
            matchLabels:
              name: greet
          template:
            metadata:
              labels:
                name: greet
            spec:
              containers:
                - name: greet
                  image: eduard2diaz/greet:storage
                  ports:
                    - containerPort: 8080
        """);
    ShellRun.write(
        dir,
        "service.yaml",
        """
        #service.yaml
        apiVersion: v1
        kind: Service
        metadata:
          name: greet
        spec:
          selector:
            app: greet
          ports:
            - protocol: TCP
              port: 80
              targetPort: 8080
          type: NodePort
        """);
    ShellRun r =
        ShellRun.run(
            dir,
            """
        kubectl apply -f daemonset.yaml -f service.yaml
        sim advance 104s
        kubectl get daemonsets
        kubectl get ds
        kubectl get pods
        kubectl get nodes
        kubectl get services
        kubectl label node docker-desktop disk=ssd
        kubectl get nodes --show-labels
        kubectl label node docker-desktop disk=hdd --overwrite
        kubectl get nodes --show-labels
        """,
            "--preset",
            "docker-desktop");
    assertThat(r.err()).isEmpty();
    assertThat(r.exitCode()).isZero();
    assertThat(r.out())
        .contains("daemonset.apps/greet created\nservice/greet created\n")
        .contains(
            """
            NAME    DESIRED   CURRENT   READY   UP-TO-DATE   AVAILABLE   NODE SELECTOR   AGE
            greet   1         1         1       1            1           <none>          104s
            """)
        .containsPattern(
            "NAME          READY   STATUS    RESTARTS   AGE\ngreet-[a-z0-9]{5}   1/1     Running   0          104s\n")
        .contains(
            """
            NAME             STATUS   ROLES           AGE   VERSION
            docker-desktop   Ready    control-plane   20d   v1.30.2
            """)
        .containsPattern("NAME         TYPE        CLUSTER-IP +EXTERNAL-IP   PORT\\(S\\) +AGE\n")
        .containsPattern(
            "greet        NodePort    10\\.\\d+\\.\\d+\\.\\d+ +<none>        80:3\\d{4}/TCP +104s\n")
        .contains("node/docker-desktop labeled\n")
        .contains(
            "docker-desktop   Ready    control-plane   20d   v1.30.2   beta.kubernetes.io/arch=arm64,"
                + "beta.kubernetes.io/os=linux,disk=ssd,kubernetes.io/arch=arm64,kubernetes.io/hostname=docker-desktop,"
                + "kubernetes.io/os=linux,node-role.kubernetes.io/control-plane=,"
                + "node.kubernetes.io/exclude-from-external-load-balancers=\n")
        .contains(",disk=hdd,");
  }

  /** Seed 003: kind with a tainted control plane; node-exporter runs on the two workers. */
  @Test
  void seed003NodeExporterOnKind() {
    ShellRun.write(
        dir,
        "node-exporter-daemonset.yaml",
        """
        apiVersion: apps/v1 # Versão da API do Kubernetes do objeto
        kind: DaemonSet # Tipo do objeto
        metadata: # Informações sobre o objeto
          name: node-exporter # Nome do objeto
        spec: # Especificação do objeto
          selector: # Seletor do objeto
            matchLabels: # Labels que serão utilizadas para selecionar os Pods
              app: node-exporter # Label que será utilizada para selecionar os Pods
          template: # Template do objeto
            metadata: # Informações sobre o objeto
              labels: # Labels que serão adicionadas aos Pods
                app: node-exporter # Label que será adicionada aos Pods
            spec: # Especificação do objeto, no caso, a especificação do Pod
              hostNetwork: true # Habilita o uso da rede do host, usar com cuidado
              containers: # Lista de contêineres que serão executados no Pod
              - name: node-exporter # Nome do contêiner
                image: prom/node-exporter:latest # Imagem do contêiner
                ports: # Lista de portas que serão expostas no contêiner
                - containerPort: 9100 # Porta que será exposta no contêiner
                  hostPort: 9100 # Porta que será exposta no host
                volumeMounts: # Lista de volumes que serão montados no contêiner
                - name: proc # Nome do volume
                  mountPath: /host/proc # Caminho onde o volume será montado no contêiner
                  readOnly: true # Habilita o modo de leitura apenas
                - name: sys # Nome do volume
                  mountPath: /host/sys # Caminho onde o volume será montado no contêiner
                  readOnly: true # Habilita o modo de leitura apenas
              volumes: # Lista de volumes que serão utilizados no Pod
              - name: proc # Nome do volume
                hostPath: # Tipo de volume
                  path: /proc # Caminho do volume no host
              - name: sys # Nome do volume
                hostPath: # Tipo de volume
                  path: /sys # Caminho do volume no host
        """);
    ShellRun r =
        ShellRun.run(
            dir,
            """
        kubectl apply -f node-exporter-daemonset.yaml
        sim advance 36s
        kubectl get daemonset
        kubectl get pods -l app=node-exporter
        kubectl get pods -o wide -l app=node-exporter
        sim advance 9m24s
        kubectl describe daemonset node-exporter
        kubectl delete daemonset node-exporter
        """,
            "--preset",
            "kind");
    assertThat(r.err()).isEmpty();
    assertThat(r.out())
        .contains(
            """
        NAME            DESIRED   CURRENT   READY   UP-TO-DATE   AVAILABLE   NODE SELECTOR   AGE
        node-exporter   2         2         2       2            2           <none>          36s
        """)
        .containsPattern(
            "NAME                  READY   STATUS    RESTARTS   AGE\n"
                + "node-exporter-[a-z0-9]{5}   1/1     Running   0          36s\n"
                + "node-exporter-[a-z0-9]{5}   1/1     Running   0          36s\n")
        .containsPattern(
            "NAME                  READY   STATUS    RESTARTS   AGE   IP           NODE                 "
                + "     NOMINATED NODE   READINESS GATES\n")
        .containsPattern("172\\.18\\.0\\.4   kind-multinodes-worker    <none>           <none>\n")
        .containsPattern("172\\.18\\.0\\.5   kind-multinodes-worker2   <none>           <none>\n")
        .contains("daemonset.apps \"node-exporter\" deleted\n");
    // The tutorial's `kubectl describe daemonset node-exporter`, line for line (pod names are
    // random).
    assertThat(r.out().replaceAll("node-exporter-[a-z0-9]{5}", "node-exporter-XXXXX"))
        .contains(
            """
        Name:           node-exporter
        Namespace:      default
        Selector:       app=node-exporter
        Node-Selector:  <none>
        Labels:         <none>
        Annotations:    deprecated.daemonset.template.generation: 1
        Desired Number of Nodes Scheduled: 2
        Current Number of Nodes Scheduled: 2
        Number of Nodes Scheduled with Up-to-date Pods: 2
        Number of Nodes Scheduled with Available Pods: 2
        Number of Nodes Misscheduled: 0
        Pods Status:  2 Running / 0 Waiting / 0 Succeeded / 0 Failed
        Pod Template:
          Labels:  app=node-exporter
          Containers:
           node-exporter:
            Image:        prom/node-exporter:latest
            Port:         9100/TCP
            Host Port:    9100/TCP
            Environment:  <none>
            Mounts:
              /host/proc from proc (ro)
              /host/sys from sys (ro)
          Volumes:
           proc:
            Type:          HostPath (bare host directory volume)
            Path:          /proc
            HostPathType:\s\s
           sys:
            Type:          HostPath (bare host directory volume)
            Path:          /sys
            HostPathType:\s\s
          Node-Selectors:  <none>
          Tolerations:     <none>
        Events:
          Type    Reason            Age   From                  Message
          ----    ------            ----  ----                  -------
          Normal  SuccessfulCreate  10m   daemonset-controller  Created pod: node-exporter-XXXXX
          Normal  SuccessfulCreate  10m   daemonset-controller  Created pod: node-exporter-XXXXX
        """);
  }

  /** Seed 002: gke, fluentd everywhere, then nginx-fast-storage following the ssd=true label. */
  @Test
  void seed002FluentdAndNodeSelectorOnGke() {
    ShellRun.write(
        dir,
        "fluentd.yaml",
        """
        apiVersion: apps/v1
        kind: DaemonSet
        metadata:
          name: fluentd
          labels:
            app: fluentd
        spec:
          selector:
            matchLabels:
              app: fluentd
          template:
            metadata:
              labels:
                app: fluentd
            spec:
              containers:
              - name: fluentd
                image: fluent/fluentd:v0.14.10
                resources:
                  limits:
                    memory: 200Mi
                  requests:
                    cpu: 100m
                    memory: 200Mi
              terminationGracePeriodSeconds: 30
        """);
    ShellRun.write(
        dir,
        "nginx-fast-storage.yaml",
        """
        apiVersion: apps/v1
        kind: DaemonSet
        metadata:
          labels:
            app: nginx
            ssd: "true"
          name: nginx-fast-storage
        spec:
          selector:
            matchLabels:
              app: nginx
              ssd: "true"
          template:
            metadata:
              labels:
                app: nginx
                ssd: "true"
            spec:
              nodeSelector:
                ssd: "true"
              containers:
                - name: nginx
                  image: nginx:1.10.0
        """);
    ShellRun r =
        ShellRun.run(
            dir,
            """
        kubectl apply -f fluentd.yaml
        sim settle
        kubectl get ds fluentd
        kubectl get pods -l app=fluentd -o wide
        kubectl label nodes k0-default-pool-35609c18-z7tb ssd=true
        kubectl get nodes --selector ssd=true
        kubectl apply -f nginx-fast-storage.yaml
        sim settle
        kubectl get ds nginx-fast-storage
        kubectl label nodes k0-default-pool-35609c18-0xnl ssd=true
        kubectl get ds nginx-fast-storage
        kubectl label nodes k0-default-pool-35609c18-z7tb ssd-
        sim settle
        kubectl get pods -l app=nginx -o wide
        kubectl delete -f fluentd.yaml
        """,
            "--preset",
            "gke");
    assertThat(r.err()).isEmpty();
    assertThat(r.out())
        .containsPattern(
            "fluentd   3         3         3       3            3           <none>          2s\n")
        .containsPattern("(fluentd-[a-z0-9]{5} .*k0-default-pool-35609c18-.*\n){3}")
        .containsPattern(
            "NAME +STATUS   ROLES    AGE   VERSION\nk0-default-pool-35609c18-z7tb   Ready    <none>   3d    "
                + "v1.30.5-gke.1014001\n")
        .contains(
            "NAME                 DESIRED   CURRENT   READY   UP-TO-DATE   AVAILABLE   NODE SELECTOR   AGE\n"
                + "nginx-fast-storage   1         1         1       1            1           ssd=true        2s\n")
        .contains(
            "nginx-fast-storage   2         2         1       2            1           ssd=true        2s\n")
        .containsPattern("nginx-fast-storage-[a-z0-9]{5} .*k0-default-pool-35609c18-0xnl")
        .doesNotContainPattern("nginx-fast-storage-[a-z0-9]{5} .*k0-default-pool-35609c18-z7tb")
        .contains("daemonset.apps \"fluentd\" deleted\n");
  }

  /**
   * Seed 004: kubeadm with kube-proxy and calico-node in kube-system; ds-httpd on the two workers.
   */
  @Test
  void seed004HttpdOnKubeadmAndNodeSelector() {
    ShellRun.write(
        dir,
        "ds-httpd.yaml",
        """
        ---
        apiVersion: apps/v1
        kind: DaemonSet
        metadata:
          name: ds-httpd
          labels:
            app: httpd_webserver
        spec:
          selector:
            matchLabels:
              app: httpd_webserver
          template:
            metadata:
              labels:
                app: httpd_webserver
            spec:
              containers:
                - name: cntr-httpd
                  image: httpd:latest
                  ports:
                    - containerPort: 80
        """);
    ShellRun r =
        ShellRun.run(
            dir,
            """
        kubectl get nodes -o wide
        kubectl get daemonsets --namespace=kube-system
        kubectl apply -f ds-httpd.yaml
        sim advance 47s
        kubectl get ds -o wide
        kubectl get pods -o wide
        kubectl label nodes kube-worker2 ec2InstanceType=M3
        kubectl get nodes --show-labels
        """,
            "--preset",
            "kubeadm");
    assertThat(r.err()).isEmpty();
    assertThat(r.out())
        .contains(
            """
        NAME           STATUS   ROLES    AGE     VERSION   INTERNAL-IP   EXTERNAL-IP   OS-IMAGE             KERNEL-VERSION      CONTAINER-RUNTIME
        kube-master    Ready    master   6m50s   v1.13.4   10.0.2.15     <none>        Ubuntu 16.04.5 LTS   4.4.0-131-generic   docker://18.6.1
        kube-worker1   Ready    <none>   4m24s   v1.13.4   10.0.2.15     <none>        Ubuntu 16.04.5 LTS   4.4.0-131-generic   docker://18.6.1
        kube-worker2   Ready    <none>   2m56s   v1.13.4   10.0.2.15     <none>        Ubuntu 16.04.5 LTS   4.4.0-131-generic   docker://18.6.1
        """)
        .contains(
            """
            NAME          DESIRED   CURRENT   READY   UP-TO-DATE   AVAILABLE   NODE SELECTOR                 AGE
            calico-node   3         3         3       3            3           beta.kubernetes.io/os=linux   4m
            kube-proxy    3         3         3       3            3           <none>                        4m45s
            """)
        .contains(
            """
            NAME       DESIRED   CURRENT   READY   UP-TO-DATE   AVAILABLE   NODE SELECTOR   AGE   CONTAINERS   IMAGES         SELECTOR
            ds-httpd   2         2         2       2            2           <none>          47s   cntr-httpd   httpd:latest   app=httpd_webserver
            """)
        .containsPattern(
            "ds-httpd-[a-z0-9]{5}   1/1     Running   0          47s   192\\.168\\.1\\.2   kube-worker1   <none> "
                + "          <none>\n")
        .containsPattern(
            "ds-httpd-[a-z0-9]{5}   1/1     Running   0          47s   192\\.168\\.2\\.2   kube-worker2   <none> "
                + "          <none>\n")
        .contains(
            "kube-worker2   Ready    <none>   3m43s   v1.13.4   beta.kubernetes.io/arch=amd64,"
                + "beta.kubernetes.io/os=linux,ec2InstanceType=M3,kubernetes.io/hostname=kube-worker2\n");
  }

  /** Bad input: each error is reported and the shell goes on; the exit status tells. */
  @Test
  void badInputIsReportedAndTheShellGoesOn() {
    ShellRun.write(
        dir,
        "bad.yaml",
        """
        apiVersion: apps/v1
        kind: DaemonSet
        metadata:
          name: broken
        spec:
          selector:
            matchLabels:
              app: one
          template:
            metadata:
              labels:
                app: two
            spec:
              containers:
              - name: c
                image: nginx
        """);
    ShellRun r =
        ShellRun.run(
            dir,
            """
        frobnicate
        get ds --bogus
        get widgets
        apply -f missing.yaml
        apply -f bad.yaml
        get ds
        """,
            "--preset",
            "kind");
    assertThat(r.exitCode()).isEqualTo(1);
    assertThat(r.err())
        .contains("error: unknown command \"frobnicate\" for \"dsctl\"")
        .contains("error: unknown flag: --bogus")
        .contains("error: the server doesn't have a resource type \"widgets\"")
        .contains("error: the path \"missing.yaml\" does not exist")
        .contains(
            "The DaemonSet \"broken\" is invalid: spec.template.metadata.labels: Invalid value: "
                + "map[string]string{\"app\":\"two\"}: `selector` does not match template `labels`")
        .contains("No resources found in default namespace.");
    assertThat(r.out()).isEmpty();
  }
}
