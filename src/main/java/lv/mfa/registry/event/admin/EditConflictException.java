package lv.mfa.registry.event.admin;

/**
 * Someone else saved the record since the user opened it: their save is refused, and what
 * they typed is shown beside the saved version.
 */
class EditConflictException extends RuntimeException {

	EditConflictException(Long id) {
		super("event " + id + " was changed by someone else");
	}

}
