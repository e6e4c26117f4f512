/**
 * The staff's start page with its data-quality warnings, and the reference data admins
 * keep: institutions, organisations, countries (deleted only while nothing uses them).
 */
package lv.mfa.registry.staff;
