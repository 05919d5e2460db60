"""iCalendar (RFC 5545) feeds that calendar apps subscribe to."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta

from icalendar import Calendar, Event


@dataclass(frozen=True, slots=True)
class FeedEvent:
    uid: str
    start: datetime
    end: datetime
    summary: str
    description: str
    confirmed: bool
    updated: datetime
    # Raised with every change of the event's time or status, so a calendar app that
    # compares revisions (RFC 5545 3.8.7.4) takes the newer one.
    sequence: int = 0


def render_feed(name: str, events: list[FeedEvent]) -> bytes:
    calendar = Calendar()
    calendar.add("prodid", "-//studiograph//sessions//EN")
    calendar.add("version", "2.0")
    calendar.add("x-wr-calname", name)
    # Calendar apps poll subscriptions; this asks for an hourly refresh.
    calendar.add("refresh-interval", timedelta(hours=1), parameters={"VALUE": "DURATION"})
    for item in events:
        event = Event()
        event.add("uid", item.uid)
        event.add("dtstamp", item.updated)
        event.add("last-modified", item.updated)
        event.add("sequence", item.sequence)
        event.add("dtstart", item.start)
        event.add("dtend", item.end)
        event.add("summary", item.summary)
        event.add("description", item.description)
        event.add("status", "CONFIRMED" if item.confirmed else "TENTATIVE")
        calendar.add_component(event)
    return calendar.to_ical()
