"""Consultations: booked signed in or as a guest; the guest later registers and sees it."""

from __future__ import annotations

import asyncio
import re

import httpx
import pytest
from limits import parse
from strawberry.relay import to_base64

from app.settings import Settings
from domain.outbox import MailKind
from integrations.storage import UrlSigner
from models.account import User
from models.booking import Session
from models.consultation import Consultation
from models.outbox import OutboxMessage
from models.provider import ServiceKind
from tests.api import StatementCounter, assert_denied, execute, gql
from tests.scheduling import Studio, at, client_token, next_weekday, open_studio

BOOK_CONSULTATION = """
mutation ($input: BookConsultationInput!) {
  bookConsultation(input: $input) {
    consultation { id projectName status bpm referenceLinks providerNotes session { start } }
    userErrors { field code }
  }
}"""
MY_SESSIONS = "{ mySessions { edges { node { id status } } } }"


async def consultation_studio() -> Studio:
    studio = await open_studio(default_duration_minutes=60)
    studio.service.kind = ServiceKind.CONSULTATION
    await studio.service.save()
    return studio


def request(studio: Studio, hour: int = 10, **fields: object) -> dict:
    return {
        "input": {
            "serviceId": studio.service_id,
            "start": at(next_weekday(2), hour).isoformat(),
            "projectName": "Debut EP",
            "bpm": 92,
            "referenceLinks": ["https://example.com/track"],
        }
        | fields
    }


GUEST = {"firstName": "Gus", "lastName": "Guest", "email": "Gus@Example.com"}
NAMES = {"firstName": "Gus", "lastName": "G"}
REGISTER = """mutation ($input: RegisterInput!) {
  register(input: $input) { token userErrors { code } } }"""
CLAIM = """mutation ($input: ClaimAccountInput!) {
  claimAccount(input: $input) { token user { email } userErrors { field code } } }"""


async def _claim_link_token() -> str:
    """The token of the last claim link mailed."""
    mail = await OutboxMessage.filter(kind=MailKind.ACCOUNT_CLAIM).order_by("-created_at").first()
    assert mail is not None
    return re.findall(r"claim-account\?token=(\S+)", mail.text_body)[0]


async def _claim(client: httpx.AsyncClient, token: str, password: str) -> dict:
    variables = {"input": {"token": token, "password": password}}
    return (await gql(client, CLAIM, variables))["claimAccount"]


async def test_guest_books_then_registers_and_sees_it(client: httpx.AsyncClient) -> None:
    studio = await consultation_studio()
    booked = await gql(client, BOOK_CONSULTATION, request(studio, guest=GUEST))
    consultation = booked["bookConsultation"]["consultation"]
    assert booked["bookConsultation"]["userErrors"] == []
    assert consultation["status"] == "SCHEDULED"
    guest = await User.get(email="gus@example.com")
    assert guest.guest is True

    # A guest has no password; not even the dummy one used to even out login timing works.
    login = """mutation { login(input: {email: "gus@example.com",
        password: "studiograph-timing-equaliser"}) { token userErrors { code } } }"""
    refused = await gql(client, login)
    assert refused["login"]["userErrors"] == [{"code": "INVALID_CREDENTIALS"}]

    # Registering with the e-mail signs nobody in: the mailbox gets the link that does.
    data = {"email": "gus@example.com", "password": "a-new-Passphrase-3"}
    asked = (await gql(client, REGISTER, {"input": data | NAMES}))["register"]
    assert asked == {"token": None, "userErrors": [{"code": "CLAIM_LINK_SENT"}]}
    assert (await User.get(id=guest.id)).password_hash == ""
    token = (await _claim(client, await _claim_link_token(), "a-new-Passphrase-3"))["token"]
    assert token
    sessions = await gql(client, MY_SESSIONS, token=token)
    assert len(sessions["mySessions"]["edges"]) == 1
    node = (
        "query ($id: ID!) { node(id: $id) { ... on Consultation { projectName providerNotes } } }"
    )
    seen = await gql(client, node, {"id": consultation["id"]}, token=token)
    assert seen["node"] == {"projectName": "Debut EP", "providerNotes": None}
    assert await User.filter(email="gus@example.com").count() == 1


async def test_refusals_write_nothing(client: httpx.AsyncClient) -> None:
    studio = await consultation_studio()
    member = await User.create(
        email="member@example.com", password_hash="x", first_name="M", last_name="M"
    )
    cases = {
        "GUEST_REQUIRED": request(studio),
        "SIGN_IN_REQUIRED": request(studio, guest=GUEST | {"email": member.email}),
        "INVALID_VALUE": request(
            studio, guest=GUEST, bpm=5, referenceLinks=["javascript:alert(1)"]
        ),
        "INVALID_EMAIL": request(studio, guest=GUEST | {"email": "nope"}),
        # Longer than the column: it failed the insert and answered with an error.
        "INVALID_PHONE": request(studio, guest=GUEST | {"phone": "+49 " + "1" * 40}),
    }
    for code, variables in cases.items():
        payload = await gql(client, BOOK_CONSULTATION, variables)
        assert code in [e["code"] for e in payload["bookConsultation"]["userErrors"]], code
    await gql(client, BOOK_CONSULTATION, request(studio, guest=GUEST))
    taken = await gql(
        client, BOOK_CONSULTATION, request(studio, guest=GUEST | {"email": "x@example.com"})
    )
    assert [e["code"] for e in taken["bookConsultation"]["userErrors"]] == ["SLOT_UNAVAILABLE"]
    assert not await User.exists(email="x@example.com"), "the guest account was rolled back"
    assert await Consultation.all().count() == await Session.all().count() == 1


async def test_provider_notes_are_private(client: httpx.AsyncClient) -> None:
    studio = await consultation_studio()
    token = await client_token()
    booked = await gql(client, BOOK_CONSULTATION, request(studio), token=token)
    consultation_id = booked["bookConsultation"]["consultation"]["id"]
    notes = """mutation ($id: ID!) {
      updateConsultationNotes(input: {id: $id, notes: "Wants analog warmth"}) {
        consultation { providerNotes } userErrors { code } } }"""
    await assert_denied(client, notes, {"id": consultation_id}, token=token)
    written = await gql(client, notes, {"id": consultation_id}, token=studio.provider_token)
    assert (
        written["updateConsultationNotes"]["consultation"]["providerNotes"] == "Wants analog warmth"
    )

    # Notes past the limit were cut to it without a word: the end of them was lost.
    longer = """mutation ($id: ID!, $notes: String!) {
      updateConsultationNotes(input: {id: $id, notes: $notes}) { userErrors { field code } } }"""
    variables = {"id": consultation_id, "notes": "x" * 10_001}
    refused = await gql(client, longer, variables, token=studio.provider_token)
    assert refused["updateConsultationNotes"]["userErrors"] == [
        {"field": "notes", "code": "INVALID_VALUE"}
    ]
    assert (await Consultation.get()).provider_notes == "Wants analog warmth"


async def test_a_guest_s_double_submit_books_once(client: httpx.AsyncClient) -> None:
    # The same form sent twice at once: the second must not fail creating the same account.
    studio = await consultation_studio()
    variables = request(studio, guest=GUEST | {"email": "twice@example.com"})
    answers = await asyncio.gather(
        *(execute(client, BOOK_CONSULTATION, variables) for _ in range(4))
    )
    assert all("errors" not in answer for answer in answers), answers
    codes = sorted(
        [e["code"] for e in a["data"]["bookConsultation"]["userErrors"]] for a in answers
    )
    assert codes == [[], ["SLOT_UNAVAILABLE"], ["SLOT_UNAVAILABLE"], ["SLOT_UNAVAILABLE"]]
    assert await User.filter(email="twice@example.com").count() == 1
    assert await Consultation.all().count() == 1


async def test_guest_forms_count_as_sign_ups(
    client: httpx.AsyncClient, monkeypatch: pytest.MonkeyPatch
) -> None:
    # A guest's form creates an account and tells whether an e-mail has one (SIGN_IN_REQUIRED),
    # with no limit: accounts could be made, and e-mails probed, past the sign-up limit.
    monkeypatch.setattr("resolvers.rate_limit.REGISTRATIONS_PER_ADDRESS", parse("2/hour"))
    studio = await consultation_studio()
    member = await User.create(
        email="member@example.com", password_hash="x", first_name="M", last_name="M"
    )
    booked = await gql(client, BOOK_CONSULTATION, request(studio, guest=GUEST))
    assert booked["bookConsultation"]["userErrors"] == []
    probe = request(studio, 11, guest=GUEST | {"email": member.email})
    probed = await gql(client, BOOK_CONSULTATION, probe)
    assert probed["bookConsultation"]["userErrors"] == [
        {"field": "guest.email", "code": "SIGN_IN_REQUIRED"}
    ]
    third = request(studio, 12, guest=GUEST | {"email": "third@example.com"})
    refused = await gql(client, BOOK_CONSULTATION, third)
    assert refused["bookConsultation"]["userErrors"] == [{"field": None, "code": "RATE_LIMITED"}]
    assert not await User.exists(email="third@example.com")
    assert await Session.all().count() == 1
    # Registering from that address is refused too; a signed-in client still books.
    register = """mutation ($input: RegisterInput!) {
      register(input: $input) { userErrors { code } } }"""
    data = {"email": "n@example.com", "password": "a-new-Passphrase-3", "firstName": "N"}
    signed_up = await gql(client, register, {"input": data | {"lastName": "N"}})
    assert signed_up["register"]["userErrors"] == [{"code": "RATE_LIMITED"}]
    signed_in = await gql(
        client, BOOK_CONSULTATION, request(studio, 12), token=await client_token()
    )
    assert signed_in["bookConsultation"]["userErrors"] == []


async def test_a_stranger_booking_with_a_guest_s_e_mail_learns_nothing_of_that_guest(
    client: httpx.AsyncClient,
) -> None:
    studio = await consultation_studio()
    stored = await User.create(
        email="quiet@example.com",
        password_hash="",
        first_name="Quinn",
        last_name="Private",
        guest=True,
    )
    booking = """mutation ($input: BookConsultationInput!) { bookConsultation(input: $input) {
      consultation { session { client { id firstName lastName email phone createdAt } } }
    } }"""
    stranger = GUEST | {"email": "Quiet@example.com", "phone": "+49 30 1234"}
    booked = await gql(client, booking, request(studio, guest=stranger))
    shown = booked["bookConsultation"]["consultation"]["session"]["client"]
    assert (shown["firstName"], shown["lastName"]) == ("Gus", "Guest")
    assert shown["id"] != to_base64("User", stored.id)
    assert (shown["email"], shown["phone"]) == (None, None)
    assert shown["createdAt"] > stored.created_at.isoformat()
    # The booking is still the guest's, to see once they claim the account.
    assert (await Session.get()).client_id == stored.id  # type: ignore[attr-defined]
    stored = await User.get(id=stored.id)
    assert (stored.first_name, stored.last_name) == ("Quinn", "Private")


async def test_a_guest_account_is_claimed_only_through_its_mailbox(
    client: httpx.AsyncClient, settings: Settings
) -> None:
    studio = await consultation_studio()
    await gql(client, BOOK_CONSULTATION, request(studio, guest=GUEST))
    guest = await User.get(email="gus@example.com")
    taker = {"email": "GUS@example.com", "password": "the-takers-Pass-1", "firstName": "Eve"}
    asked = (await gql(client, REGISTER, {"input": taker | {"lastName": "E"}}))["register"]
    assert asked["userErrors"] == [{"code": "CLAIM_LINK_SENT"}]
    mail = await OutboxMessage.get(kind=MailKind.ACCOUNT_CLAIM)
    assert mail.recipient == "gus@example.com"
    unchanged = await User.get(id=guest.id)
    assert (unchanged.guest, unchanged.first_name, unchanged.password_hash) == (True, "Gus", "")
    login = """mutation { login(input: {email: "gus@example.com", password: "the-takers-Pass-1"})
      { token userErrors { code } } }"""
    assert (await gql(client, login))["login"]["token"] is None

    link = await _claim_link_token()
    signer = UrlSigner(settings.secret_key)
    forged = signer.sign("claim-account", 3600, u=str(guest.id), e="other@example.com")
    expired = signer.sign("claim-account", -1, u=str(guest.id), e=guest.email)
    other_purpose = signer.sign("download", 3600, u=str(guest.id), e=guest.email)
    for bad in (link + "x", forged, expired, other_purpose):
        refused = await _claim(client, bad, "a-new-Passphrase-3")
        assert refused["userErrors"] == [{"field": "token", "code": "INVALID_TOKEN"}], bad
    weak = await _claim(client, link, "short")
    assert [e["code"] for e in weak["userErrors"]] == ["WEAK_PASSWORD"]

    claimed = await _claim(client, link, "a-new-Passphrase-3")
    assert claimed["user"] == {"email": "gus@example.com"}
    sessions = await gql(client, MY_SESSIONS, token=claimed["token"])
    assert len(sessions["mySessions"]["edges"]) == 1
    owner = await User.get(id=guest.id)
    assert (owner.guest, owner.email_verified) == (False, True)
    # A link works once: it cannot set the password again.
    again = await _claim(client, link, "another-Passphrase-4")
    assert again["userErrors"] == [{"field": "token", "code": "INVALID_TOKEN"}]


PROVIDER_SESSIONS = """{ mySessions(first: 50) { edges { node {
    consultation { id projectName genre bpm referenceLinks providerNotes status }
} } } }"""


async def test_the_provider_finds_the_brief_from_the_session_booked(
    client: httpx.AsyncClient, statements: StatementCounter
) -> None:
    # The brief was reachable only by the consultation's id, which only the booker was given:
    # the provider told of the booking (a session) could neither read it nor keep notes on it.
    studio = await consultation_studio()
    token = await client_token()
    counts = []
    for total in (2, 12):
        while (booked := await Session.all().count()) < total:
            start = at(next_weekday(2, 1 + booked // 8), 9 + booked % 8).isoformat()
            made = await gql(
                client, BOOK_CONSULTATION, request(studio, start=start, genre="Soul"), token=token
            )
            assert made["bookConsultation"]["userErrors"] == []
        statements.reset()
        listed = await gql(client, PROVIDER_SESSIONS, token=studio.provider_token)
        counts.append(statements.count)
    assert counts[0] == counts[1], statements.queries
    briefs = [edge["node"]["consultation"] for edge in listed["mySessions"]["edges"]]
    assert len(briefs) == 12
    assert briefs[0] == {
        "id": briefs[0]["id"],
        "projectName": "Debut EP",
        "genre": "Soul",
        "bpm": 92,
        "referenceLinks": ["https://example.com/track"],
        "providerNotes": "",
        "status": "SCHEDULED",
    }
    notes = """mutation ($id: ID!) {
      updateConsultationNotes(input: {id: $id, notes: "Bring stems"}) { userErrors { code } } }"""
    await gql(client, notes, {"id": briefs[0]["id"]}, token=studio.provider_token)
    again = await gql(client, PROVIDER_SESSIONS, token=studio.provider_token)
    written = [e["node"]["consultation"]["providerNotes"] for e in again["mySessions"]["edges"]]
    assert "Bring stems" in written


async def test_a_session_not_a_consultation_has_no_brief(client: httpx.AsyncClient) -> None:
    studio = await open_studio()
    token = await client_token()
    book = """mutation ($input: BookSessionInput!) {
      bookSession(input: $input) { session { consultation { id } } userErrors { code } } }"""
    variables = {
        "input": {
            "serviceId": studio.service_id,
            "start": at(next_weekday(2), 10).isoformat(),
            "durationMinutes": 60,
        }
    }
    booked = await gql(client, book, variables, token=token)
    assert booked["bookSession"] == {"session": {"consultation": None}, "userErrors": []}
    # The client sees their own brief, without the provider's notes.
    later = request(await consultation_studio(), hour=12)
    mine = await gql(client, BOOK_CONSULTATION, later, token=token)
    assert mine["bookConsultation"]["userErrors"] == []
    listed = await gql(client, PROVIDER_SESSIONS, token=token)
    briefs = [e["node"]["consultation"] for e in listed["mySessions"]["edges"]]
    assert [b and (b["projectName"], b["providerNotes"]) for b in briefs] == [
        None,
        ("Debut EP", None),
    ]
