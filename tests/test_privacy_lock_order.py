"""deleteMyAccount beside a job that holds one of the client's sessions and tells them of it
(a reminder, an installment): the erasure locks the account's row, then anonymises its
sessions; the job locks a session, then writes a notice whose foreign key needs the row.
With the row locked FOR UPDATE each waited for the other and PostgreSQL aborted one."""

from __future__ import annotations

import asyncio
from datetime import UTC, datetime, timedelta
from typing import Any

import httpx
from tortoise.transactions import in_transaction

from domain.notification import NotificationKind
from domain.session import SessionStatus
from models.account import User
from models.booking import Session
from models.notification import Notification
from tests.api import execute
from tests.factories import PASSWORD, make_user, token_for
from tests.locks import until_waiting
from tests.scheduling import hour_session, open_studio
from tests.test_privacy import DELETE


async def test_an_erasure_and_a_job_telling_the_client_of_a_session_both_finish(
    client: httpx.AsyncClient,
) -> None:
    studio, member = await open_studio(), await make_user()
    token = await token_for(member)
    past = datetime.now(UTC) - timedelta(days=3)
    session_id = await hour_session(member, studio, past, SessionStatus.COMPLETED)
    variables = {"input": {"password": PASSWORD}}

    locked = asyncio.Event()

    async def erase() -> dict[str, Any]:
        await locked.wait()
        return await execute(client, DELETE, variables, token=token)

    # Created outside the transaction below, so that it runs on a connection of its own.
    erasing = asyncio.create_task(erase())
    async with in_transaction():
        await Session.filter(id=session_id).select_for_update().only("id")
        locked.set()
        await until_waiting(1)  # the erasure holds the account and waits for the session
        await Notification.create(
            recipient=member, kind=NotificationKind.SESSION_FOLLOW_UP, title="How did it go?"
        )

    erased = await erasing
    assert erased["data"]["deleteMyAccount"] == {"deleted": True, "userErrors": []}
    assert (await User.get(id=member.id)).deleted_at is not None
