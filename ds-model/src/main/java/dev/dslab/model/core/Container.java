package dev.dslab.model.core;

import dev.dslab.model.meta.Collections2;
import java.util.List;
import java.util.Objects;

/** A container of a pod template. {@code envFrom} is the last component so that it was added. */
public record Container(
    String name,
    String image,
    String imagePullPolicy,
    List<String> command,
    List<String> args,
    List<ContainerPort> ports,
    List<EnvVar> env,
    ResourceRequirements resources,
    List<VolumeMount> volumeMounts,
    List<EnvFromSource> envFrom) {

  public Container {
    Objects.requireNonNull(name, "name");
    command = Collections2.copy(command);
    args = Collections2.copy(args);
    ports = Collections2.copy(ports);
    env = Collections2.copy(env);
    resources = resources == null ? ResourceRequirements.NONE : resources;
    volumeMounts = Collections2.copy(volumeMounts);
    envFrom = Collections2.copy(envFrom);
  }

  /** A container without envFrom, as the record was before it had one. */
  public Container(
      String name,
      String image,
      String imagePullPolicy,
      List<String> command,
      List<String> args,
      List<ContainerPort> ports,
      List<EnvVar> env,
      ResourceRequirements resources,
      List<VolumeMount> volumeMounts) {
    this(name, image, imagePullPolicy, command, args, ports, env, resources, volumeMounts, null);
  }

  /**
   * The record's text as it was before envFrom: the DaemonSet controller's template hash is taken
   * over this text, so a template without envFrom keeps the controller-revision-hash it had.
   */
  @Override
  public String toString() {
    return "Container[name="
        + name
        + ", image="
        + image
        + ", imagePullPolicy="
        + imagePullPolicy
        + ", command="
        + command
        + ", args="
        + args
        + ", ports="
        + ports
        + ", env="
        + env
        + ", resources="
        + resources
        + ", volumeMounts="
        + volumeMounts
        + (envFrom.isEmpty() ? "" : ", envFrom=" + envFrom)
        + "]";
  }

  public static Container of(String name, String image) {
    return new Container(name, image, null, null, null, null, null, null, null, null);
  }

  public Container withImage(String value) {
    return new Container(
        name, value, imagePullPolicy, command, args, ports, env, resources, volumeMounts, envFrom);
  }

  public Container withPorts(List<ContainerPort> value) {
    return new Container(
        name, image, imagePullPolicy, command, args, value, env, resources, volumeMounts, envFrom);
  }

  public Container withResources(ResourceRequirements value) {
    return new Container(
        name, image, imagePullPolicy, command, args, ports, env, value, volumeMounts, envFrom);
  }

  public Container withVolumeMounts(List<VolumeMount> value) {
    return new Container(
        name, image, imagePullPolicy, command, args, ports, env, resources, value, envFrom);
  }

  public Container withEnv(List<EnvVar> value) {
    return new Container(
        name,
        image,
        imagePullPolicy,
        command,
        args,
        ports,
        value,
        resources,
        volumeMounts,
        envFrom);
  }

  public Container withEnvFrom(List<EnvFromSource> value) {
    return new Container(
        name, image, imagePullPolicy, command, args, ports, env, resources, volumeMounts, value);
  }
}
