"""A provider's powers over their sessions last only while their account is a provider's:
demoted to client, they may no longer run, cancel, take money for, see or answer for them."""

from __future__ import annotations

from uuid import uuid4

import httpx
from strawberry.relay import from_base64, to_base64

from domain.media import FileKind
from models.account import Role, User
from models.attachment import Attachment
from models.booking import Session
from models.file import StoredFile
from models.gallery import Gallery
from models.payment import Payment, PaymentStatus, Refund
from models.project import Message, Project
from models.provider import Service
from models.review import Review
from tests.api import assert_denied, gql
from tests.payments import PAY, RECORD, Booked, booked_session
from tests.scheduling import open_studio
from tests.test_projects import start_project

CONFIRM = """mutation ($id: ID!) { confirmSession(input: {id: $id}) { session { status } } }"""
CANCEL = """mutation ($id: ID!) {
  cancelSession(input: {id: $id, reason: "demoted"}) { session { status } }
}"""
REFUND = """mutation ($input: RefundPaymentInput!) {
  refundPayment(input: $input) { userErrors { code } }
}"""


async def test_a_demoted_provider_no_longer_runs_or_takes_money_for_their_sessions(
    client: httpx.AsyncClient,
) -> None:
    booked = await booked_session()
    deposit = await _pay(client, booked, "DEPOSIT")
    recorded = {"input": {"paymentId": deposit, "reference": "cash"}}
    await gql(client, RECORD, recorded, token=booked.provider_token)
    balance = await _pay(client, booked, "BALANCE")
    await User.filter(id=(await booked.session.provider).user_id).update(role=Role.CLIENT)

    ids = {"id": booked.session_id}
    await assert_denied(client, CONFIRM, ids, token=booked.provider_token)
    await assert_denied(client, CANCEL, ids, token=booked.provider_token)
    recording = {"input": {"paymentId": balance, "reference": "bank"}}
    await assert_denied(client, RECORD, recording, token=booked.provider_token)
    refunding = {"input": {"paymentId": deposit, "amount": 100, "reason": "demoted"}}
    await assert_denied(client, REFUND, refunding, token=booked.provider_token)

    assert (await Session.get(id=booked.session.id)).status == "REQUESTED"
    statuses = await Payment.all().order_by("created_at").values_list("status", flat=True)
    assert statuses == [PaymentStatus.SUCCEEDED, PaymentStatus.PENDING]
    assert not await Refund.exists()


async def _pay(client: httpx.AsyncClient, booked: Booked, kind: str) -> str:
    paying = {"input": {"sessionId": booked.session_id, "kind": kind}}
    return (await gql(client, PAY, paying, token=booked.client_token))["payForSession"]["payment"][
        "id"
    ]


SEEN = """query ($session: ID!, $project: ID!, $service: ID!, $file: ID!) {
  session(id: $session) { id }
  project: node(id: $project) { id }
  file: node(id: $file) { id }
  archived: node(id: $service) { id }
  sessionGalleries(sessionId: $session) { edges { node { id } } }
  mySessions { edges { node { id } } }
  me { projects { edges { node { id } } } }
}"""
RESPOND = """mutation ($input: RespondToReviewInput!) {
  respondToReview(input: $input) { userErrors { code } }
}"""


async def test_a_demoted_provider_no_longer_sees_or_speaks_for_their_work(
    client: httpx.AsyncClient,
) -> None:
    studio = await open_studio()
    project_id, _ = await start_project(client, studio)
    session = await Session.get()
    await Gallery.create(
        session=session,
        name="Day",
        slug="day",
        access_code="ABCD1234",
        watermark_text="Studio",
        currency="EUR",
    )
    await Service.filter(id=studio.service.id).update(active=False)
    shared = await _shared_by_the_client(project_id)
    ids = {
        "session": to_base64("Session", session.id),
        "project": project_id,
        "service": studio.service_id,
        "file": to_base64("File", shared.id),
    }
    seen = await gql(client, SEEN, ids, token=studio.provider_token)
    assert seen["session"] == {"id": ids["session"]}
    assert seen["project"] == {"id": project_id}
    assert seen["archived"] == {"id": studio.service_id}
    assert seen["file"] == {"id": ids["file"]}
    assert len(seen["sessionGalleries"]["edges"]) == 1
    assert len(seen["mySessions"]["edges"]) == len(seen["me"]["projects"]["edges"]) == 1
    review = await Review.create(
        session=session,
        provider=studio.profile,
        client_id=session.client_id,
        rating=2,  # type: ignore[attr-defined]
    )
    await User.filter(id=studio.profile.user_id).update(role=Role.CLIENT)  # type: ignore[attr-defined]

    unseen = await gql(client, SEEN, ids, token=studio.provider_token)
    assert unseen == {
        "session": None,
        "project": None,
        "archived": None,
        "file": None,
        "sessionGalleries": {"edges": []},
        "mySessions": {"edges": []},
        "me": {"projects": {"edges": []}},
    }
    reply = {"input": {"reviewId": to_base64("Review", review.id), "response": "Still me."}}
    refused = (await gql(client, RESPOND, reply, token=studio.provider_token))["respondToReview"]
    assert refused["userErrors"] == [{"code": "NOT_YOUR_REVIEW"}]
    assert (await Review.get(id=review.id)).response is None


async def _shared_by_the_client(project_id: str) -> StoredFile:
    """A file the project's client attached to a message of it."""
    project = await Project.get(id=from_base64(project_id)[1])
    stored = await StoredFile.create(
        owner_id=project.client_id,  # type: ignore[attr-defined]
        kind=FileKind.ATTACHMENT,
        key=f"files/test/{uuid4()}/notes.pdf",
        name="notes.pdf",
        size=4,
        content_type="application/pdf",
        sha256="0" * 64,
    )
    message = await Message.create(project=project, sender_id=project.client_id, body="notes")  # type: ignore[attr-defined]
    await Attachment.create(project=project, file=stored, message=message, position=0)
    return stored
