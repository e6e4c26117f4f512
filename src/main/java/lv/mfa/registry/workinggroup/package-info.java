/**
 * Working groups, expert groups, task forces and networks, and their part in each
 * presidency.
 */
package lv.mfa.registry.workinggroup;
