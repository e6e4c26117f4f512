package lv.mfa.registry.shared;

import lv.mfa.registry.shared.text.LocalizedText;

/**
 * One value of a filter with the number of events it would show: a label from the data
 * (text) or from messages (key).
 */
public record FacetValue(String value, LocalizedText text, String key, long count) {

}
