/**
 * The public overview of a presidency, drawing on priorities, working groups, events and
 * projects.
 */
package lv.mfa.registry.overview;
