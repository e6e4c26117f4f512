/**
 * Loading data sets (YAML files) into the registry: the demo data at start, and later
 * whole new presidencies.
 */
package lv.mfa.registry.dataset;
