/**
 * What every feature uses: bilingual text, publication state, the web layout's locale
 * handling.
 */
@org.springframework.modulith.ApplicationModule(type = org.springframework.modulith.ApplicationModule.Type.OPEN,
		allowedDependencies = {})
package lv.mfa.registry.shared;
