"""adminPayments: every payment, filtered by status, kind, date, the session's provider and
text, paged at a fixed cost."""

from __future__ import annotations

from datetime import UTC, datetime

import httpx
from strawberry.relay import to_base64

from models.payment import Payment
from tests.api import StatementCounter, assert_denied, gql
from tests.factories import make_provider, make_service, make_user, token_for
from tests.shop import admin_token
from tests.test_admin import ids, order_row, session_row

PAYMENTS = """
query ($status: PaymentStatus, $kind: PaymentKind, $from: DateTime, $providerId: ID,
       $search: String) {
  adminPayments(first: 50, status: $status, kind: $kind, from: $from, providerId: $providerId,
                search: $search) {
    edges { node { id kind status amount { amount currency } reference } }
  }
}"""


def gid(row: Payment) -> str:
    return to_base64("Payment", str(row.id))


async def payment(**fields: object) -> Payment:
    values = {"amount": 1190, "currency": "EUR", "provider": "offline", "kind": "FULL"}
    return await Payment.create(**(values | fields))


async def test_admin_payments_filter_by_status_kind_date_provider_and_search(
    client: httpx.AsyncClient,
) -> None:
    admin = await admin_token()
    provider, other = await make_provider(), await make_provider()
    service = await make_service(provider)
    ada = await make_user(email="ada@example.com")
    session = await session_row(provider, service, ada, 0)
    order = await order_row(await make_user(email="bob@example.com"))
    paid = await payment(session=session, status="SUCCEEDED", reference="cash-17")
    failed = await payment(session=session, status="FAILED", kind="DEPOSIT")
    bought = await payment(order=order, kind="ORDER", reference="pi_123")
    later = datetime(2030, 1, 1, tzinfo=UTC)
    await Payment.filter(id=bought.id).update(created_at=later)

    async def listed(**variables: object) -> set[str]:
        return ids(await gql(client, PAYMENTS, variables, token=admin), "adminPayments")

    assert await listed() == {gid(paid), gid(failed), gid(bought)}
    assert await listed(status="FAILED") == {gid(failed)}
    assert await listed(kind="ORDER") == {gid(bought)}
    assert await listed(**{"from": later.isoformat()}) == {gid(bought)}
    provider_id = to_base64("Provider", str(provider.id))
    assert await listed(providerId=provider_id) == {gid(paid), gid(failed)}
    assert await listed(providerId=to_base64("Provider", str(other.id))) == set()
    assert await listed(search="ADA@") == {gid(paid), gid(failed)}
    assert await listed(search="bob@") == {gid(bought)}
    assert await listed(search=order.number) == {gid(bought)}
    assert await listed(search="cash-1") == {gid(paid)}

    await assert_denied(client, PAYMENTS, {}, token=await token_for(ada))


async def test_admin_payments_find_an_order_s_buyer_by_name(client: httpx.AsyncClient) -> None:
    # The search promised the payer's name: it looked at a session client's name but only at
    # an order buyer's e-mail, so the shop payments of "Bobbie Buyer" were not found by name.
    admin = await admin_token()
    buyer = await make_user(email="bb@example.com", first_name="Bobbie", last_name="Buyer")
    bought = await payment(order=await order_row(buyer), kind="ORDER", reference="pi_9")
    await payment(order=await order_row(await make_user()), kind="ORDER", reference="pi_8")
    for search in ("bobbie", "BUYER"):
        found = await gql(client, PAYMENTS, {"search": search}, token=admin)
        assert ids(found, "adminPayments") == {gid(bought)}


WITH_OWNERS = """
query { adminPayments(first: 50) { edges { node {
  id session { id status provider { id } } order { id number customer { email } }
} } } }"""


async def test_admin_payments_cost_the_same_for_5_or_50(
    client: httpx.AsyncClient, statements: StatementCounter
) -> None:
    admin = await admin_token()
    costs = []
    for total in (5, 50):
        while await Payment.all().count() < total:
            provider = await make_provider()
            buyer = await make_user()
            session = await session_row(provider, await make_service(provider), buyer, 0)
            await payment(session=session)
            if await Payment.all().count() < total:
                await payment(order=await order_row(buyer), kind="ORDER")
        for query in (PAYMENTS, WITH_OWNERS):
            statements.reset()
            data = await gql(client, query, {}, token=admin)
            assert len(data["adminPayments"]["edges"]) == total
            costs.append((query, statements.count))
    assert costs[:2] == costs[2:]
    nodes = [edge["node"] for edge in data["adminPayments"]["edges"]]
    sessions = [n["session"]["provider"]["id"] for n in nodes if n["session"]]
    orders = [n["order"]["customer"]["email"] for n in nodes if n["order"]]
    assert len(sessions) == await Payment.filter(session_id__isnull=False).count() > 0
    assert len(orders) == await Payment.filter(order_id__isnull=False).count() > 0
