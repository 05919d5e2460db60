"""A guest's consultation link when the consultation moves, and guessing links: the reschedule
mail brings a guest a fresh link that lasts as long as the new time needs, and wrong links are
rate-limited per address like gallery codes."""

from __future__ import annotations

import re
from datetime import datetime, timedelta

import httpx
from strawberry.relay import to_base64

from app.settings import Settings
from domain.outbox import MailKind
from integrations.storage import UrlSigner
from models.account import Role
from models.booking import Session
from models.outbox import OutboxMessage
from tests.api import execute, gql
from tests.factories import make_user, token_for
from tests.scheduling import at, next_weekday
from tests.test_consultation_links import CANCEL, SEE
from tests.test_consultations import BOOK_CONSULTATION, GUEST, consultation_studio, request
from tests.test_payment_plan_moves import RESCHEDULE

LINK = re.compile(r"/consultation\?token=(\S+)")


def _link(mail: OutboxMessage) -> str:
    [token] = LINK.findall(mail.text_body)
    assert f"/consultation?token={token}" in mail.html_body
    return token


async def test_a_guest_is_mailed_a_fresh_link_when_the_consultation_moves(
    client: httpx.AsyncClient, settings: Settings
) -> None:
    studio = await consultation_studio()
    await gql(client, BOOK_CONSULTATION, request(studio, guest=GUEST))
    first = _link(await OutboxMessage.get(kind=MailKind.CONSULTATION_BOOKED))
    session = await Session.get()
    # Five weeks on: past the first link's 30 days of grace.
    later = at(next_weekday(2) + timedelta(weeks=5), 10)
    variables = {"id": to_base64("Session", session.id), "start": later.isoformat()}
    moved = (await gql(client, RESCHEDULE, variables, token=studio.provider_token))[
        "rescheduleSession"
    ]
    assert moved["userErrors"] == []

    mail = await OutboxMessage.get(kind=MailKind.SESSION_RESCHEDULED)
    assert mail.recipient == "gus@example.com"
    fresh = _link(mail)
    seen = (await gql(client, SEE, {"token": fresh}))["consultationByLink"]
    assert datetime.fromisoformat(seen["session"]["start"]) == later
    signer = UrlSigner(settings.secret_key)
    # A day before the new link runs out, the first one has long expired.
    near_end = (later + timedelta(hours=1) + timedelta(days=29)).timestamp()
    assert signer.verify("consultation-link", fresh, now=near_end) is not None
    assert signer.verify("consultation-link", first, now=near_end) is None


async def test_the_studio_is_not_mailed_the_guests_link(client: httpx.AsyncClient) -> None:
    studio = await consultation_studio()
    await gql(client, BOOK_CONSULTATION, request(studio, guest=GUEST))
    session = await Session.get()
    later = at(next_weekday(2) + timedelta(weeks=1), 10)
    variables = {"id": to_base64("Session", session.id), "start": later.isoformat()}
    admin = await token_for(await make_user(Role.ADMIN))
    moved = (await gql(client, RESCHEDULE, variables, token=admin))["rescheduleSession"]
    assert moved["userErrors"] == []
    mails = {
        row.recipient: row for row in await OutboxMessage.filter(kind=MailKind.SESSION_RESCHEDULED)
    }
    provider = await studio.profile.user
    assert set(mails) == {"gus@example.com", provider.email}
    assert LINK.search(mails["gus@example.com"].text_body)
    assert "token=" not in mails[provider.email].text_body
    assert "token=" not in mails[provider.email].html_body


async def test_wrong_links_are_limited_per_address(client: httpx.AsyncClient) -> None:
    studio = await consultation_studio()
    await gql(client, BOOK_CONSULTATION, request(studio, guest=GUEST))
    token = _link(await OutboxMessage.get(kind=MailKind.CONSULTATION_BOOKED))
    # 30 an hour from one address, the query's and the mutation's together.
    for n in range(15):
        assert (await gql(client, SEE, {"token": f"guess{n}"}))["consultationByLink"] is None
        refused = (await gql(client, CANCEL, {"input": {"token": f"other{n}", "reason": ""}}))[
            "cancelConsultationByLink"
        ]
        assert refused["userErrors"] == [{"field": "token", "code": "INVALID_TOKEN"}]

    # Spent: even the right link is refused until the window moves on.
    response = await client.post("/graphql", json={"query": SEE, "variables": {"token": token}})
    assert response.json() == {"data": {"consultationByLink": None}}
    assert 0 < int(response.headers["retry-after"]) <= 3600
    locked = await execute(client, CANCEL, {"input": {"token": token, "reason": ""}})
    payload = locked["data"]["cancelConsultationByLink"]
    assert payload["userErrors"] == [{"field": None, "code": "RATE_LIMITED"}]
    assert (await Session.get()).status == "REQUESTED"
