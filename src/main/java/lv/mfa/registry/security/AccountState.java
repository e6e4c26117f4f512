package lv.mfa.registry.security;

/** Whether an account may still be used, and its version (bumped by every change). */
record AccountState(boolean enabled, long version) {
}
