"""A customer with sessions, payments and interactions, and what the admins' `customerHistory`
says of them (resolvers/crm_history.py), as plain JSON values.

Tests run this in-process on PostgreSQL and, as `python -m tests.customer_history_scenario
URL DIR`, on a fresh SQLite database, then compare the answers: the summary is hand-written
SQL over both.
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from typing import Any
from uuid import UUID

import httpx
from strawberry.relay import to_base64

from domain.crm import FunnelStep
from domain.payment import PaymentKind, PaymentStatus
from domain.session import SessionStatus
from domain.upsell import RecommendationKind
from models.account import User
from models.crm import Interaction
from models.payment import Payment
from tests.api import gql
from tests.factories import make_user
from tests.fresh_database import print_answers
from tests.scheduling import Studio, hour_session, open_studio
from tests.shop import admin_token

HISTORY = """
query ($id: ID!, $first: Int!, $after: String, $kinds: [FunnelStep!]) {
  customerHistory(customerId: $id, first: $first, after: $after, kinds: $kinds) {
    customer { lastName }
    summary {
      firstSeen sessionsBooked sessionsCompleted
      totalPaid { amount currency }
      lastInteraction { step at }
    }
    interactions {
      edges {
        node {
          at step serviceKind recommendationKind recommendationId
          session { status } service { name } provider { displayName }
        }
      }
      pageInfo { hasNextPage endCursor }
    }
  }
}"""
SINCE = datetime(2026, 1, 5, 9, tzinfo=UTC)


def customer_id(user: User) -> str:
    return to_base64("User", str(user.id))


async def interacted(
    user: User,
    studio: Studio,
    step: FunnelStep,
    session_id: UUID | None,
    hours: int,
    upsell: RecommendationKind | None = None,
) -> None:
    """An interaction recorded `hours` after SINCE."""
    row = await Interaction.create(
        user=user,
        step=step,
        service_kind=studio.service.kind,
        service=studio.service,
        provider=studio.profile,
        session_id=session_id,
        upsell_kind=upsell,
    )
    await Interaction.filter(id=row.id).update(created_at=SINCE + timedelta(hours=hours))


async def paid(session_id: UUID, amount: int, status: PaymentStatus, **fields: Any) -> None:
    await Payment.create(
        session_id=session_id,
        kind=PaymentKind.FULL,
        amount=amount,
        status=status,
        provider="offline",
        **({"currency": "EUR"} | fields),
    )


async def history(client: httpx.AsyncClient) -> dict[str, Any]:
    """Three sessions (one completed) paid in EUR and USD, one refunded in part, one payment
    still pending; a booking, a completion and a recommendation shown; another customer's."""
    studio, customer, other = await open_studio(), await make_user(), await make_user()
    start = SINCE + timedelta(days=3)
    done = await hour_session(customer, studio, start, SessionStatus.COMPLETED)
    later = await hour_session(customer, studio, start + timedelta(days=1), SessionStatus.CONFIRMED)
    third = await hour_session(customer, studio, start + timedelta(days=2), SessionStatus.CANCELLED)
    theirs = await hour_session(other, studio, start + timedelta(days=3), SessionStatus.COMPLETED)
    await paid(done, 10000, PaymentStatus.SUCCEEDED)
    await paid(later, 5000, PaymentStatus.PARTIALLY_REFUNDED, refunded_amount=1000)
    await paid(later, 999, PaymentStatus.PENDING)
    await paid(third, 3000, PaymentStatus.SUCCEEDED, currency="USD")
    await paid(theirs, 7777, PaymentStatus.SUCCEEDED)
    await interacted(customer, studio, FunnelStep.SESSION_BOOKED, done, 1)
    await interacted(customer, studio, FunnelStep.SESSION_COMPLETED, done, 80)
    shown = FunnelStep.UPSELL_SHOWN
    await interacted(customer, studio, shown, done, 90, RecommendationKind.MAINTENANCE_PLAN)
    await interacted(other, studio, FunnelStep.SESSION_BOOKED, theirs, 100)
    admin, variables = await admin_token(), {"id": customer_id(customer), "first": 2}
    page = (await gql(client, HISTORY, variables, token=admin))["customerHistory"]
    after = page["interactions"]["pageInfo"]["endCursor"]
    rest = await gql(client, HISTORY, variables | {"after": after}, token=admin)
    booked = variables | {"kinds": ["SESSION_BOOKED", "SESSION_COMPLETED"]}
    kinds = await gql(client, HISTORY, booked, token=admin)
    for answer in (page, rest["customerHistory"], kinds["customerHistory"]):
        answer["customer"] = answer["customer"] == {"lastName": customer.last_name}
        answer["interactions"]["pageInfo"].pop("endCursor")
        for edge in answer["interactions"]["edges"]:
            # Names carry each process's own counter: whether it names this studio.
            provider = edge["node"]["provider"]
            edge["node"]["provider"] = provider == {"displayName": studio.profile.display_name}
            # The ids name rows each database made up: whether it names the shown session.
            named = edge["node"].pop("recommendationId")
            edge["node"]["recommends"] = named and named == to_base64(
                "Recommendation", f"{done}:MAINTENANCE_PLAN"
            )
    return {"page": page, "rest": rest["customerHistory"], "kinds": kinds["customerHistory"]}


if __name__ == "__main__":
    print_answers(history)
