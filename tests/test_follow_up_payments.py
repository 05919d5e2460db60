"""Paying a priced follow-up through the payments flow: offline (the studio records the
transfer), refusals, refunds, giving up a payment, and what privacy requests do with them.
Card payments and Stripe's webhook: tests/test_follow_up_stripe.py."""

from __future__ import annotations

import asyncio
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from typing import Any

import httpx
import pytest
from strawberry.relay import to_base64

import resolvers.follow_up_payment
from app.settings import Settings
from domain.session import SessionStatus
from models.aftercare import FollowUpRequest
from models.notification import Notification
from models.outbox import OutboxMessage
from models.payment import Payment
from models.project import Project
from tests.api import assert_denied, execute, gql
from tests.factories import PASSWORD, make_user, token_for
from tests.payments import ACCOUNT, RECORD
from tests.scheduling import Studio, client_token, hour_session, open_studio
from tests.shop import admin_token
from tests.test_aftercare import ANSWER, FOLLOW_UP
from tests.test_privacy import DELETE, _export

PAY = """
mutation ($input: PayFollowUpInput!) { payFollowUp(input: $input) {
  payment {
    id kind amount { amount currency } status provider reference clientSecret
    followUp { id paid } session { id }
  }
  userErrors { field code message }
} }"""
SEEN = """query ($id: ID!) { node(id: $id) { ... on FollowUp { status paid paidAt } } }"""
REFUND = """
mutation ($input: RefundPaymentInput!) { refundPayment(input: $input) {
  refunds { amount { amount } status } userErrors { field code }
} }"""
ADMIN_PAYMENTS = """
query ($providerId: ID, $search: String, $kind: PaymentKind) {
  adminPayments(providerId: $providerId, search: $search, kind: $kind) { edges { node { id } } }
}"""
CANCEL = """
mutation ($input: CancelPaymentInput!) { cancelPayment(input: $input) {
  payment { id status } userErrors { field code }
} }"""


@dataclass
class Asked:
    studio: Studio
    session_id: str
    follow_up_id: str
    client_token: str

    def pay(self) -> dict[str, Any]:
        return {"input": {"followUpId": self.follow_up_id}}

    def answer(self, text: str = "Use 5W-30.") -> dict[str, Any]:
        return {"input": {"followUpId": self.follow_up_id, "answer": text}}


async def asked(client: httpx.AsyncClient, *, premium: bool = False) -> Asked:
    """A quick question about a completed session: 10.00 EUR (10% of the 100.00 EUR rate),
    nothing on a premium service."""
    studio = await open_studio(premium=premium)
    me = await make_user()
    token = await token_for(me)
    start = datetime.now(UTC).replace(microsecond=0) - timedelta(days=2)
    session = await hour_session(me, studio, start, SessionStatus.COMPLETED)
    session_id = to_base64("Session", str(session))
    ask = {"input": {"sessionId": session_id, "kind": "QUICK_QUESTION", "question": "Oil?"}}
    follow_up = (await gql(client, FOLLOW_UP, ask, token=token))["requestFollowUp"]["followUp"]
    return Asked(studio, session_id, follow_up["id"], token)


async def seen(client: httpx.AsyncClient, follow_up: Asked) -> dict[str, Any]:
    found = await gql(client, SEEN, {"id": follow_up.follow_up_id}, token=follow_up.client_token)
    return found["node"]  # type: ignore[no-any-return]


def codes(payload: dict[str, Any]) -> list[str]:
    return [error["code"] for error in payload["userErrors"]]


async def test_an_offline_payment_recorded_by_the_studio_lets_the_provider_answer(
    client: httpx.AsyncClient,
) -> None:
    # Priced, and nothing let the client pay it: the price was a number nobody could settle.
    follow_up = await asked(client)
    provider = follow_up.studio.provider_token
    unpaid = await gql(client, ANSWER, follow_up.answer(), token=provider)
    assert codes(unpaid["answerFollowUp"]) == ["NOT_PAID"]
    assert await seen(client, follow_up) == {"status": "OPEN", "paid": False, "paidAt": None}

    paying = (await gql(client, PAY, follow_up.pay(), token=follow_up.client_token))["payFollowUp"]
    assert paying["userErrors"] == []
    payment = paying["payment"]
    assert (payment["kind"], payment["status"], payment["provider"]) == (
        "FOLLOW_UP",
        "PENDING",
        "offline",
    )
    assert payment["amount"] == {"amount": 1000, "currency": "EUR"}
    assert payment["followUp"] == {"id": follow_up.follow_up_id, "paid": False}
    assert payment["session"] is None  # not part of what the session costs
    again = (await gql(client, PAY, follow_up.pay(), token=follow_up.client_token))["payFollowUp"]
    assert again["payment"]["id"] == payment["id"]
    assert await Payment.all().count() == 1

    record = {"input": {"paymentId": payment["id"], "reference": "TR-7"}}
    await assert_denied(client, RECORD, record, token=follow_up.client_token)
    recorded = (await gql(client, RECORD, record, token=provider))["recordPayment"]
    assert recorded["userErrors"] == []
    assert recorded["payment"]["status"] == "SUCCEEDED"
    # The provider recorded it: they are not told what they just did.
    assert not await Notification.filter(kind="FOLLOW_UP_PAID").exists()
    now_seen = await seen(client, follow_up)
    assert (now_seen["status"], now_seen["paid"]) == ("OPEN", True)
    assert now_seen["paidAt"] is not None
    twice = (await gql(client, RECORD, record, token=provider))["recordPayment"]
    assert codes(twice) == ["INVALID_STATE"]
    account = await gql(client, ACCOUNT, {"id": follow_up.session_id}, token=provider)
    assert account["sessionAccount"]["payments"] == []

    paid_again = await gql(client, PAY, follow_up.pay(), token=follow_up.client_token)
    assert codes(paid_again["payFollowUp"]) == ["ALREADY_PAID"]
    done = await gql(client, ANSWER, follow_up.answer(), token=provider)
    assert done["answerFollowUp"]["followUp"]["status"] == "ANSWERED"
    answered = await gql(client, PAY, follow_up.pay(), token=follow_up.client_token)
    assert codes(answered["payFollowUp"]) == ["INVALID_STATE"]
    assert await Payment.all().count() == 1


async def test_a_payment_sent_three_times_at_once_opens_one(
    client: httpx.AsyncClient, monkeypatch: pytest.MonkeyPatch
) -> None:
    follow_up = await asked(client)
    locked = resolvers.follow_up_payment.own_locked

    async def slowly(*args: object) -> object:
        # Each request has read the follow-up before any writes, unless the read locks it.
        row = await locked(*args)  # type: ignore[arg-type]
        await asyncio.sleep(0.2)
        return row

    monkeypatch.setattr(resolvers.follow_up_payment, "own_locked", slowly)
    answers = await asyncio.gather(
        *(execute(client, PAY, follow_up.pay(), token=follow_up.client_token) for _ in range(3))
    )
    assert all("errors" not in answer for answer in answers), answers
    assert len({a["data"]["payFollowUp"]["payment"]["id"] for a in answers}) == 1
    assert await Payment.all().count() == 1


async def test_an_admins_record_tells_the_provider_a_paid_question_waits(
    client: httpx.AsyncClient,
) -> None:
    follow_up = await asked(client)
    paying = await gql(client, PAY, follow_up.pay(), token=follow_up.client_token)
    record = {"input": {"paymentId": paying["payFollowUp"]["payment"]["id"], "reference": "C-1"}}
    await gql(client, RECORD, record, token=await admin_token())
    provider = await follow_up.studio.profile.user
    [told] = await Notification.filter(kind="FOLLOW_UP_PAID")
    assert told.recipient_id == provider.id  # type: ignore[attr-defined]
    assert told.session_id is not None  # type: ignore[attr-defined]
    assert "10.00 EUR" in told.body
    [mailed] = await OutboxMessage.filter(kind="FOLLOW_UP_PAID")
    assert mailed.recipient == provider.email
    assert "10.00 EUR" in mailed.text_body
    assert not await Notification.filter(kind="PAYMENT_RECEIVED").exists()

    # Admins find it under its provider and by its payer, as a session's payment.
    admin = await admin_token()
    other = await open_studio()
    client_user = await FollowUpRequest.get().values_list("client__email", flat=True)
    for filters, found in (
        ({"providerId": follow_up.studio.provider_id}, True),
        ({"providerId": other.provider_id}, False),
        ({"search": str(client_user).upper()}, True),
        ({"kind": "FOLLOW_UP"}, True),
        ({"kind": "FULL"}, False),
    ):
        listed = await gql(client, ADMIN_PAYMENTS, filters, token=admin)
        assert len(listed["adminPayments"]["edges"]) == (1 if found else 0), filters


async def test_paying_a_follow_up_is_refused_unless_it_is_yours_open_priced_and_unpaid(
    client: httpx.AsyncClient,
) -> None:
    free = await asked(client, premium=True)
    included = await gql(client, PAY, free.pay(), token=free.client_token)
    assert codes(included["payFollowUp"]) == ["NO_CHARGE"]
    # An included follow-up is answered unpaid, and then is settled.
    done = await gql(client, ANSWER, free.answer(), token=free.studio.provider_token)
    assert done["answerFollowUp"]["userErrors"] == []
    assert (await seen(client, free))["paid"] is True

    follow_up = await asked(client)
    stranger = await gql(client, PAY, follow_up.pay(), token=await client_token())
    assert stranger["payFollowUp"]["userErrors"] == [
        {"field": "followUpId", "code": "NOT_FOUND", "message": "No such follow-up."}
    ]
    unknown = {"input": {"followUpId": to_base64("FollowUp", "0" * 32)}}
    missing = await gql(client, PAY, unknown, token=follow_up.client_token)
    assert codes(missing["payFollowUp"]) == ["NOT_FOUND"]
    for token in (follow_up.studio.provider_token, await admin_token()):
        await assert_denied(client, PAY, follow_up.pay(), token=token)
    assert not await Payment.exists()


async def test_a_project_follow_up_is_paid_and_refunded_through_refund_payment(
    client: httpx.AsyncClient,
) -> None:
    studio = await open_studio()
    me = await make_user()
    token = await token_for(me)
    project = await Project.create(
        client=me, provider=studio.profile, service=studio.service, name="Debut EP",
        status="COMPLETED", price_amount=10000, currency="EUR",
    )  # fmt: skip
    ask = {
        "input": {
            "projectId": to_base64("Project", str(project.id)),
            "kind": "NEW_ISSUE",
            "question": "Hiss on track 2?",
        }
    }
    follow_up_id = (await gql(client, FOLLOW_UP, ask, token=token))["requestFollowUp"]["followUp"][
        "id"
    ]
    paying = await gql(client, PAY, {"input": {"followUpId": follow_up_id}}, token=token)
    payment = paying["payFollowUp"]["payment"]
    assert payment["amount"]["amount"] == 5000
    record = {"input": {"paymentId": payment["id"], "reference": "TR-EP"}}
    await gql(client, RECORD, record, token=studio.provider_token)
    mine = {"providerId": studio.provider_id}
    listed = await gql(client, ADMIN_PAYMENTS, mine, token=await admin_token())
    assert [e["node"]["id"] for e in listed["adminPayments"]["edges"]] == [payment["id"]]

    refund = {"input": {"paymentId": payment["id"], "amount": 2000, "reason": "Goodwill"}}
    await assert_denied(client, REFUND, refund, token=token)
    given = (await gql(client, REFUND, refund, token=studio.provider_token))["refundPayment"]
    assert given["userErrors"] == []
    assert given["refunds"] == [{"amount": {"amount": 2000}, "status": "SUCCEEDED"}]
    row = await Payment.get()
    assert (row.status, row.refunded_amount) == ("PARTIALLY_REFUNDED", 2000)
    [told] = await Notification.filter(kind="FOLLOW_UP_REFUNDED")
    assert (told.recipient_id, told.project_id) == (me.id, project.id)  # type: ignore[attr-defined]
    assert "20.00 EUR" in told.body
    assert "Debut EP" in told.body
    [mailed] = await OutboxMessage.filter(kind="FOLLOW_UP_REFUNDED")
    assert mailed.recipient == me.email
    too_much = {"input": refund["input"] | {"amount": 3001}}
    refused = await gql(client, REFUND, too_much, token=await admin_token())
    assert codes(refused["refundPayment"]) == ["TOO_LARGE"]
    # Money went back; the question is still paid for, and the provider may answer it.
    assert (await FollowUpRequest.get()).paid_at is not None
    answer = {"input": {"followUpId": follow_up_id, "answer": "A noise gate fixes it."}}
    done = await gql(client, ANSWER, answer, token=studio.provider_token)
    assert done["answerFollowUp"]["userErrors"] == []


async def test_a_pending_follow_up_payment_is_given_up_by_its_client(
    client: httpx.AsyncClient,
) -> None:
    follow_up = await asked(client)
    paying = await gql(client, PAY, follow_up.pay(), token=follow_up.client_token)
    first = paying["payFollowUp"]["payment"]["id"]
    cancel = {"input": {"paymentId": first}}
    await assert_denied(client, CANCEL, cancel, token=await client_token())
    cancelled = await gql(client, CANCEL, cancel, token=follow_up.client_token)
    assert cancelled["cancelPayment"]["payment"] == {"id": first, "status": "CANCELLED"}
    anew = await gql(client, PAY, follow_up.pay(), token=follow_up.client_token)
    assert anew["payFollowUp"]["payment"]["id"] != first
    record = {"input": {"paymentId": first, "reference": "TR-late"}}
    late = await gql(client, RECORD, record, token=follow_up.studio.provider_token)
    assert codes(late["recordPayment"]) == ["INVALID_STATE"]
    assert (await seen(client, follow_up))["paid"] is False


async def test_follow_up_payments_are_exported_and_kept_anonymised_on_erasure(
    client: httpx.AsyncClient, settings: Settings
) -> None:
    follow_up = await asked(client)
    paying = await gql(client, PAY, follow_up.pay(), token=follow_up.client_token)
    payment_id = paying["payFollowUp"]["payment"]["id"]
    record = {"input": {"paymentId": payment_id, "reference": "TR-9"}}
    await gql(client, RECORD, record, token=follow_up.studio.provider_token)
    refund = {"input": {"paymentId": payment_id, "amount": 300}}
    await gql(client, REFUND, refund, token=follow_up.studio.provider_token)

    _, archive = await _export(client, settings, follow_up.client_token)
    sections = archive["sections"]
    [exported] = sections["payments"]
    row = await Payment.get()
    assert (exported["id"], exported["follow_up_id"]) == (str(row.id), str(row.follow_up_id))  # type: ignore[attr-defined]
    assert [r["amount"] for r in sections["refunds"]] == [300]
    # The provider's archive holds no client's payments.
    _, theirs = await _export(client, settings, follow_up.studio.provider_token)
    assert theirs["sections"]["payments"] == []

    erase = {"input": {"password": PASSWORD}}
    done = await gql(client, DELETE, erase, token=follow_up.client_token)
    assert done["deleteMyAccount"] == {"deleted": True, "userErrors": []}
    kept = await Payment.get()
    assert (kept.status, kept.amount, kept.refunded_amount) == ("PARTIALLY_REFUNDED", 1000, 300)
    asked_row = await FollowUpRequest.get()
    assert kept.follow_up_id == asked_row.id  # type: ignore[attr-defined]
    assert (asked_row.question, asked_row.price_amount) == ("[deleted]", 1000)
    assert asked_row.paid_at is not None
