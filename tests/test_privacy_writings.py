"""The privacy export holds what the caller wrote about others' work: their feedback on the
versions handed in to them (revision requests), and, as a provider, their replies to reviews.
The other side's words stay out of it."""

from __future__ import annotations

from typing import Any

import httpx
from strawberry.relay import to_base64

from app.settings import Settings
from domain.deliverable import DeliverableStatus
from models.project import Deliverable, Project
from models.review import Review
from tests.api import StatementCounter, gql
from tests.factories import make_user, token_for
from tests.reviews import CREATE, RESPOND, finished_session, review_input, reviewer
from tests.scheduling import open_studio
from tests.test_privacy import EXPORT
from tests.test_projects import REVISE, STATUS, SUBMIT, quiet_project


async def _sections(client: httpx.AsyncClient, settings: Settings, token: str) -> dict[str, Any]:
    payload = (await gql(client, EXPORT, token=token))["exportMyData"]
    assert payload["userErrors"] == []
    response = await client.get(payload["downloadUrl"].removeprefix(settings.public_url))
    assert response.status_code == 200
    return response.json()["sections"]


async def test_a_clients_revision_requests_are_in_their_export_not_the_studios(
    client: httpx.AsyncClient, settings: Settings
) -> None:
    studio = await open_studio()
    project_id, client_tok = await quiet_project(client, studio)
    started = {"id": project_id, "status": "IN_PROGRESS"}
    await gql(client, STATUS, started, token=studio.provider_token)
    handed = await gql(client, SUBMIT, {"id": project_id}, token=studio.provider_token)
    version = handed["submitDeliverable"]["deliverable"]["id"]
    revised = await gql(client, REVISE, {"id": version}, token=client_tok)
    assert revised["requestRevision"]["userErrors"] == []

    mine = await _sections(client, settings, client_tok)
    [feedback] = mine["deliverableFeedback"]
    assert (feedback["feedback"], feedback["version"], feedback["status"]) == (
        "More bass",
        1,
        "REVISION_REQUESTED",
    )
    assert to_base64("Deliverable", feedback["id"]) == version
    theirs = await _sections(client, settings, studio.provider_token)
    assert theirs["deliverableFeedback"] == []


async def test_a_providers_replies_to_reviews_are_in_their_export_without_the_review(
    client: httpx.AsyncClient, settings: Settings
) -> None:
    studio = await open_studio()
    session_id, client_tok = await reviewer(studio)
    created = await gql(client, CREATE, review_input(session_id, 4, "Lovely day"), token=client_tok)
    review_id = created["createReview"]["review"]["id"]
    reply = {"input": {"reviewId": review_id, "response": "Thank you, see you in spring"}}
    answered = await gql(client, RESPOND, reply, token=studio.provider_token)
    assert answered["respondToReview"]["userErrors"] == []

    mine = await _sections(client, settings, studio.provider_token)
    [row] = mine["reviewReplies"]
    assert (row["response"], row["rating"]) == ("Thank you, see you in spring", 4)
    assert row["responded_at"]
    assert "Lovely day" not in str(mine)  # the client's words are the client's
    theirs = await _sections(client, settings, client_tok)
    assert theirs["reviewReplies"] == []


async def _writer_of(rows: int) -> tuple[str, str]:
    """(client's token, provider's token) with `rows` revision requests and review replies."""
    studio = await open_studio()
    author = await make_user()
    for n in range(rows):
        project = await Project.create(
            client=author, provider=studio.profile, service=studio.service, name=f"P{n}"
        )
        await Deliverable.create(
            project=project,
            version=1,
            status=DeliverableStatus.REVISION_REQUESTED,
            feedback=f"Change {n}",
        )
        session = await finished_session(studio, await make_user())
        await Review.create(
            session=session, provider=studio.profile, client_id=session.client_id,  # type: ignore[attr-defined]
            rating=5, response=f"Thanks {n}",
        )  # fmt: skip
    return await token_for(author), studio.provider_token


async def test_these_sections_cost_the_same_statements_for_2_or_12_rows(
    client: httpx.AsyncClient, settings: Settings, statements: StatementCounter
) -> None:
    counts = []
    for rows in (2, 12):
        client_tok, provider_tok = await _writer_of(rows)
        statements.reset()
        client_sections = await _sections(client, settings, client_tok)
        provider_sections = await _sections(client, settings, provider_tok)
        counts.append(statements.count)
        assert len(client_sections["deliverableFeedback"]) == rows
        assert len(provider_sections["reviewReplies"]) == rows
    assert counts[0] == counts[1]
