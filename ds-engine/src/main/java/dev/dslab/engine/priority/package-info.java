/**
 * Pod priority (scheduling.k8s.io/v1 PriorityClass): the classes as the API server reads them from
 * its store, the two built-in system classes every cluster has, and the class rules of
 * pkg/apis/scheduling/validation. The admission that resolves a pod's priority is in {@code
 * admission.PriorityAdmission}; the scheduler's use of it is {@code scheduler.preemption}.
 */
package dev.dslab.engine.priority;
