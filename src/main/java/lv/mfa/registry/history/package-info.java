/**
 * The history of every record staff edit (Hibernate Envers): who saved, when, and which
 * fields changed; the revision entity that records who.
 */
package lv.mfa.registry.history;
