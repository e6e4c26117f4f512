/** Presidencies: who held which council when, under which coordinating institution. */
package lv.mfa.registry.presidency;
