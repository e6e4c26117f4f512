/**
 * Staff editing under /admin: forms, drafts and publishing, data-quality warnings, the
 * history of every change and restoring an earlier version.
 */
package lv.mfa.registry.admin;
