"""mySessions(kind:): a dashboard's consultations apart from its sessions."""

from __future__ import annotations

import httpx

from tests.api import gql
from tests.scheduling import at, client_token, next_weekday, open_studio
from tests.test_booking import BOOK, booking
from tests.test_consultations import BOOK_CONSULTATION, consultation_studio, request

MINE = """query ($kind: ServiceKind) { mySessions(first: 10, kind: $kind) {
  edges { node { id service { kind } } } } }"""


async def test_my_sessions_of_one_kind(client: httpx.AsyncClient) -> None:
    token = await client_token()
    called = await gql(client, BOOK_CONSULTATION, request(await consultation_studio()), token=token)
    assert called["bookConsultation"]["userErrors"] == []
    studio = await open_studio()
    booked = await gql(client, BOOK, booking(studio, at(next_weekday(3), 10)), token=token)
    session = booked["bookSession"]["session"]["id"]

    def ids(seen: dict) -> list[tuple[str, str]]:
        edges = seen["mySessions"]["edges"]
        return [(edge["node"]["id"], edge["node"]["service"]["kind"]) for edge in edges]

    [(consultation, kind)] = ids(await gql(client, MINE, {"kind": "CONSULTATION"}, token=token))
    assert kind == "CONSULTATION"
    assert consultation != session
    assert ids(await gql(client, MINE, {"kind": "SESSION"}, token=token)) == [(session, "SESSION")]
    assert len(ids(await gql(client, MINE, token=token))) == 2
    # The studio sees its own consultations the same way.
    assert ids(await gql(client, MINE, {"kind": "SESSION"}, token=studio.provider_token)) == [
        (session, "SESSION")
    ]
