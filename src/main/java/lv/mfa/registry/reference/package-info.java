/**
 * Reference data every presidency shares: countries, organisations, the holding country's
 * institutions, funding programmes.
 */
package lv.mfa.registry.reference;
