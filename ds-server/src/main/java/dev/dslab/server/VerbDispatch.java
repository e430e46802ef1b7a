package dev.dslab.server;

import dev.dslab.engine.api.ApiException;
import java.io.IOException;

/**
 * A resource request's verb, decided by the method, the name and the subresource: get, list, watch,
 * create, update, patch, delete or evict; the scale subresource's get, update and patch. A refusal
 * is answered as the API server's Status.
 */
record VerbDispatch(
    ReadVerbs reads, WriteVerbs writes, DeleteVerbs deletes, ScaleSubresource scales) {
  void serve(ResourceRequest r) throws IOException {
    try {
      ApiPath path = r.path();
      if (path.subresource() != null && !r.resource().subresources().contains(path.subresource())) {
        throw new ApiException(
            ApiException.Reason.NotFound, "the server could not find the requested resource");
      }
      if (r.kind().namespaced() && path.name() != null && path.namespace() == null) {
        throw new ApiException(
            ApiException.Reason.NotFound, "the server could not find the requested resource");
      }
      if (PodStreams.on(r) && path.name() != null) {
        PodStreams.serve(r, reads.engine());
        return;
      }
      if (ScaleSubresource.on(r) && path.name() != null) {
        switch (r.exchange().getRequestMethod()) {
          case "GET" -> scales.get(r);
          case "PUT" -> scales.update(r);
          case "PATCH" -> scales.patch(r);
          default -> throw notAllowed();
        }
        return;
      }
      switch (r.exchange().getRequestMethod()) {
        case "GET" -> {
          if (path.name() == null && Exchanges.isTrue(r.query().get("watch"))) {
            reads.watch(r);
          } else if (path.name() == null) {
            reads.list(r);
          } else {
            reads.get(r);
          }
        }
        case "POST" -> {
          if ("eviction".equals(path.subresource())) {
            deletes.evict(r);
          } else if (path.name() == null) {
            writes.create(r);
          } else {
            throw notAllowed();
          }
        }
        case "PUT" -> writes.update(r);
        case "PATCH" -> writes.patch(r);
        case "DELETE" -> deletes.delete(r);
        default -> throw notAllowed();
      }
    } catch (ApiException e) {
      r.send(e.reason().code(), StatusObjects.of(e, r.resource(), r.name()));
    } catch (BadRequest e) {
      r.send(e.code, StatusObjects.failure(e.getMessage(), e.reason, e.code, null));
    }
  }

  static ApiException notAllowed() {
    return new ApiException(
        ApiException.Reason.MethodNotAllowed,
        "the server does not allow this method on the requested resource");
  }
}
