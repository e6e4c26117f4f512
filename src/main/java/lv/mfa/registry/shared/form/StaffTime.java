package lv.mfa.registry.shared.form;

import java.time.ZoneId;

/**
 * The registry's staff work in Riga: "today" and the times of saved changes are Riga's.
 */
public final class StaffTime {

	/** The zone staff pages show times in. */
	public static final ZoneId ZONE = ZoneId.of("Europe/Riga");

	private StaffTime() {
	}

}
