"""A page of sessions with the first follow-ups of each read in one statement
(loaders/aftercare.FollowUpPageLoader), and a session's next page after a cursor: all as plain
JSON values.

Tests run this in-process on PostgreSQL and, as `python -m tests.follow_up_scenario URL DIR`,
on a fresh SQLite database (the ORM binds its models to one dialect per process), then
compare the answers.
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from typing import Any

import httpx

from domain.follow_up import FollowUpKind
from domain.session import SessionStatus
from models.aftercare import FollowUpRequest
from tests.api import gql
from tests.factories import make_user, token_for
from tests.fresh_database import print_answers
from tests.scheduling import hour_session, open_studio

PAGE = """{ mySessions(first: 10) { edges { node {
    followUps(first: 2) {
        edges { node { question status answer } } pageInfo { hasNextPage endCursor }
    }
} } } }"""
REST = """query ($id: ID!, $after: String) { session(id: $id) {
    followUps(first: 2, after: $after) { edges { node { question } } pageInfo { hasNextPage } }
} }"""
ID = "{ mySessions(first: 10) { edges { node { id } } } }"


async def follow_up_reads(client: httpx.AsyncClient) -> dict[str, Any]:
    """Two completed sessions of one client with three follow-ups each, a minute apart (the
    second one's middle question answered), and a third session with none."""
    studio = await open_studio()
    me = await make_user()
    token = await token_for(me)
    start = datetime.now(UTC).replace(microsecond=0) - timedelta(days=3)
    for n in range(3):
        session_id = await hour_session(
            me, studio, start + timedelta(hours=2 * n), SessionStatus.COMPLETED
        )
        for m in range(3 if n < 2 else 0):
            row = FollowUpRequest(
                client=me,
                session_id=session_id,
                kind=FollowUpKind.QUICK_QUESTION,
                question=f"{n}.{m}",
                price_amount=1000,
                currency="EUR",
            )
            if (n, m) == (1, 1):
                row.status, row.answer, row.answered_at = "ANSWERED", "Yes.", start
            await row.save()
            # Asked minutes apart, so the order to compare is certain (the insert sets now).
            created = start + timedelta(minutes=10 * n + m)
            await FollowUpRequest.filter(id=row.id).update(created_at=created)
    page = (await gql(client, PAGE, token=token))["mySessions"]["edges"]
    ids = [
        edge["node"]["id"] for edge in (await gql(client, ID, token=token))["mySessions"]["edges"]
    ]
    rest = []
    for session_id, edge in zip(ids, page, strict=True):
        after = edge["node"]["followUps"]["pageInfo"]["endCursor"]
        if after is not None:
            variables = {"id": session_id, "after": after}
            rest.append((await gql(client, REST, variables, token=token))["session"]["followUps"])
    for edge in page:  # cursors name row ids, which differ between the two databases
        del edge["node"]["followUps"]["pageInfo"]["endCursor"]
    return {"page": page, "rest": rest}


if __name__ == "__main__":
    print_answers(follow_up_reads)
