/**
 * Trees to text in kubectl's exact style: {@code -o json} as Go's encoding/json indents it, {@code
 * -o yaml} as sigs.k8s.io/yaml writes it.
 */
package dev.dslab.yaml.print;
