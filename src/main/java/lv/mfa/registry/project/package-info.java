/** Funded projects and their partners. */
package lv.mfa.registry.project;
