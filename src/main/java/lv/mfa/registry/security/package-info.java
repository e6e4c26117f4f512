/** Who may do what: sign-in, roles, security headers. */
package lv.mfa.registry.security;
