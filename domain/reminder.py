"""Reminders about sessions: when each one is due, and who hears of it.

Each rule names a session status and a time window around the session's start or end; a
periodic job (jobs/reminders.py) sends each reminder once per session while the session is in
that status and the window is open. A reminder whose window closed while no worker ran is not
sent late: a "starting soon" after the start, or a follow-up weeks later, would only confuse.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta
from enum import StrEnum

from domain.notification import NotificationKind
from domain.session import SessionStatus

STARTING_SOON_LEAD = timedelta(minutes=5)
PROVIDER_NUDGE_AFTER = timedelta(minutes=3)
# Past these a session is taken for stuck: a provider who forgot to start it (or to record a
# no-show), or one who forgot to complete it. Half an hour leaves room for a late client or a
# session that runs a little over, yet admins still hear of it the same day.
STUCK_AFTER = timedelta(minutes=30)
FOLLOW_UP_AFTER = timedelta(days=1)
# A request waits for the provider's word: they hear again a few hours after it came, and on
# the day before its start, when it is about to expire unconfirmed (jobs/unconfirmed.py).
REQUEST_NUDGE_AFTER = timedelta(hours=4)
REQUEST_NUDGE_BEFORE = timedelta(hours=24)
# How late a reminder may still go out after it fell due (a worker outage); older ones are
# dropped. It also bounds the rows each run reads.
LOOKBACK = timedelta(days=7)


class ReminderKind(StrEnum):
    """Recorded once per session when sent; the name of a step never changes once used."""

    STARTING_SOON = "STARTING_SOON"
    PROVIDER_NOT_STARTED = "PROVIDER_NOT_STARTED"
    STUCK_NOT_STARTED = "STUCK_NOT_STARTED"
    STUCK_RUNNING_OVER = "STUCK_RUNNING_OVER"
    FOLLOW_UP_1 = "FOLLOW_UP_1"
    REQUEST_WAITING = "REQUEST_WAITING"
    REQUEST_EXPIRING = "REQUEST_EXPIRING"


class Anchor(StrEnum):
    START = "start_at"
    END = "end_at"
    CREATED = "created_at"  # when the session was booked


class Audience(StrEnum):
    PARTICIPANTS = "PARTICIPANTS"  # the client and the provider
    CLIENT = "CLIENT"
    PROVIDER = "PROVIDER"
    ADMINS = "ADMINS"


@dataclass(frozen=True, slots=True)
class Rule:
    """Due while the session is in `status` and `anchor + opens <= now < anchor + closes`,
    and, with `booked_ahead`, only if it was booked at least that long before its start."""

    kind: ReminderKind
    status: SessionStatus
    anchor: Anchor
    opens: timedelta
    closes: timedelta
    audience: Audience
    notification: NotificationKind
    detail: str = ""
    booked_ahead: timedelta | None = None

    def window(self, now: datetime) -> tuple[datetime, datetime]:
        """The anchors due at `now`: from the first (excluded) to the last (included)."""
        return now - self.closes, now - self.opens

    def is_due(
        self,
        status: SessionStatus,
        anchor: datetime,
        now: datetime,
        lead: timedelta | None = None,
    ) -> bool:
        """`lead`: how long before its start the session was booked."""
        earliest, latest = self.window(now)
        ahead = self.booked_ahead is None or (lead is not None and lead >= self.booked_ahead)
        return status == self.status and earliest < anchor <= latest and ahead


def _minutes(span: timedelta) -> int:
    return int(span.total_seconds() // 60)


STARTING_SOON = Rule(
    ReminderKind.STARTING_SOON,
    SessionStatus.CONFIRMED,
    Anchor.START,
    opens=-STARTING_SOON_LEAD,
    closes=timedelta(0),
    audience=Audience.PARTICIPANTS,
    notification=NotificationKind.SESSION_STARTING_SOON,
)
PROVIDER_NOT_STARTED = Rule(
    ReminderKind.PROVIDER_NOT_STARTED,
    SessionStatus.CONFIRMED,
    Anchor.START,
    opens=PROVIDER_NUDGE_AFTER,
    closes=LOOKBACK,
    audience=Audience.PROVIDER,
    notification=NotificationKind.PROVIDER_NOT_STARTED,
)
# The second only for requests made long enough ahead that the first came before its window
# opened: a request made the day before its start is nudged once, not twice within minutes.
REQUEST_NUDGES: tuple[Rule, ...] = (
    Rule(
        ReminderKind.REQUEST_WAITING,
        SessionStatus.REQUESTED,
        Anchor.CREATED,
        opens=REQUEST_NUDGE_AFTER,
        closes=LOOKBACK,
        audience=Audience.PROVIDER,
        notification=NotificationKind.SESSION_AWAITING_CONFIRMATION,
    ),
    Rule(
        ReminderKind.REQUEST_EXPIRING,
        SessionStatus.REQUESTED,
        Anchor.START,
        opens=-REQUEST_NUDGE_BEFORE,
        closes=timedelta(0),
        audience=Audience.PROVIDER,
        notification=NotificationKind.SESSION_AWAITING_CONFIRMATION,
        booked_ahead=REQUEST_NUDGE_BEFORE + REQUEST_NUDGE_AFTER,
    ),
)
STUCK: tuple[Rule, ...] = (
    Rule(
        ReminderKind.STUCK_NOT_STARTED,
        SessionStatus.CONFIRMED,
        Anchor.START,
        opens=STUCK_AFTER,
        closes=LOOKBACK,
        audience=Audience.ADMINS,
        notification=NotificationKind.SESSION_STUCK,
        detail=f"was not started {_minutes(STUCK_AFTER)} minutes after its start",
    ),
    Rule(
        ReminderKind.STUCK_RUNNING_OVER,
        SessionStatus.IN_PROGRESS,
        Anchor.END,
        opens=STUCK_AFTER,
        closes=LOOKBACK,
        audience=Audience.ADMINS,
        notification=NotificationKind.SESSION_STUCK,
        detail=f"is still in progress {_minutes(STUCK_AFTER)} minutes after its end",
    ),
)
# The sequence a completed session's client receives. A further step is one more rule here
# (a new ReminderKind, e.g. FOLLOW_UP_2 with `opens=timedelta(days=7)`, and a notification
# kind with its texts and mail templates): each step is recorded and sent on its own.
FOLLOW_UPS: tuple[Rule, ...] = (
    Rule(
        ReminderKind.FOLLOW_UP_1,
        SessionStatus.COMPLETED,
        Anchor.END,
        opens=FOLLOW_UP_AFTER,
        closes=FOLLOW_UP_AFTER + LOOKBACK,
        audience=Audience.CLIENT,
        notification=NotificationKind.SESSION_FOLLOW_UP,
    ),
)
