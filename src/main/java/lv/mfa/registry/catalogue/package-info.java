/**
 * The public catalogues: funded projects with their filters and partners, and working
 * groups with their meetings and projects.
 */
package lv.mfa.registry.catalogue;
