// The official Kubernetes JavaScript client on the kubeconfig dsctl serve wrote, loaded exactly as
// written (KubeConfig.loadFromFile): TLS verified against its certificate-authority-data, the
// client certificate presented. Prints one line per step; JsClientTest compares them.
// Usage: node clients.mjs KUBECONFIG
import * as k8s from '@kubernetes/client-node';

const kc = new k8s.KubeConfig();
kc.loadFromFile(process.argv[2]);
const core = kc.makeApiClient(k8s.CoreV1Api);
const apps = kc.makeApiClient(k8s.AppsV1Api);

function daemonSet(name, image) {
  return {
    apiVersion: 'apps/v1',
    kind: 'DaemonSet',
    metadata: { name },
    spec: {
      selector: { matchLabels: { app: name } },
      template: {
        metadata: { labels: { app: name } },
        spec: { containers: [{ name, image }] },
      },
    },
  };
}

try {
  console.log('server ' + kc.getCurrentCluster().server.replace(/:\d+$/, ':PORT'));
  const nodes = await core.listNode();
  console.log('nodes ' + nodes.items.map((n) => n.metadata.name).join(' '));
  const created = await apps.createNamespacedDaemonSet({
    namespace: 'default',
    body: daemonSet('js-agent', 'busybox:1.36'),
  });
  console.log('created ' + created.metadata.name + ' generation ' + created.metadata.generation);
  const read = await apps.readNamespacedDaemonSet({ name: 'js-agent', namespace: 'default' });
  console.log('read ' + read.spec.template.spec.containers[0].image);
  const dry = await apps.createNamespacedDaemonSet({
    namespace: 'default',
    body: daemonSet('js-dry', 'busybox:1.36'),
    dryRun: 'All',
  });
  console.log('dry-run answered ' + dry.metadata.name);
  const stored = await apps.listNamespacedDaemonSet({ namespace: 'default' });
  console.log('stored ' + stored.items.map((d) => d.metadata.name).join(' '));
} catch (e) {
  console.error('error: ' + (e.body ?? e.message ?? e));
  process.exit(1);
}
