"""Paying a project at its quoted price through the payments flow: offline (the studio
records the transfer), refusals, refunds, and what privacy requests do with the payments.
Card payments and Stripe's webhook: tests/test_project_stripe.py."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

import httpx
from strawberry.relay import to_base64

from app.settings import Settings
from domain.session import SessionStatus
from models.booking import Session
from models.notification import Notification
from models.outbox import OutboxMessage
from models.payment import Payment
from models.project import Project
from tests.api import assert_denied, gql
from tests.factories import PASSWORD
from tests.payments import RECORD
from tests.scheduling import Studio, client_token, open_studio
from tests.shop import admin_token
from tests.test_follow_up_payments import ADMIN_PAYMENTS, CANCEL, REFUND, codes
from tests.test_privacy import DELETE, _export
from tests.test_projects import STATUS, SUBMIT, quiet_project

PAY = """
mutation ($input: PayProjectInput!) { payProject(input: $input) {
  payment {
    id kind amount { amount currency } status provider reference clientSecret
    project { id paid } session { id }
  }
  userErrors { field code message }
} }"""
ACCOUNT = """
query ($id: ID!) { projectAccount(projectId: $id) {
  price { amount currency } paid { amount } balanceDue { amount } paidAt
  payments { id status } refunds { amount { amount } }
} }"""
SEEN = "query ($id: ID!) { project(id: $id) { status paid paidAt price { amount } } }"


@dataclass
class Started:
    studio: Studio
    project_id: str
    client_token: str

    def pay(self) -> dict[str, Any]:
        return {"input": {"projectId": self.project_id}}


async def started(client: httpx.AsyncClient) -> Started:
    studio = await open_studio()
    project_id, token = await quiet_project(client, studio)
    return Started(studio, project_id, token)


async def account(client: httpx.AsyncClient, project: Started) -> dict[str, Any]:
    found = await gql(client, ACCOUNT, {"id": project.project_id}, token=project.client_token)
    return found["projectAccount"]  # type: ignore[no-any-return]


async def test_an_offline_payment_recorded_by_the_studio_pays_the_project(
    client: httpx.AsyncClient,
) -> None:
    project = await started(client)
    price = (await Project.get()).price_amount
    assert price
    before = await account(client, project)
    assert before["price"] == {"amount": price, "currency": "EUR"}
    assert (before["paid"], before["balanceDue"]) == ({"amount": 0}, {"amount": price})
    # The work does not wait for the money: the studio may start and hand in a version.
    provider = project.studio.provider_token
    moved = {"id": project.project_id, "status": "IN_PROGRESS"}
    await gql(client, STATUS, moved, token=provider)
    handed = await gql(client, SUBMIT, {"id": project.project_id}, token=provider)
    assert handed["submitDeliverable"]["userErrors"] == []

    paying = (await gql(client, PAY, project.pay(), token=project.client_token))["payProject"]
    assert paying["userErrors"] == []
    payment = paying["payment"]
    assert (payment["kind"], payment["status"], payment["provider"]) == (
        "PROJECT",
        "PENDING",
        "offline",
    )
    assert payment["amount"] == {"amount": price, "currency": "EUR"}
    assert payment["project"] == {"id": project.project_id, "paid": False}
    assert payment["session"] is None
    again = (await gql(client, PAY, project.pay(), token=project.client_token))["payProject"]
    assert again["payment"]["id"] == payment["id"]
    assert await Payment.all().count() == 1

    record = {"input": {"paymentId": payment["id"], "reference": "TR-EP"}}
    await assert_denied(client, RECORD, record, token=project.client_token)
    recorded = (await gql(client, RECORD, record, token=provider))["recordPayment"]
    assert recorded["userErrors"] == []
    assert recorded["payment"]["status"] == "SUCCEEDED"
    # The provider recorded it: they are not told what they just did.
    assert not await Notification.filter(kind="PROJECT_PAID").exists()
    seen = (await gql(client, SEEN, {"id": project.project_id}, token=provider))["project"]
    assert (seen["status"], seen["paid"]) == ("REVIEW", True)
    assert seen["paidAt"] is not None
    after = await account(client, project)
    assert (after["paid"], after["balanceDue"]) == ({"amount": price}, {"amount": 0})
    assert after["payments"] == [{"id": payment["id"], "status": "SUCCEEDED"}]
    twice = (await gql(client, RECORD, record, token=provider))["recordPayment"]
    assert codes(twice) == ["INVALID_STATE"]
    paid_again = await gql(client, PAY, project.pay(), token=project.client_token)
    assert codes(paid_again["payProject"]) == ["ALREADY_PAID"]
    assert await Payment.all().count() == 1


async def test_an_admins_record_tells_the_provider_and_admins_find_the_payment(
    client: httpx.AsyncClient,
) -> None:
    project = await started(client)
    paying = await gql(client, PAY, project.pay(), token=project.client_token)
    record = {"input": {"paymentId": paying["payProject"]["payment"]["id"], "reference": "C-1"}}
    admin = await admin_token()
    await gql(client, RECORD, record, token=admin)
    provider = await project.studio.profile.user
    row = await Project.get()
    [told] = await Notification.filter(kind="PROJECT_PAID")
    assert (told.recipient_id, told.project_id) == (provider.id, row.id)  # type: ignore[attr-defined]
    assert "Debut EP" in told.body
    [mailed] = await OutboxMessage.filter(kind="PROJECT_PAID")
    assert mailed.recipient == provider.email
    assert "Debut EP" in mailed.text_body
    assert not await Notification.filter(kind="PAYMENT_RECEIVED").exists()

    other = await open_studio()
    client_email = await Project.get().values_list("client__email", flat=True)
    for filters, found in (
        ({"providerId": project.studio.provider_id}, True),
        ({"providerId": other.provider_id}, False),
        ({"search": str(client_email).upper()}, True),
        ({"kind": "PROJECT"}, True),
        ({"kind": "FOLLOW_UP"}, False),
    ):
        listed = await gql(client, ADMIN_PAYMENTS, filters, token=admin)
        assert len(listed["adminPayments"]["edges"]) == (1 if found else 0), filters


async def test_paying_a_project_is_refused_unless_it_is_yours_priced_and_open(
    client: httpx.AsyncClient,
) -> None:
    project = await started(client)
    stranger = await gql(client, PAY, project.pay(), token=await client_token())
    assert stranger["payProject"]["userErrors"] == [
        {"field": "projectId", "code": "NOT_FOUND", "message": "No such project."}
    ]
    seen = await gql(client, ACCOUNT, {"id": project.project_id}, token=await client_token())
    assert seen["projectAccount"] is None
    unknown = {"input": {"projectId": to_base64("Project", "0" * 32)}}
    missing = await gql(client, PAY, unknown, token=project.client_token)
    assert codes(missing["payProject"]) == ["NOT_FOUND"]
    for token in (project.studio.provider_token, await admin_token()):
        await assert_denied(client, PAY, project.pay(), token=token)

    await Project.all().update(price_amount=0)
    free = await gql(client, PAY, project.pay(), token=project.client_token)
    assert codes(free["payProject"]) == ["NO_CHARGE"]
    await Project.all().update(price_amount=None, currency=None)
    unpriced = await gql(client, PAY, project.pay(), token=project.client_token)
    assert codes(unpriced["payProject"]) == ["NO_CHARGE"]
    assert (await account(client, project)) is None
    await Project.all().update(price_amount=5000, currency="EUR")

    cancel = {"id": project.project_id, "status": "CANCELLED"}
    await gql(client, STATUS, cancel, token=project.client_token)
    called_off = await gql(client, PAY, project.pay(), token=project.client_token)
    assert codes(called_off["payProject"]) == ["INVALID_STATE"]
    assert (await account(client, project))["balanceDue"] == {"amount": 0}
    assert not await Payment.exists()


async def test_a_pending_payment_of_a_project_cancelled_meanwhile_is_not_recorded(
    client: httpx.AsyncClient,
) -> None:
    project = await started(client)
    paying = await gql(client, PAY, project.pay(), token=project.client_token)
    payment_id = paying["payProject"]["payment"]["id"]
    cancel = {"id": project.project_id, "status": "CANCELLED"}
    await gql(client, STATUS, cancel, token=project.client_token)
    record = {"input": {"paymentId": payment_id, "reference": "TR-late"}}
    late = await gql(client, RECORD, record, token=project.studio.provider_token)
    assert codes(late["recordPayment"]) == ["INVALID_STATE"]
    give_up = {"input": {"paymentId": payment_id}}
    given_up = await gql(client, CANCEL, give_up, token=project.client_token)
    assert given_up["cancelPayment"]["payment"] == {"id": payment_id, "status": "CANCELLED"}
    assert (await Project.get()).paid_at is None


async def test_a_refund_tells_the_client_and_leaves_the_project_paid(
    client: httpx.AsyncClient,
) -> None:
    project = await started(client)
    paying = await gql(client, PAY, project.pay(), token=project.client_token)
    payment_id = paying["payProject"]["payment"]["id"]
    record = {"input": {"paymentId": payment_id, "reference": "TR-1"}}
    await gql(client, RECORD, record, token=project.studio.provider_token)

    refund = {"input": {"paymentId": payment_id, "amount": 2000, "reason": "Goodwill"}}
    await assert_denied(client, REFUND, refund, token=project.client_token)
    given = await gql(client, REFUND, refund, token=project.studio.provider_token)
    refunds = given["refundPayment"]["refunds"]
    assert refunds == [{"amount": {"amount": 2000}, "status": "SUCCEEDED"}]
    row = await Payment.get()
    assert (row.status, row.refunded_amount) == ("PARTIALLY_REFUNDED", 2000)
    me = await Project.get()
    [told] = await Notification.filter(kind="PROJECT_REFUNDED")
    assert (told.recipient_id, told.project_id) == (me.client_id, me.id)  # type: ignore[attr-defined]
    assert "20.00 EUR" in told.body
    assert await OutboxMessage.filter(kind="PROJECT_REFUNDED").count() == 1
    after = await account(client, project)
    assert after["paid"] == {"amount": row.amount - 2000}
    assert after["refunds"] == [{"amount": {"amount": 2000}}]
    assert after["balanceDue"] == {"amount": 0}  # paid once; the studio gave some back
    assert me.paid_at is not None


async def test_project_payments_are_exported_and_kept_on_erasure(
    client: httpx.AsyncClient, settings: Settings
) -> None:
    project = await started(client)
    paying = await gql(client, PAY, project.pay(), token=project.client_token)
    payment_id = paying["payProject"]["payment"]["id"]
    record = {"input": {"paymentId": payment_id, "reference": "TR-9"}}
    await gql(client, RECORD, record, token=project.studio.provider_token)

    _, archive = await _export(client, settings, project.client_token)
    [exported] = archive["sections"]["payments"]
    row = await Payment.get()
    assert (exported["id"], exported["project_id"]) == (str(row.id), str(row.project_id))  # type: ignore[attr-defined]
    _, theirs = await _export(client, settings, project.studio.provider_token)
    assert theirs["sections"]["payments"] == []

    # Erasure waits for the consultation booked to start the project: taken place.
    await Session.all().update(status=SessionStatus.COMPLETED)
    done = await gql(client, DELETE, {"input": {"password": PASSWORD}}, token=project.client_token)
    assert done["deleteMyAccount"] == {"deleted": True, "userErrors": []}
    kept = await Payment.get()
    assert (kept.status, kept.amount, kept.project_id) == ("SUCCEEDED", row.amount, row.project_id)  # type: ignore[attr-defined]
    assert (await Project.get()).paid_at is not None
