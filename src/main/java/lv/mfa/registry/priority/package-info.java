/** A presidency's priorities, their tasks and the progress made on each. */
package lv.mfa.registry.priority;
