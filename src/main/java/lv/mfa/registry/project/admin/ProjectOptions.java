package lv.mfa.registry.project.admin;

import java.util.List;

import lv.mfa.registry.presidency.Presidency;
import lv.mfa.registry.priority.Priority;
import lv.mfa.registry.reference.Country;

/**
 * The choices the project form offers: the presidency and priority, partner countries.
 */
record ProjectOptions(List<Presidency> presidencies, List<Priority> priorities, List<Country> countries) {

}
