"""A milestone told to a live account and an erased one writes, and announces, the live one's
notification only: `python -m tests.erased_recipients_scenario URL DIR` prints who got what
on that database (SQLite gets a process of its own; PostgreSQL tests call `told` in theirs)."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

import httpx
from tortoise.transactions import in_transaction

from domain.notification import NotificationKind
from models.account import User
from models.notification import Notification
from resolvers.notify import notify_users, owing, record_milestone
from tests.factories import make_user
from tests.fresh_database import print_answers


async def told(_: httpx.AsyncClient | None = None) -> dict[str, Any]:
    """Who was notified ("live", "erased") by `notify_users` and by `record_milestone`, and
    whom the notifications collected for announcing on SQLite name."""
    live, erased = await make_user(), await make_user()
    await User.filter(id=erased.id).update(deleted_at=datetime.now(UTC))
    erased = await User.get(id=erased.id)
    names = {live.id: "live", erased.id: "erased"}
    owed = owing()
    async with in_transaction():
        await notify_users(NotificationKind.SESSION_FOLLOW_UP, [live, erased], "Mon 1 Jun")
        await record_milestone(
            NotificationKind.NEW_MESSAGE, [erased.id, live.id], [], "Debut EP", "Hello"
        )
    rows = await Notification.all().values_list("kind", "recipient_id")
    return {
        "notified": sorted([str(kind), names[recipient]] for kind, recipient in rows),
        "owed": sorted(names[row.recipient_id] for row in owed),  # type: ignore[attr-defined]
        "ids": {name: str(user_id) for user_id, name in names.items()},
    }


if __name__ == "__main__":
    print_answers(told)
