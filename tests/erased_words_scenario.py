"""An erased client's words leave the webhook deliveries that carried them: the messages,
revision requests and follow-up questions of theirs that endpoints were (or are still to
be) sent keep their place in the queue with `[deleted]` as their detail, and so do the mails
to the studio not sent yet; the studio's own words, and the same words in another client's
project, stay.

Tests run `erased_words` in-process on PostgreSQL and, as
`python -m tests.erased_words_scenario URL DIR`, on a fresh SQLite database."""

from __future__ import annotations

from typing import Any

import httpx
from strawberry.relay import from_base64

from domain.project import ProjectStatus
from domain.session import SessionStatus
from domain.webhook import DeliveryStatus
from models.booking import Session
from models.outbox import OutboxMessage
from models.project import Project
from models.webhook import WebhookDelivery
from tests.api import gql
from tests.factories import PASSWORD
from tests.fresh_database import print_answers
from tests.scheduling import open_studio
from tests.test_aftercare import FOLLOW_UP
from tests.test_projects import REVISE, SEND, STATUS, SUBMIT, quiet_project
from tests.webhooks import make_endpoint

DELETE = """
mutation ($input: DeleteMyAccountInput!) {
  deleteMyAccount(input: $input) { deleted userErrors { field code } }
}"""
WORDS = "Call me on 0176 5550123 about the bridge"
KINDS = ("NEW_MESSAGE", "REVISION_REQUESTED", "FOLLOW_UP_ASKED", "PROJECT_STATUS_CHANGED")


async def _said(http: httpx.AsyncClient, project_id: str, token: str, body: str) -> None:
    sent = await gql(http, SEND, {"id": project_id, "body": body}, token=token)
    assert sent["sendMessage"]["userErrors"] == [], sent


async def erased_words(http: httpx.AsyncClient) -> dict[str, Any]:
    """Each delivery as [event type, whose project ("erased", "other"), detail], the words of
    the mail to the studio still to be sent, and the erasure's answer."""
    await make_endpoint("https://hooks.example.com/a", *KINDS)
    studio = await open_studio()
    project_id, client_tok = await quiet_project(http, studio)
    other_id, other_tok = await quiet_project(http, studio, hour=14)
    await _said(http, project_id, client_tok, WORDS)
    await _said(http, other_id, other_tok, WORDS)  # the same words, someone else's
    await _said(http, project_id, studio.provider_token, "Sure, tomorrow at ten")
    for project, token in ((project_id, client_tok), (other_id, other_tok)):
        # Both projects are called Debut EP: the studio gets two mails alike but for whose.
        started = {"id": project, "status": "IN_PROGRESS"}
        await gql(http, STATUS, started, token=studio.provider_token)
        handed = await gql(http, SUBMIT, {"id": project}, token=studio.provider_token)
        version = {"id": handed["submitDeliverable"]["deliverable"]["id"]}
        revised = await gql(http, REVISE, version, token=token)  # "More bass", both
        assert revised["requestRevision"]["userErrors"] == []
    # One delivery was already sent: a replay would send the words again.
    await WebhookDelivery.filter(event_type="REVISION_REQUESTED").update(
        status=DeliveryStatus.SUCCEEDED
    )
    project = await Project.get(id=from_base64(project_id)[1])
    await Project.filter(id=project.id).update(status=ProjectStatus.COMPLETED)
    ask = {"projectId": project_id, "kind": "QUICK_QUESTION", "question": "Is 0176 5550123 ok?"}
    asked = await gql(http, FOLLOW_UP, {"input": ask}, token=client_tok)
    assert asked["requestFollowUp"]["userErrors"] == [], asked
    await Session.filter(provider_id=studio.profile.id).update(status=SessionStatus.COMPLETED)

    done = await gql(http, DELETE, {"input": {"password": PASSWORD}}, token=client_tok)
    whose = {project_id: "erased", other_id: "other"}
    deliveries = await WebhookDelivery.all().order_by("sequence").values_list("payload", flat=True)
    asking = ("REVISION_REQUESTED", "FOLLOW_UP_ASKED")
    mails = OutboxMessage.filter(kind__in=asking).order_by("created_at")
    return {
        "deleted": done["deleteMyAccount"],
        "mails": [
            [str(kind), text.split("\n\n")[2]]
            for kind, text in await mails.values_list("kind", "text_body")
        ],
        "deliveries": [
            [row["type"], whose[row["data"]["projectId"]], row["data"]["detail"]]  # type: ignore[index, call-overload]
            for row in deliveries
        ],
    }


if __name__ == "__main__":
    print_answers(erased_words)
