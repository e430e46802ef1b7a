package dev.dslab.model.core;

import dev.dslab.model.meta.Collections2;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;

/** A node's status: capacity, allocatable, conditions, addresses and system info (nullable). */
public record NodeStatus(
    SortedMap<String, Quantity> capacity,
    SortedMap<String, Quantity> allocatable,
    List<NodeCondition> conditions,
    List<NodeAddress> addresses,
    NodeSystemInfo nodeInfo) {

  public NodeStatus {
    capacity = copy(capacity);
    allocatable = copy(allocatable);
    conditions = Collections2.copy(conditions);
    addresses = Collections2.copy(addresses);
  }

  private static SortedMap<String, Quantity> copy(Map<String, Quantity> map) {
    return map == null || map.isEmpty()
        ? Collections.emptySortedMap()
        : Collections.unmodifiableSortedMap(new TreeMap<>(map));
  }

  public static NodeStatus empty() {
    return new NodeStatus(null, null, null, null, null);
  }

  public Optional<NodeCondition> condition(String type) {
    return conditions.stream().filter(c -> c.type().equals(type)).findFirst();
  }

  public Optional<String> address(String type) {
    return addresses.stream()
        .filter(a -> a.type().equals(type))
        .map(NodeAddress::address)
        .findFirst();
  }

  public NodeStatus withConditions(List<NodeCondition> value) {
    return new NodeStatus(capacity, allocatable, value, addresses, nodeInfo);
  }
}
