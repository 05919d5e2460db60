"""An erased account's cancellation reasons: a session records who cancelled it, and erasing
that person's account blanks the reason they gave, in the session and in what told the other
side of it (their notification, webhook deliveries, mail not yet sent)."""

from __future__ import annotations

from datetime import timedelta
from uuid import UUID, uuid4

import httpx
from strawberry import relay
from strawberry.relay import from_base64

from domain.outbox import OutboxStatus
from domain.project import ProjectStatus
from domain.session import Actor, SessionStatus
from models.account import User
from models.booking import Session
from models.notification import Notification
from models.outbox import OutboxMessage
from models.project import Project
from models.provider import ProviderProfile
from models.webhook import WebhookDelivery
from tests.api import gql
from tests.erased_words_scenario import DELETE
from tests.factories import PASSWORD
from tests.payments import Booked, booked_session
from tests.scheduling import Studio, open_studio
from tests.test_aftercare import FOLLOW_UP
from tests.test_projects import REVISE, STATUS, SUBMIT, quiet_project
from tests.webhooks import make_endpoint

CANCEL = """
mutation ($input: CancelSessionInput!) { cancelSession(input: $input) {
  session { status cancellationReason } userErrors { code }
} }"""
THEIRS = "My wife is in hospital, call 0176 5550123"
STUDIOS = "The studio is flooded"
OLD = "Words from before anyone recorded who cancelled"


async def _another(booked: Booked, days: int, **fields: object) -> Session:
    """One more session of the same client with the same studio, `days` after the first."""
    first = booked.session
    start = first.start_at + timedelta(days=days)
    return await Session.create(
        provider_id=first.provider_id,  # type: ignore[attr-defined]
        service_id=first.service_id,  # type: ignore[attr-defined]
        client_id=first.client_id,  # type: ignore[attr-defined]
        start_at=start,
        end_at=start + timedelta(hours=1),
        blocked_start=start,
        blocked_end=start + timedelta(hours=1),
        slot_key=f"{first.slot_key}+{days}",
        price_amount=first.price_amount,
        currency=first.currency,
        **fields,
    )


async def _cancel(http: httpx.AsyncClient, session_id: str, reason: str, token: str) -> None:
    variables = {"input": {"id": session_id, "reason": reason}}
    cancelled = (await gql(http, CANCEL, variables, token=token))["cancelSession"]
    assert cancelled == {
        "session": {"status": "CANCELLED", "cancellationReason": reason},
        "userErrors": [],
    }


async def test_an_erased_clients_cancellation_reasons_go_and_the_studios_stay(
    client: httpx.AsyncClient,
) -> None:
    await make_endpoint("https://hooks.example.com/a", "SESSION_CANCELLED")
    booked = await booked_session()
    by_studio = await _another(booked, 1)
    old = await _another(
        booked, 2, status=SessionStatus.CANCELLED, cancellation_reason=OLD, cancelled_by=None
    )
    await _cancel(client, booked.session_id, THEIRS, booked.client_token)
    studio_id = relay.to_base64("Session", by_studio.id)
    await _cancel(client, studio_id, STUDIOS, booked.provider_token)
    recorded = dict(await Session.all().values_list("id", "cancelled_by"))
    assert recorded == {booked.session.id: Actor.CLIENT, by_studio.id: Actor.PROVIDER, old.id: None}

    done = await gql(client, DELETE, {"input": {"password": PASSWORD}}, token=booked.client_token)
    assert done["deleteMyAccount"] == {"deleted": True, "userErrors": []}

    reasons = dict(await Session.all().values_list("id", "cancellation_reason"))
    # Who wrote an old reason is unknown: it may be the client's, so it goes too.
    assert reasons == {booked.session.id: "", by_studio.id: STUDIOS, old.id: ""}
    provider = await ProviderProfile.get(id=booked.session.provider_id)  # type: ignore[attr-defined]
    told = await Notification.filter(recipient_id=provider.user_id).values_list("body", flat=True)  # type: ignore[attr-defined]
    assert len(told) == 1
    assert THEIRS not in told[0]
    assert told[0].endswith("was cancelled. [deleted]")
    details = await WebhookDelivery.all().order_by("sequence").values_list("payload", flat=True)
    assert [row["data"]["detail"] for row in details] == ["[deleted]", STUDIOS]  # type: ignore[index, call-overload]


async def test_an_erased_studios_reason_goes_from_the_clients_view(
    client: httpx.AsyncClient,
) -> None:
    booked = await booked_session()
    await _cancel(client, booked.session_id, STUDIOS, booked.provider_token)
    client_id = booked.session.client_id  # type: ignore[attr-defined]
    told = await Notification.filter(recipient_id=client_id).values_list("body", flat=True)
    assert told[0].endswith(STUDIOS)
    provider = await ProviderProfile.get(id=booked.session.provider_id)  # type: ignore[attr-defined]
    done = await gql(client, DELETE, {"input": {"password": PASSWORD}}, token=booked.provider_token)
    assert done["deleteMyAccount"] == {"deleted": True, "userErrors": []}

    assert (
        await Session.get(id=booked.session.id).values_list("cancellation_reason", flat=True) == ""
    )
    told = await Notification.filter(recipient_id=client_id).values_list("body", flat=True)
    assert told[0].endswith("was cancelled. [deleted]")
    assert (await User.get(id=provider.user_id)).deleted_at is not None  # type: ignore[attr-defined]


async def test_mail_not_yet_sent_to_the_studio_loses_the_erased_clients_reason(
    client: httpx.AsyncClient,
) -> None:
    booked = await booked_session()
    await _cancel(client, booked.session_id, THEIRS, booked.client_token)
    provider = await ProviderProfile.get(id=booked.session.provider_id).select_related("user")
    mailed = OutboxMessage.filter(recipient=provider.user.email, kind="SESSION_CANCELLED")
    assert [THEIRS in body for body in await mailed.values_list("text_body", flat=True)] == [True]

    done = await gql(client, DELETE, {"input": {"password": PASSWORD}}, token=booked.client_token)
    assert done["deleteMyAccount"] == {"deleted": True, "userErrors": []}

    row = await mailed.get()
    assert row.status == OutboxStatus.PENDING  # still going: only the words are taken out
    assert THEIRS not in row.text_body
    assert THEIRS not in row.html_body
    assert "Reason given: [deleted]" in row.text_body
    assert "Reason given: [deleted]" in row.html_body


async def _more_bass(client: httpx.AsyncClient, studio: Studio, project: str, token: str) -> None:
    """The studio hands in a version of the project and its client asks for "More bass"."""
    started = {"id": project, "status": "IN_PROGRESS"}
    await gql(client, STATUS, started, token=studio.provider_token)
    handed = await gql(client, SUBMIT, {"id": project}, token=studio.provider_token)
    version = {"id": handed["submitDeliverable"]["deliverable"]["id"]}
    revised = await gql(client, REVISE, version, token=token)
    assert revised["requestRevision"]["userErrors"] == []


async def test_mail_not_yet_sent_to_the_studio_loses_the_erased_clients_requests(
    client: httpx.AsyncClient,
) -> None:
    studio = await open_studio()
    project_id, client_tok = await quiet_project(client, studio)
    other_id, other_tok = await quiet_project(client, studio, hour=14, name="Second EP")
    for project, token in ((project_id, client_tok), (other_id, other_tok)):
        await _more_bass(client, studio, project, token)
    await Project.filter(id=from_base64(project_id)[1]).update(status=ProjectStatus.COMPLETED)
    ask = {"projectId": project_id, "kind": "QUICK_QUESTION", "question": "Is 0176 5550123 ok?"}
    asked = await gql(client, FOLLOW_UP, {"input": ask}, token=client_tok)
    assert asked["requestFollowUp"]["userErrors"] == [], asked
    await Session.filter(provider_id=studio.profile.id).update(status=SessionStatus.COMPLETED)

    done = await gql(client, DELETE, {"input": {"password": PASSWORD}}, token=client_tok)
    assert done["deleteMyAccount"] == {"deleted": True, "userErrors": []}

    asking = ("REVISION_REQUESTED", "FOLLOW_UP_ASKED")
    mails = await OutboxMessage.filter(kind__in=asking).order_by("created_at", "kind")
    texts = [(row.kind, row.subject, row.text_body.split("\n\n")[2]) for row in mails]
    assert texts == [
        ("REVISION_REQUESTED", "Changes requested on Debut EP", "[deleted]"),
        ("REVISION_REQUESTED", "Changes requested on Second EP", "More bass"),
        ("FOLLOW_UP_ASKED", "Follow-up question about Debut EP", "[deleted]"),
    ]
    assert "More bass" not in mails[0].html_body
    assert "[deleted]</blockquote>" in mails[0].html_body
    assert "0176" not in mails[2].html_body
    assert "[deleted]</blockquote>" in mails[2].html_body
    assert "More bass</blockquote>" in mails[1].html_body


async def test_a_look_alike_mail_about_another_clients_project_keeps_its_words(
    client: httpx.AsyncClient,
) -> None:
    """Two clients of one studio each call their project Debut EP and ask for "More bass":
    the two mails share kind, recipient, subject and words. Erasing one client takes the
    words out of the mail about their project only."""
    studio = await open_studio()
    erased_id, erased_tok = await quiet_project(client, studio)
    kept_id, kept_tok = await quiet_project(client, studio, hour=14)
    for project, token in ((erased_id, erased_tok), (kept_id, kept_tok)):
        await _more_bass(client, studio, project, token)
    mailed = OutboxMessage.filter(kind="REVISION_REQUESTED")
    looks = await mailed.values_list("recipient", "subject", "text_body", "html_body")
    assert len(looks) == 2
    assert looks[0] == looks[1]
    # Queued before mail named its project: found by its words alone, as it was then.
    await OutboxMessage.create(
        **(await mailed.first().values()) | {"id": uuid4(), "about_id": None}
    )

    await Session.filter(provider_id=studio.profile.id).update(status=SessionStatus.COMPLETED)
    done = await gql(client, DELETE, {"input": {"password": PASSWORD}}, token=erased_tok)
    assert done["deleteMyAccount"] == {"deleted": True, "userErrors": []}

    said = {
        row.about_id: (row.text_body.split("\n\n")[2], "More bass</blockquote>" in row.html_body)
        for row in await mailed
    }
    assert said == {
        UUID(from_base64(erased_id)[1]): ("[deleted]", False),
        UUID(from_base64(kept_id)[1]): ("More bass", True),
        None: ("[deleted]", False),
    }
