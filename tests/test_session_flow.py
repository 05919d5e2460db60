"""Session lifecycle over GraphQL: who may move a session where, refunds, moving, extending."""

from __future__ import annotations

import time
from datetime import UTC, datetime, timedelta

import httpx
import pytest
from strawberry.relay import from_base64, to_base64

from domain.session import START_LEAD, SessionStatus
from models.booking import Session
from tests.api import assert_denied, execute, gql
from tests.factories import make_user, token_for
from tests.scheduling import (
    Studio,
    at,
    client_token,
    due,
    hour_session,
    next_weekday,
    open_studio,
)
from tests.test_booking import BOOK, SLOTS, booking
from tests.test_consultations import BOOK_CONSULTATION, consultation_studio, request


def action(name: str) -> str:
    return f"""mutation ($id: ID!) {{
      {name}(input: {{id: $id}}) {{ session {{ status }} userErrors {{ code message }} }}
    }}"""


CANCEL = """
mutation ($id: ID!, $reason: String!) {
  cancelSession(input: {id: $id, reason: $reason}) {
    session { status refundPercent cancellationReason } userErrors { code }
  }
}"""
RESCHEDULE = """
mutation ($id: ID!, $start: DateTime!) {
  rescheduleSession(input: {id: $id, newStart: $start}) {
    session { start end } userErrors { code }
  }
}"""


async def book(client: httpx.AsyncClient, studio: Studio, hour: int = 10) -> tuple[str, str]:
    token = await client_token()
    day = next_weekday(2)
    payload = await gql(client, BOOK, booking(studio, at(day, hour)), token=token)
    return payload["bookSession"]["session"]["id"], token


async def test_provider_runs_the_session_and_the_client_cannot(client: httpx.AsyncClient) -> None:
    studio = await open_studio()
    session_id, client_tok = await book(client, studio)
    refused = await gql(client, action("confirmSession"), {"id": session_id}, token=client_tok)
    assert refused["confirmSession"]["userErrors"][0]["code"] == "INVALID_TRANSITION"
    await due(session_id)
    for name, status in (
        ("confirmSession", "CONFIRMED"),
        ("startSession", "IN_PROGRESS"),
        ("completeSession", "COMPLETED"),
    ):
        moved = await gql(client, action(name), {"id": session_id}, token=studio.provider_token)
        assert moved[name] == {"session": {"status": status}, "userErrors": []}
    too_late = await gql(
        client, CANCEL, {"id": session_id, "reason": "x"}, token=studio.provider_token
    )
    assert too_late["cancelSession"]["userErrors"][0]["code"] == "INVALID_TRANSITION"


async def test_a_session_starts_only_when_about_due(client: httpx.AsyncClient) -> None:
    # Started a week ahead (the wrong session tapped), it could be neither cancelled nor
    # moved, and completing it opened its review and follow-ups before it took place.
    studio = await open_studio()
    session_id, _ = await book(client, studio)
    await gql(client, action("confirmSession"), {"id": session_id}, token=studio.provider_token)
    early = await gql(
        client, action("startSession"), {"id": session_id}, token=studio.provider_token
    )
    assert early["startSession"]["session"] is None
    assert [e["code"] for e in early["startSession"]["userErrors"]] == ["TOO_EARLY"]
    row = await Session.get()
    assert row.status == SessionStatus.CONFIRMED
    # Half an hour ahead, a client who comes early may begin.
    ahead = datetime.now(UTC) + START_LEAD - timedelta(minutes=1)
    await Session.filter(id=row.id).update(
        start_at=ahead,
        end_at=ahead + timedelta(hours=1),
        blocked_start=ahead,
        blocked_end=ahead + timedelta(hours=1),
    )
    started = await gql(
        client, action("startSession"), {"id": session_id}, token=studio.provider_token
    )
    assert started["startSession"]["session"] == {"status": "IN_PROGRESS"}


async def test_strangers_can_neither_see_nor_touch_a_session(client: httpx.AsyncClient) -> None:
    studio = await open_studio()
    session_id, _ = await book(client, studio)
    stranger = await client_token()
    seen = await gql(
        client, "query ($id: ID!) { session(id: $id) { id } }", {"id": session_id}, token=stranger
    )
    assert seen["session"] is None
    await assert_denied(client, CANCEL, {"id": session_id, "reason": "mine"}, token=stranger)
    rival = await open_studio()
    await assert_denied(
        client, action("confirmSession"), {"id": session_id}, token=rival.provider_token
    )
    assert (await Session.get()).status == "REQUESTED"


async def test_cancellation_refund_follows_the_policy(client: httpx.AsyncClient) -> None:
    # The session is at least a week away: the 72-hour tier applies to the client.
    studio = await open_studio(
        cancellation_policy=[
            {"hours_before": 24, "refund_percent": 50},
            {"hours_before": 72, "refund_percent": 90},
            {"hours_before": 24 * 30, "refund_percent": 100},
        ]
    )
    session_id, client_tok = await book(client, studio)
    cancelled = await gql(client, CANCEL, {"id": session_id, "reason": "ill"}, token=client_tok)
    assert cancelled["cancelSession"]["session"] == {
        "status": "CANCELLED",
        "refundPercent": 90,
        "cancellationReason": "ill",
    }
    by_provider, _ = await book(client, studio, hour=12)
    provider_cancel = await gql(
        client, CANCEL, {"id": by_provider, "reason": "studio flooded"}, token=studio.provider_token
    )
    assert provider_cancel["cancelSession"]["session"]["refundPercent"] == 100


async def test_cancelling_frees_the_slot(client: httpx.AsyncClient) -> None:
    studio = await open_studio()
    session_id, client_tok = await book(client, studio)
    await gql(client, CANCEL, {"id": session_id, "reason": ""}, token=client_tok)
    again = await gql(
        client, BOOK, booking(studio, at(next_weekday(2), 10)), token=await client_token()
    )
    assert again["bookSession"]["userErrors"] == []


async def test_reschedule_moves_only_to_a_free_time(client: httpx.AsyncClient) -> None:
    studio = await open_studio()
    day = next_weekday(2)
    session_id, client_tok = await book(client, studio, hour=10)
    await book(client, studio, hour=14)
    blocked = await gql(
        client,
        RESCHEDULE,
        {"id": session_id, "start": at(day, 14, 30).isoformat()},
        token=client_tok,
    )
    assert blocked["rescheduleSession"]["userErrors"][0]["code"] == "SLOT_UNAVAILABLE"
    assert (await Session.get(id=session_id_of(session_id))).start_at == at(day, 10)
    # Overlapping its own old time is fine: the session does not block itself.
    moved = await gql(
        client,
        RESCHEDULE,
        {"id": session_id, "start": at(day, 10, 30).isoformat()},
        token=client_tok,
    )
    assert moved["rescheduleSession"]["session"]["start"] == at(day, 10, 30).isoformat()
    freed = await gql(client, BOOK, booking(studio, at(day, 9)), token=await client_token())
    assert freed["bookSession"]["userErrors"] == [], "09:00-10:00 no longer overlaps"


async def test_a_client_cannot_move_a_session_around_the_cancellation_policy(
    client: httpx.AsyncClient,
) -> None:
    # Less than 30 days ahead, a cancellation refunds 20%: moving the session a month on and
    # cancelling it then would refund it all, so from here only the studio may move it.
    studio = await open_studio(
        cancellation_policy=[
            {"hours_before": 24 * 30, "refund_percent": 100},
            {"hours_before": 0, "refund_percent": 20},
        ]
    )
    session_id, client_tok = await book(client, studio)
    later = {"id": session_id, "start": at(next_weekday(2, weeks_ahead=6), 10).isoformat()}
    refused = await gql(client, RESCHEDULE, later, token=client_tok)
    assert refused["rescheduleSession"]["userErrors"] == [{"code": "TOO_LATE"}]
    assert (await Session.get(id=session_id_of(session_id))).start_at == at(next_weekday(2), 10)
    moved = await gql(client, RESCHEDULE, later, token=studio.provider_token)
    assert moved["rescheduleSession"]["userErrors"] == []
    # Now more than 30 days ahead: the client may move it again.
    back = {"id": session_id, "start": at(next_weekday(2, weeks_ahead=7), 10).isoformat()}
    assert (await gql(client, RESCHEDULE, back, token=client_tok))["rescheduleSession"][
        "userErrors"
    ] == []


async def test_a_client_cannot_cancel_or_move_a_session_once_it_has_begun(
    client: httpx.AsyncClient,
) -> None:
    # No policy: cancelling refunds everything, so a session the studio has not yet marked
    # started (or completed) would be refunded in full after it took place.
    studio = await open_studio()
    me = await make_user()
    began = datetime.now(UTC).replace(microsecond=0) - timedelta(minutes=30)
    session_id = to_base64(
        "Session", str(await hour_session(me, studio, began, SessionStatus.CONFIRMED))
    )
    token = await token_for(me)
    cancel = await gql(client, CANCEL, {"id": session_id, "reason": "x"}, token=token)
    assert cancel["cancelSession"]["userErrors"] == [{"code": "TOO_LATE"}]
    later = {"id": session_id, "start": at(next_weekday(2), 10).isoformat()}
    moved = await gql(client, RESCHEDULE, later, token=token)
    assert moved["rescheduleSession"]["userErrors"] == [{"code": "TOO_LATE"}]
    assert (await Session.get(id=session_id_of(session_id))).status == SessionStatus.CONFIRMED
    by_studio = await gql(
        client, CANCEL, {"id": session_id, "reason": "x"}, token=studio.provider_token
    )
    assert by_studio["cancelSession"]["session"]["status"] == "CANCELLED"


async def test_extend_only_into_free_time(client: httpx.AsyncClient) -> None:
    studio = await open_studio()
    session_id, _ = await book(client, studio, hour=10)
    after_id, _ = await book(client, studio, hour=12)
    await due(session_id, after_id)
    for name in ("confirmSession", "startSession"):
        await gql(client, action(name), {"id": session_id}, token=studio.provider_token)
    extend = """mutation ($id: ID!, $minutes: Int!) {
      extendSession(input: {id: $id, minutes: $minutes}) { session { end } userErrors { code } }
    }"""
    clash = await gql(
        client, extend, {"id": session_id, "minutes": 90}, token=studio.provider_token
    )
    assert clash["extendSession"]["userErrors"][0]["code"] == "SLOT_UNAVAILABLE"
    ok = await gql(client, extend, {"id": session_id, "minutes": 60}, token=studio.provider_token)
    after = await Session.get(id=session_id_of(after_id))
    assert ok["extendSession"]["session"]["end"] == after.start_at.isoformat()


async def test_anonymous_cannot_book(client: httpx.AsyncClient) -> None:
    studio = await open_studio()
    body = await execute(client, BOOK, booking(studio, at(next_weekday(2), 10)))
    assert body["errors"][0]["extensions"]["code"] == "UNAUTHENTICATED"


def session_id_of(global_id: str) -> str:
    return from_base64(global_id)[1]


async def test_starts_near_the_ends_of_the_calendar_are_just_unavailable(
    client: httpx.AsyncClient,
) -> None:
    # A day either side of year 1 or 9999 is past what datetime can hold: these answered with
    # an error rather than an unavailable time.
    studio, consulting, token = (
        await open_studio(),
        await consultation_studio(),
        await client_token(),
    )
    session_id, owner = await book(client, studio)
    for extreme in ("9999-12-31T23:30:00+00:00", "0001-01-01T00:00:00+00:00"):
        asked = booking(studio, at(next_weekday(2), 10))
        asked["input"]["start"] = extreme
        refused = await gql(client, BOOK, asked, token=token)
        assert [e["code"] for e in refused["bookSession"]["userErrors"]] == ["SLOT_UNAVAILABLE"]
        moved = await gql(client, RESCHEDULE, {"id": session_id, "start": extreme}, token=owner)
        assert moved["rescheduleSession"]["userErrors"] == [{"code": "SLOT_UNAVAILABLE"}]
        consultation = await gql(
            client, BOOK_CONSULTATION, request(consulting, start=extreme), token=token
        )
        assert consultation["bookConsultation"]["userErrors"] == [
            {"field": "start", "code": "SLOT_UNAVAILABLE"}
        ]
    for start, end in (
        ("9999-12-30T00:00:00+00:00", "9999-12-31T23:59:00+00:00"),
        ("0001-01-01T00:00:00+00:00", "0001-01-05T00:00:00+00:00"),
    ):
        variables = {
            "provider": studio.provider_id,
            "service": studio.service_id,
            "minutes": 60,
            "start": start,
            "end": end,
        }
        assert (await gql(client, SLOTS, variables))["availableSlots"] == []
    assert await Session.all().count() == 1


async def test_a_no_show_is_recorded_only_once_the_session_has_begun(
    client: httpx.AsyncClient,
) -> None:
    # Marked ahead, a no-show would call the session off with no refund, where cancelling it
    # as the studio refunds it all.
    studio = await open_studio()
    session_id, _ = await book(client, studio)
    await gql(client, action("confirmSession"), {"id": session_id}, token=studio.provider_token)
    early = await gql(client, action("markNoShow"), {"id": session_id}, token=studio.provider_token)
    assert [e["code"] for e in early["markNoShow"]["userErrors"]] == ["TOO_EARLY"]
    assert (await Session.get(id=session_id_of(session_id))).status == SessionStatus.CONFIRMED

    began = datetime.now(UTC).replace(microsecond=0) - timedelta(minutes=20)
    late_id = await hour_session(await make_user(), studio, began, SessionStatus.CONFIRMED)
    absent = await gql(
        client,
        action("markNoShow"),
        {"id": to_base64("Session", str(late_id))},
        token=studio.provider_token,
    )
    assert absent["markNoShow"] == {"session": {"status": "NO_SHOW"}, "userErrors": []}


async def test_a_start_without_an_offset_is_utc_whatever_the_server_s_zone(
    client: httpx.AsyncClient, monkeypatch: pytest.MonkeyPatch
) -> None:
    # datetime.astimezone() reads a naive time in the server's own zone: here Tokyo's.
    monkeypatch.setenv("TZ", "Asia/Tokyo")
    time.tzset()
    try:
        studio, token = await open_studio(), await client_token()
        day = next_weekday(2)
        naive = booking(studio, at(day, 10))
        naive["input"]["start"] = at(day, 10).replace(tzinfo=None).isoformat()
        booked = await gql(client, BOOK, naive, token=token)
        assert booked["bookSession"]["session"]["start"] == at(day, 10).isoformat()
        later = at(day, 11).replace(tzinfo=None).isoformat()
        moved = {"id": booked["bookSession"]["session"]["id"], "start": later}
        answer = await gql(client, RESCHEDULE, moved, token=token)
        assert answer["rescheduleSession"]["session"]["start"] == at(day, 11).isoformat()
    finally:
        monkeypatch.delenv("TZ")
        time.tzset()
