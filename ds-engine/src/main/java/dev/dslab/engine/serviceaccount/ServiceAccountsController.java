package dev.dslab.engine.serviceaccount;

import dev.dslab.engine.admission.ServiceAccountAdmission;
import dev.dslab.engine.api.ApiException;
import dev.dslab.engine.api.ApiServer;
import dev.dslab.engine.api.Kind;
import dev.dslab.engine.api.WatchEvent;
import dev.dslab.engine.runtime.Controller;
import dev.dslab.engine.runtime.WorkQueue;
import dev.dslab.model.core.Namespace;
import dev.dslab.model.meta.ObjectMeta;
import dev.dslab.model.meta.Unstructured;
import java.util.Optional;

/**
 * The serviceaccounts controller (pkg/controller/serviceaccount/serviceaccounts_controller.go):
 * every active namespace has a {@code default} ServiceAccount. A namespace added or changed, or a
 * service account deleted, queues the namespace; {@code syncNamespace} creates the account when it
 * is missing, and leaves a namespace that is not Active alone. It records no events.
 */
public final class ServiceAccountsController implements Controller {
  private final ApiServer api;
  private final WorkQueue<String> namespaces = new WorkQueue<>();

  public ServiceAccountsController(ApiServer api) {
    this.api = api;
    api.store().watch(this::onChange);
  }

  /** namespaceAdded, namespaceUpdated and serviceAccountDeleted: the namespace is looked at. */
  private void onChange(WatchEvent e) {
    if (e.kind() == Kind.NAMESPACE && e.type() != WatchEvent.Type.DELETED) {
      namespaces.add(e.object().metadata().name());
    } else if (e.kind() == Kind.SERVICE_ACCOUNT && e.type() == WatchEvent.Type.DELETED) {
      namespaces.add(e.object().metadata().namespace());
    }
  }

  @Override
  public boolean hasWork() {
    return !namespaces.isEmpty();
  }

  /** syncNamespace. */
  @Override
  public void processNext() {
    String name = namespaces.poll();
    Optional<Namespace> ns = api.store().get(Kind.NAMESPACE, null, name);
    if (ns.isEmpty()
        || ns.get().metadata().isDeleting()
        || !Namespace.ACTIVE.equals(ns.get().phase())) {
      return;
    }
    String account = ServiceAccountAdmission.DEFAULT_SERVICE_ACCOUNT;
    if (api.store().get(Kind.SERVICE_ACCOUNT, name, account).isPresent()) {
      return;
    }
    try {
      api.create(defaultServiceAccount(name));
    } catch (ApiException e) {
      // AlreadyExists is fine; a namespace gone meanwhile needs no account.
    }
  }

  /** ServiceAccountsToEnsure's entry: an account with a name and nothing else. */
  static Unstructured defaultServiceAccount(String namespace) {
    return new Unstructured(
        Kind.SERVICE_ACCOUNT.apiVersion(),
        Kind.SERVICE_ACCOUNT.kindName(),
        ObjectMeta.named(namespace, ServiceAccountAdmission.DEFAULT_SERVICE_ACCOUNT),
        null);
  }
}
