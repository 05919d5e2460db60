"""A guest, who cannot sign in, sees and cancels their consultation from its confirmation mail."""

from __future__ import annotations

import re

import httpx
from strawberry.relay import to_base64

from app.settings import Settings
from domain.outbox import MailKind
from domain.session import SessionStatus
from integrations.storage import UrlSigner
from models.account import User
from models.booking import Session
from models.consultation import Consultation
from models.notification import Notification
from models.outbox import OutboxMessage
from models.waitlist import WaitlistEntry, WaitlistStatus
from tests.api import gql
from tests.scheduling import client_token, due, next_weekday
from tests.test_consultations import BOOK_CONSULTATION, GUEST, consultation_studio, request
from tests.test_waitlist import JOIN

SEE = """query ($token: String!) {
  consultationByLink(token: $token) { projectName status providerNotes session { start } } }"""
CANCEL = """mutation ($input: CancelConsultationByLinkInput!) {
  cancelConsultationByLink(input: $input) {
    consultation { projectName status providerNotes session { status cancellationReason } }
    userErrors { field code } } }"""
NOTES = """mutation ($id: ID!) {
  updateConsultationNotes(input: {id: $id, notes: "Sounds like a hobbyist"}) {
    userErrors { code } } }"""


async def _mailed_token() -> str:
    mail = await OutboxMessage.get(kind=MailKind.CONSULTATION_BOOKED)
    [text_link] = re.findall(r"/consultation\?token=(\S+)", mail.text_body)
    assert f"/consultation?token={text_link}" in mail.html_body
    return text_link


async def _cancel(client: httpx.AsyncClient, token: str, reason: str = "") -> dict:
    variables = {"input": {"token": token, "reason": reason}}
    return (await gql(client, CANCEL, variables))["cancelConsultationByLink"]


async def test_a_guest_cancels_from_the_confirmation_mail(client: httpx.AsyncClient) -> None:
    studio = await consultation_studio()
    booked = await gql(client, BOOK_CONSULTATION, request(studio, guest=GUEST))
    consultation_id = booked["bookConsultation"]["consultation"]["id"]
    await gql(client, NOTES, {"id": consultation_id}, token=studio.provider_token)
    # Someone else waits for that day: the freed time goes to them, as any cancellation's.
    waiting = {"input": {"serviceId": studio.service_id, "date": str(next_weekday(2))}}
    await gql(client, JOIN, waiting, token=await client_token())
    token = await _mailed_token()

    seen = (await gql(client, SEE, {"token": token}))["consultationByLink"]
    # The link stands for the client: the provider's private notes are not shown.
    assert (seen["projectName"], seen["status"], seen["providerNotes"]) == (
        "Debut EP",
        "SCHEDULED",
        None,
    )

    cancelled = await _cancel(client, token, "Double-booked myself")
    assert cancelled["userErrors"] == []
    assert cancelled["consultation"] == {
        "projectName": "Debut EP",
        "status": "CANCELLED",
        "providerNotes": None,
        "session": {"status": "CANCELLED", "cancellationReason": "Double-booked myself"},
    }
    session = await Session.get()
    assert (session.status, session.refund_percent) == (SessionStatus.CANCELLED, 100)
    provider_user = await studio.profile.user
    told = await Notification.get(kind="SESSION_CANCELLED", recipient_id=provider_user.id)
    assert told.session_id == session.id  # type: ignore[attr-defined]
    mailed = await OutboxMessage.filter(kind=MailKind.SESSION_CANCELLED).values_list(
        "recipient", flat=True
    )
    # The guest's copy is their only confirmation: they have no app to see it in.
    assert sorted(mailed) == sorted([provider_user.email, "gus@example.com"])
    assert await WaitlistEntry.filter(status=WaitlistStatus.OFFERED).count() == 1

    again = await _cancel(client, token)
    assert again == {
        "consultation": None,
        "userErrors": [{"field": "token", "code": "INVALID_TRANSITION"}],
    }
    seen = (await gql(client, SEE, {"token": token}))["consultationByLink"]
    assert seen["status"] == "CANCELLED"


async def test_a_bad_or_expired_link_opens_nothing(
    client: httpx.AsyncClient, settings: Settings
) -> None:
    studio = await consultation_studio()
    await gql(client, BOOK_CONSULTATION, request(studio, guest=GUEST))
    token = await _mailed_token()
    session = await Session.get()
    guest = await User.get(email="gus@example.com")
    signer = UrlSigner(settings.secret_key)
    expired = signer.sign("consultation-link", -1, s=str(session.id))
    other_purpose = signer.sign("claim-account", 3600, s=str(session.id))
    no_session = signer.sign("consultation-link", 3600, u=str(guest.id))
    # A signed id of a session that is no consultation opens nothing either.
    regular = signer.sign("consultation-link", 3600, s=str(guest.id))
    for bad in (token + "x", expired, other_purpose, no_session, regular, "nonsense"):
        assert (await gql(client, SEE, {"token": bad}))["consultationByLink"] is None, bad
        refused = await _cancel(client, bad)
        assert refused["userErrors"] == [{"field": "token", "code": "INVALID_TOKEN"}], bad
    assert (await Session.get()).status == SessionStatus.REQUESTED
    assert not await Notification.filter(kind="SESSION_CANCELLED").exists()


async def test_a_begun_consultation_is_the_studio_s_to_cancel(client: httpx.AsyncClient) -> None:
    studio = await consultation_studio()
    await gql(client, BOOK_CONSULTATION, request(studio, guest=GUEST))
    token = await _mailed_token()
    session = await Session.get()
    await due(to_base64("Session", session.id))
    refused = await _cancel(client, token)
    assert refused["userErrors"] == [{"field": "token", "code": "TOO_LATE"}]
    assert (await Session.get()).status == SessionStatus.REQUESTED


async def test_members_get_no_link(client: httpx.AsyncClient) -> None:
    # A member signs in to see or cancel theirs; a link would only be a second key to it.
    studio = await consultation_studio()
    await gql(client, BOOK_CONSULTATION, request(studio), token=await client_token())
    mail = await OutboxMessage.get(kind=MailKind.CONSULTATION_BOOKED)
    assert "token=" not in mail.text_body
    assert "token=" not in mail.html_body
    assert await Consultation.all().count() == 1
