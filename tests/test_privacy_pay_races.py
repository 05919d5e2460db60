"""payFollowUp, payForSession, payProject and buyBundle racing deleteMyAccount: a request
signed in before the erasure began. Both lock the client's account row first, so whichever
comes first, no payment is opened for an erased account: either the payment is there first
and the erasure sees it (and keeps the account), or the erasure goes first and the payment,
its token revoked meanwhile, is refused as signed out. Each test holds the row itself and
queues the two requests behind it in a known order (`until_waiting`)."""

from __future__ import annotations

import asyncio
from collections.abc import Awaitable, Callable
from typing import Any
from uuid import UUID

import httpx
import pytest
from strawberry.relay import from_base64
from tortoise.transactions import in_transaction

from domain.session import SessionStatus
from models.account import User
from models.booking import Session
from models.payment import Payment
from models.project import Project
from tests.api import execute
from tests.factories import PASSWORD, make_user, token_for
from tests.locks import until_waiting
from tests.payments import PAY as PAY_SESSION
from tests.scheduling import open_studio
from tests.test_bundles import BUY as BUY_BUNDLE
from tests.test_bundles import bundle_of
from tests.test_follow_up_payments import PAY as PAY_FOLLOW_UP
from tests.test_follow_up_payments import asked
from tests.test_privacy import DELETE
from tests.test_project_payments import PAY as PAY_PROJECT
from tests.test_project_payments import started

Request = Callable[[], Awaitable[dict[str, Any]]]
REFUSED = [{"field": None, "code": "PAYMENT_PENDING"}]


async def _queued(client_id: UUID, *requests: Request) -> list[dict[str, Any]]:
    """Runs the requests, each queued for the client's account row, which is held here
    meanwhile, in this order; then their answers."""
    turns = [asyncio.Event() for _ in requests]

    async def when(turn: asyncio.Event, request: Request) -> dict[str, Any]:
        await turn.wait()
        return await request()

    # Created outside the transaction below, so that each runs on a connection of its own.
    running = [asyncio.create_task(when(t, r)) for t, r in zip(turns, requests, strict=True)]
    async with in_transaction():
        await User.filter(id=client_id).select_for_update().only("id")
        for waiting, turn in enumerate(turns, start=1):
            turn.set()
            await until_waiting(waiting)
    return [await task for task in running]


async def _payer(client: httpx.AsyncClient, which: str) -> tuple[UUID, str, Request]:
    """A client who may erase their account, their token, and their request `which`."""
    if which == "buyBundle":
        studio, buyer = await open_studio(), await make_user()
        token = await token_for(buyer)
        client_id, query = buyer.id, BUY_BUNDLE
        variables = {"id": await bundle_of(client, studio)}
    elif which == "payProject":
        project = await started(client)
        # Erasure waits for the consultation booked to start the project: taken place.
        await Session.all().update(status=SessionStatus.COMPLETED)
        client_id = (await Project.get()).client_id  # type: ignore[attr-defined]
        query, variables, token = PAY_PROJECT, project.pay(), project.client_token
    else:
        follow_up = await asked(client)
        client_id = (await Session.get(id=from_base64(follow_up.session_id)[1])).client_id  # type: ignore[attr-defined]
        token = follow_up.client_token
        if which == "payFollowUp":
            query, variables = PAY_FOLLOW_UP, follow_up.pay()
        else:
            query = PAY_SESSION
            variables = {"input": {"sessionId": follow_up.session_id, "kind": "FULL"}}

    async def pay() -> dict[str, Any]:
        return await execute(client, query, variables, token=token)

    return client_id, token, pay


def _delete(client: httpx.AsyncClient, token: str) -> Request:
    async def delete() -> dict[str, Any]:
        return await execute(client, DELETE, {"input": {"password": PASSWORD}}, token=token)

    return delete


@pytest.mark.parametrize("which", ["payFollowUp", "payForSession", "payProject", "buyBundle"])
async def test_a_payment_waiting_for_an_erasure_is_refused_as_signed_out(
    client: httpx.AsyncClient, which: str
) -> None:
    client_id, token, pay = await _payer(client, which)

    erased, paid = await _queued(client_id, _delete(client, token), pay)

    assert erased["data"]["deleteMyAccount"] == {"deleted": True, "userErrors": []}
    assert paid["data"] is None
    assert [e["extensions"]["code"] for e in paid["errors"]] == ["UNAUTHENTICATED"]
    assert await Payment.all().count() == 0


@pytest.mark.parametrize("which", ["payFollowUp", "payForSession", "payProject", "buyBundle"])
async def test_a_payment_opened_as_the_erasure_starts_keeps_the_account(
    client: httpx.AsyncClient, which: str
) -> None:
    client_id, token, pay = await _payer(client, which)

    paid, erased = await _queued(client_id, pay, _delete(client, token))

    payload = paid["data"][which]
    assert payload["userErrors"] == []
    assert payload["payment"]["status"] == "PENDING"
    # The erasure waited for the payment's commit, then saw it left payable.
    assert erased["data"]["deleteMyAccount"] == {"deleted": False, "userErrors": REFUSED}
    assert (await User.get(id=client_id)).deleted_at is None
    assert await Payment.filter(status="PENDING").count() == 1
