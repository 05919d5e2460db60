"""Reminders of what was promised by a time: a project's deadline coming while its work is
not handed in, and a sample mix not delivered by the day its client was told.

A periodic job (jobs/deadlines.py) sends each once, recorded on the row itself: a project once
per deadline (the deadline it was reminded of is kept, so a deadline moved is a new one to
remind of), a sample mix once. How long before a deadline is the DEADLINE_REMINDER_HOURS
setting; a sample mix is overdue once the day promised (`estimatedDelivery`, a day of the
studio's calendar, three days after the request) has ended in the studio's time zone.
"""

from __future__ import annotations

from datetime import timedelta

from domain.project import ProjectStatus

# The statuses in which the work is still to be handed in: in REVIEW a version awaits the
# client, and a completed or cancelled project has no deadline left to meet.
DEADLINE_PENDING = frozenset(
    {
        ProjectStatus.PLANNING,
        ProjectStatus.IN_PROGRESS,
        ProjectStatus.PENDING_SCRIPT,
        ProjectStatus.SCRIPT_RECEIVED,
        ProjectStatus.IN_PRODUCTION,
    }
)
# Where the project waits on its client (no recording starts before their script): they are
# reminded too. Elsewhere the work is the studio's alone, and a client told "not delivered
# yet" a day ahead could do nothing about it but worry.
CLIENT_OWES = frozenset({ProjectStatus.PENDING_SCRIPT})
# How late an overdue sample mix may still be reminded of (a worker outage, or mixes long
# abandoned when the reminder came in); older ones are left be. It also bounds each run's rows.
OVERDUE_LOOKBACK = timedelta(days=7)
