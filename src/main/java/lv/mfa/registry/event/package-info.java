/**
 * Events: meetings, conferences and visits, with their agenda, organisers and documents
 * adopted.
 */
package lv.mfa.registry.event;
