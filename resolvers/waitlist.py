"""The waitlist: joining it, leaving it, and closing the lines of archived services."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import UTC, date, datetime, timedelta
from uuid import UUID
from zoneinfo import ZoneInfo

import strawberry
from strawberry import relay
from tortoise.exceptions import IntegrityError
from tortoise.transactions import in_transaction

from app.context import Info
from domain.notification import NotificationKind
from domain.service import own_service_violation
from domain.violation import Violation
from models.account import User
from models.provider import Service as ServiceModel
from models.waitlist import WaitlistEntry as WaitlistEntryModel
from models.waitlist import WaitlistStatus
from resolvers.errors import to_user_errors
from resolvers.nodes import decode_id
from resolvers.notify import notify_users
from resolvers.permissions import Forbidden, IsAuthenticated
from resolvers.scheduling import lock_provider_calendar
from resolvers.waitlist_offers import hand_on
from schema.pagination import keyset_page
from schema.provider import Service
from schema.waitlist import (
    JoinWaitlistInput,
    LeaveWaitlistInput,
    WaitlistEntry,
    WaitlistErrorCode,
    WaitlistPayload,
    WaitlistUserError,
)

MAX_DAYS_AHEAD = 730
# An entry in one of these has left the line; joining again puts it back at the end.
_DONE = [WaitlistStatus.BOOKED, WaitlistStatus.EXPIRED, WaitlistStatus.LEFT]


def _errors(violations: list[Violation]) -> list[WaitlistUserError]:
    return to_user_errors(violations, WaitlistUserError, WaitlistErrorCode)


@strawberry.type
class WaitlistQueries:
    @strawberry.field(
        description="Your waitlist entries, oldest first.", permission_classes=[IsAuthenticated]
    )
    async def my_waitlist(
        self, info: Info, first: int = 20, after: str | None = None
    ) -> relay.Connection[WaitlistEntry]:
        return await keyset_page(
            WaitlistEntryModel.filter(client_id=info.context.user.id),  # type: ignore[union-attr]
            first=first,
            after=after,
            to_node=WaitlistEntry.from_model,
            maximum=info.context.settings.page_size_max,
        )


@strawberry.type
class WaitlistMutations:
    @strawberry.mutation(
        description="Wait for a slot on a fully booked day; a cancellation is offered in order. "
        "Once an offer has run out (or been booked), joining again goes to the end of the line. "
        "A provider cannot wait for their own service (OWN_SERVICE).",
        permission_classes=[IsAuthenticated],
    )
    async def join_waitlist(self, info: Info, input: JoinWaitlistInput) -> WaitlistPayload:
        service_id = decode_id(input.service_id, Service)
        service = (
            await ServiceModel.get_or_none(id=service_id, active=True).select_related("provider")
            if service_id
            else None
        )
        if service is None:
            missing = Violation("serviceId", "NOT_FOUND", "No such service.")
            return WaitlistPayload(user_errors=_errors([missing]))
        if own := own_service_violation(service.provider.user_id, info.context.user.id):  # type: ignore[attr-defined, union-attr]
            return WaitlistPayload(user_errors=_errors([own]))
        # Entries are for the provider's local days (offers are matched to them so).
        today = datetime.now(ZoneInfo(service.provider.timezone)).date()
        if not today <= input.date <= today + timedelta(days=MAX_DAYS_AHEAD):
            bad = Violation("date", "INVALID_DATE", "Choose a day from today on.")
            return WaitlistPayload(user_errors=_errors([bad]))
        try:
            entry = await WaitlistEntryModel.create(
                service=service, client=info.context.user, day=input.date
            )
        except IntegrityError:
            entry = await _wait_again(service, info.context.user.id, input.date)  # type: ignore[union-attr]
            if entry is None:
                taken = Violation(
                    "date", "ALREADY_WAITING", "You are already waiting for that day."
                )
                return WaitlistPayload(user_errors=_errors([taken]))
        return WaitlistPayload(entry=WaitlistEntry.from_model(entry))

    @strawberry.mutation(
        description="Leave the line for a day (the entry's client, or an admin), while waiting "
        "or holding an offer; a held slot then goes to the next in line. An entry booked, run "
        "out or left already is NOT_WAITING.",
        permission_classes=[IsAuthenticated],
    )
    async def leave_waitlist(self, info: Info, input: LeaveWaitlistInput) -> WaitlistPayload:
        entry_id = decode_id(input.entry_id, WaitlistEntry)
        found = (
            await WaitlistEntryModel.get_or_none(id=entry_id).select_related("service")
            if entry_id
            else None
        )
        if found is None:
            missing = Violation("entryId", "NOT_FOUND", "No such waitlist entry.")
            return WaitlistPayload(user_errors=_errors([missing]))
        if not info.context.is_admin and found.client_id != info.context.user.id:  # type: ignore[attr-defined, union-attr]
            raise Forbidden("This is not your place in line.")
        now = datetime.now(UTC)
        async with in_transaction() as connection:
            # The calendar lock first, as bookings and the expiry job take it (jobs/waitlist.py).
            await lock_provider_calendar(connection, found.service.provider_id)  # type: ignore[attr-defined]
            entry = await WaitlistEntryModel.select_for_update().get(id=found.id)
            # An offer that ran out no longer holds anything, even before the job settles it.
            holding = entry.status == WaitlistStatus.OFFERED and entry.offer_expires_at > now  # type: ignore[operator]
            if entry.status != WaitlistStatus.WAITING and not holding:
                gone = Violation("entryId", "NOT_WAITING", "This entry is no longer in line.")
                return WaitlistPayload(user_errors=_errors([gone]))
            entry.status = WaitlistStatus.LEFT
            await entry.save(update_fields=["status", "updated_at"])
            if holding:
                await hand_on(entry, now)
        return WaitlistPayload(entry=WaitlistEntry.from_model(entry))


async def close_waitlist(service_ids: Iterable[UUID]) -> None:
    """In the caller's transaction: the services were archived, so their lines are CLOSED, held
    offers included (their time is no longer kept from other bookings), and each client in
    them is told once per service. Entries stay, with their service, for the clients to see
    why their wait ended.

    The lock waits for the row lock of an offer being made (`claim_waiting`) and then
    closes the offer too; an offer made after it finds nobody WAITING."""
    open_entries = await (
        WaitlistEntryModel.filter(
            service_id__in=list(service_ids),
            status__in=[WaitlistStatus.WAITING, WaitlistStatus.OFFERED],
        )
        .select_for_update()
        .values_list("id", "service_id", "client_id")
    )
    if not open_entries:
        return
    await WaitlistEntryModel.filter(id__in=[entry_id for entry_id, _, _ in open_entries]).update(
        status=WaitlistStatus.CLOSED,
        offer_start=None,
        offer_end=None,
        offer_expires_at=None,
        updated_at=datetime.now(UTC),
    )
    clients = {client_id for _, _, client_id in open_entries}
    users = {user.id: user for user in await User.filter(id__in=clients, deleted_at=None)}
    waiting: dict[UUID, dict[UUID, User]] = {}
    for _, service_id, client_id in open_entries:
        if client_id in users:
            waiting.setdefault(service_id, {})[client_id] = users[client_id]
    names = dict(await ServiceModel.filter(id__in=list(waiting)).values_list("id", "name"))
    for service_id, told in waiting.items():
        await notify_users(NotificationKind.WAITLIST_CLOSED, list(told.values()), names[service_id])


async def _wait_again(
    service: ServiceModel, client_id: UUID, day: date
) -> WaitlistEntryModel | None:
    """The client's entry for that day back in line, at its end, if it is no longer waiting or
    offered (its offer ran out, or was booked); None while it still is."""
    now = datetime.now(UTC)
    entries = WaitlistEntryModel.filter(service_id=service.id, client_id=client_id, day=day)
    rejoined = await entries.filter(status__in=_DONE).update(
        status=WaitlistStatus.WAITING,
        offer_start=None,
        offer_end=None,
        offer_expires_at=None,
        created_at=now,
        updated_at=now,
    )
    return await entries.first() if rejoined else None
