package lv.mfa.registry.timeline;

import lv.mfa.registry.event.Event;

/** A checked filter, with the priority resolved to its id, ready for the repository. */
record TimelineQuery(Long presidencyId, Long priorityId, String workingGroup, Event.Type type, String organiser,
		String country, String city, String text, TimelinePeriod month) {

}
