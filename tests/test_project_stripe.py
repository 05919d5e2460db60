"""A project paid by card: the payment carries Stripe's client secret (the checkout), and
the webhook (signed with the stripe library) pays the project once, however often it is
delivered; money arriving for a project cancelled meanwhile goes back in full."""

from __future__ import annotations

import httpx

from app.settings import Settings
from models.notification import Notification
from models.outbox import OutboxMessage
from models.payment import Payment, Refund
from models.project import Project
from tests.api import gql
from tests.payments import intent_succeeded, stripe_client
from tests.test_follow_up_payments import REFUND
from tests.test_follow_up_stripe import applied
from tests.test_project_payments import PAY, SEEN, account, started
from tests.test_projects import STATUS


async def test_a_card_payment_pays_the_project_once_when_stripe_confirms_it(
    client: httpx.AsyncClient, settings: Settings
) -> None:
    project = await started(client)
    price = (await Project.get()).price_amount
    async with stripe_client(settings) as (http, stand_in):
        paying = await gql(http, PAY, project.pay(), token=project.client_token)
        payment = paying["payProject"]["payment"]
        row = await Payment.get()
        assert payment["reference"] == row.reference
        assert payment["clientSecret"] == stand_in.intents[row.reference]["client_secret"]
        assert stand_in.intents[row.reference]["amount"] == price
        assert stand_in.keys("/v1/payment_intents") == [f"studiograph-payment-{row.id}"]
        again = await gql(http, PAY, project.pay(), token=project.client_token)
        assert again["payProject"]["payment"] == payment
        assert len(stand_in.keys("/v1/payment_intents")) == 1
        assert (await account(http, project))["balanceDue"] == {"amount": price}

        succeeded = intent_succeeded("evt_pr_1", row.reference, price)
        assert await applied(http, succeeded) is True
        assert await applied(http, succeeded) is False  # the same event again
        assert await applied(http, intent_succeeded("evt_pr_2", row.reference, price)) is True
        paid_at = (await Project.get()).paid_at
        assert paid_at is not None
        seen = await gql(http, SEEN, {"id": project.project_id}, token=project.client_token)
        assert seen["project"]["paid"] is True
        assert (await account(http, project))["balanceDue"] == {"amount": 0}
        [told] = await Notification.filter(kind="PROJECT_PAID")
        assert told.recipient_id == project.studio.profile.user_id  # type: ignore[attr-defined]
        assert await OutboxMessage.filter(kind="PROJECT_PAID").count() == 1

        provider = project.studio.provider_token
        refund = {"input": {"paymentId": payment["id"], "amount": price, "reason": "Sorry"}}
        given = (await gql(http, REFUND, refund, token=provider))["refundPayment"]
        assert given["refunds"] == [{"amount": {"amount": price}, "status": "SUCCEEDED"}]
        assert [r["amount"] for r in stand_in.refunds.values()] == [price]
        assert (await Payment.get()).status == "REFUNDED"
        assert await Notification.filter(kind="PROJECT_REFUNDED").count() == 1
        # A late report of the success neither revives the payment nor tells anyone again.
        assert await applied(http, intent_succeeded("evt_pr_3", row.reference, price)) is True
        assert (await Payment.get()).status == "REFUNDED"
        assert (await Project.get()).paid_at == paid_at
        assert await Notification.filter(kind="PROJECT_PAID").count() == 1


async def test_a_card_paid_after_the_project_was_cancelled_goes_back_in_full(
    client: httpx.AsyncClient, settings: Settings
) -> None:
    project = await started(client)
    price = (await Project.get()).price_amount
    async with stripe_client(settings) as (http, stand_in):
        paying = await gql(http, PAY, project.pay(), token=project.client_token)
        reference = paying["payProject"]["payment"]["reference"]
        cancel = {"id": project.project_id, "status": "CANCELLED"}
        await gql(http, STATUS, cancel, token=project.client_token)
        assert await applied(http, intent_succeeded("evt_pr_late", reference, price)) is True
        late = await Payment.get()
        assert late.status == "REFUNDED"
        [refund] = await Refund.filter(payment_id=late.id)
        assert (refund.amount, refund.status) == (price, "SUCCEEDED")
        assert [(r["payment_intent"], r["amount"]) for r in stand_in.refunds.values()] == [
            (reference, price)
        ]
        assert (await Project.get()).paid_at is None
        assert not await Notification.filter(kind="PROJECT_PAID").exists()
        [told] = await Notification.filter(kind="PROJECT_REFUNDED")
        assert told.recipient_id == (await Project.get()).client_id  # type: ignore[attr-defined]
