package dev.dslab.model.core;

/** A reference to an object, as events carry it in involvedObject. */
public record ObjectReference(
    String apiVersion, String kind, String namespace, String name, String uid, String fieldPath) {}
