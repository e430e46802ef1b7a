package dev.dslab.engine.admission;

import dev.dslab.model.meta.KubeObject;

/**
 * One mutating admission plugin (admission.MutationInterface): it looks at every object written and
 * changes the ones of the resources it handles, returning the others as they are.
 */
public interface MutatingAdmissionPlugin {
  KubeObject admit(KubeObject object);
}
