package lv.mfa.registry.shared.form;

/**
 * Something that still depends on a record staff want to delete: a message key naming
 * what (e.g. "events") and how many. A record with dependants is not deleted.
 */
public record Dependant(String messageKey, long count) {

}
