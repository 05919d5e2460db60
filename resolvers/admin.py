"""Admin views over every session, project, order, payment and user, filtered and paged.

Changes go through the ordinary mutations (confirmSession, updateProjectStatus,
updateOrderStatus, ...), which treat an admin as one more actor of the same state machines."""

from __future__ import annotations

from datetime import datetime
from typing import Annotated, TypeVar

import strawberry
from strawberry import relay
from tortoise.expressions import Q
from tortoise.models import Model
from tortoise.queryset import QuerySet

from app.context import Info
from models.account import User as UserModel
from models.booking import Session as SessionModel
from models.payment import Payment as PaymentModel
from models.project import Project as ProjectModel
from models.shop import Order as OrderModel
from resolvers.nodes import decode_id
from resolvers.permissions import IsAdmin
from schema.account import Role, User
from schema.booking import Session, SessionStatus
from schema.nodes import NIL
from schema.pagination import BadPageRequest, keyset_page
from schema.payment import Payment, PaymentKind, PaymentStatus
from schema.project import Project, ProjectStatus
from schema.provider import Provider
from schema.shop import Order, OrderStatus

M = TypeVar("M", bound=Model)
MAX_SEARCH = 100
From = Annotated[
    datetime | None,
    strawberry.argument(name="from", description="Only from this instant on (included)."),
]
To = Annotated[datetime | None, strawberry.argument(description="Only before this instant.")]
Search = Annotated[
    str | None,
    strawberry.argument(description="Case-insensitive text contained in a name or e-mail."),
]
ProviderId = Annotated[
    relay.GlobalID | None, strawberry.argument(description="Only this provider's.")
]


def _search(text: str | None, *fields: str) -> Q | None:
    """Any of the fields containing the text, ignoring case; None when there is no text."""
    text = (text or "").strip()
    if len(text) > MAX_SEARCH:
        raise BadPageRequest(f"`search` takes at most {MAX_SEARCH} characters.")
    if not text:
        return None
    return Q(*(Q(**{f"{field}__icontains": text}) for field in fields), join_type=Q.OR)


def _filtered(
    queryset: QuerySet[M],
    *,
    field: str,
    from_: datetime | None,
    to: datetime | None,
    search: Q | None = None,
    **equal: object,
) -> QuerySet[M]:
    """`field` bounds the date range; `equal` filters whose value is None are left out."""
    if from_ is not None:
        queryset = queryset.filter(**{f"{field}__gte": from_})
    if to is not None:
        queryset = queryset.filter(**{f"{field}__lt": to})
    if search is not None:
        queryset = queryset.filter(search)
    return queryset.filter(**{k: v for k, v in equal.items() if v is not None})


def _provider(provider_id: relay.GlobalID | None) -> object:
    """A provider's UUID; an id of anything else matches nobody rather than everybody."""
    return None if provider_id is None else decode_id(provider_id, Provider) or NIL


@strawberry.type
class AdminQueries:
    @strawberry.field(
        description="Every session, latest start first; the date range applies to the start "
        "(admins).",
        permission_classes=[IsAdmin],
    )
    async def admin_sessions(
        self,
        info: Info,
        first: int = 20,
        after: str | None = None,
        status: SessionStatus | None = None,  # type: ignore[valid-type]
        from_: From = None,
        to: To = None,
        provider_id: ProviderId = None,
        search: Search = None,
    ) -> relay.Connection[Session]:
        text = _search(
            search,
            "client__email",
            "client__first_name",
            "client__last_name",
            "provider__display_name",
            "service__name",
        )
        queryset = _filtered(
            SessionModel.all(),
            field="start_at",
            from_=from_,
            to=to,
            search=text,
            status=status,
            provider_id=_provider(provider_id),
        )
        return await keyset_page(
            queryset,
            first=first,
            after=after,
            to_node=Session.from_model,
            maximum=info.context.settings.page_size_max,
            order_field="start_at",
            newest_first=True,
        )

    @strawberry.field(
        description="Every project, newest first; the date range applies to its creation (admins).",
        permission_classes=[IsAdmin],
    )
    async def admin_projects(
        self,
        info: Info,
        first: int = 20,
        after: str | None = None,
        status: ProjectStatus | None = None,  # type: ignore[valid-type]
        from_: From = None,
        to: To = None,
        provider_id: ProviderId = None,
        search: Search = None,
    ) -> relay.Connection[Project]:
        text = _search(
            search,
            "name",
            "client__email",
            "client__first_name",
            "client__last_name",
            "provider__display_name",
        )
        queryset = _filtered(
            ProjectModel.all(),
            field="created_at",
            from_=from_,
            to=to,
            search=text,
            status=status,
            provider_id=_provider(provider_id),
        )
        return await keyset_page(
            queryset,
            first=first,
            after=after,
            to_node=Project.from_model,
            maximum=info.context.settings.page_size_max,
            newest_first=True,
        )

    @strawberry.field(
        description="Every shop order, newest first; `paid` keeps only orders with (true) or "
        "without (false) a recorded payment. The date range applies to its creation (admins).",
        permission_classes=[IsAdmin],
    )
    async def admin_orders(
        self,
        info: Info,
        first: int = 20,
        after: str | None = None,
        status: OrderStatus | None = None,  # type: ignore[valid-type]
        from_: From = None,
        to: To = None,
        paid: bool | None = None,
        search: Annotated[
            str | None,
            strawberry.argument(
                description="Case-insensitive text in the order number or the buyer's name "
                "or e-mail."
            ),
        ] = None,
    ) -> relay.Connection[Order]:
        text = _search(search, "number", "user__email", "user__first_name", "user__last_name")
        queryset = _filtered(
            OrderModel.all(),
            field="created_at",
            from_=from_,
            to=to,
            search=text,
            status=status,
            paid_at__isnull=None if paid is None else not paid,
        )
        return await keyset_page(
            queryset,
            first=first,
            after=after,
            to_node=Order.from_model,
            maximum=info.context.settings.page_size_max,
            newest_first=True,
        )

    @strawberry.field(
        description="Every account, newest first; the date range applies to its creation (admins).",
        permission_classes=[IsAdmin],
    )
    async def admin_users(
        self,
        info: Info,
        first: int = 20,
        after: str | None = None,
        role: Role | None = None,  # type: ignore[valid-type]
        from_: From = None,
        to: To = None,
        search: Search = None,
    ) -> relay.Connection[User]:
        text = _search(search, "email", "first_name", "last_name")
        queryset = _filtered(
            UserModel.all(), field="created_at", from_=from_, to=to, search=text, role=role
        )
        return await keyset_page(
            queryset,
            first=first,
            after=after,
            to_node=User.from_model,
            maximum=info.context.settings.page_size_max,
            newest_first=True,
        )

    @strawberry.field(
        description="Every payment, newest first: for sessions, follow-ups, projects and "
        "bundles (filter by their provider) and orders. The date range applies to its "
        "creation (admins).",
        permission_classes=[IsAdmin],
    )
    async def admin_payments(
        self,
        info: Info,
        first: int = 20,
        after: str | None = None,
        status: PaymentStatus | None = None,  # type: ignore[valid-type]
        kind: PaymentKind | None = None,  # type: ignore[valid-type]
        from_: From = None,
        to: To = None,
        provider_id: ProviderId = None,
        search: Annotated[
            str | None,
            strawberry.argument(
                description="Case-insensitive text in the payment's reference, the order "
                "number, or the payer's name or e-mail."
            ),
        ] = None,
    ) -> relay.Connection[Payment]:
        text = _search(
            search,
            "reference",
            "order__number",
            "order__user__email",
            "order__user__first_name",
            "order__user__last_name",
            "session__client__email",
            "session__client__first_name",
            "session__client__last_name",
            "follow_up__client__email",
            "follow_up__client__first_name",
            "follow_up__client__last_name",
            "project__client__email",
            "project__client__first_name",
            "project__client__last_name",
            "bundle_purchase__client__email",
            "bundle_purchase__client__first_name",
            "bundle_purchase__client__last_name",
        )
        provider = _provider(provider_id)
        queryset = _filtered(
            PaymentModel.all(),
            field="created_at",
            from_=from_,
            to=to,
            search=text,
            status=status,
            kind=kind,
        )
        if provider is not None:
            # A follow-up's payment is its session's or project's provider's; a project's,
            # the project's provider's.
            queryset = queryset.filter(
                Q(session__provider_id=provider)
                | Q(follow_up__session__provider_id=provider)
                | Q(follow_up__project__provider_id=provider)
                | Q(project__provider_id=provider)
                | Q(bundle_purchase__provider_id=provider)
            )
        return await keyset_page(
            queryset,
            first=first,
            after=after,
            to_node=Payment.from_model,
            maximum=info.context.settings.page_size_max,
            newest_first=True,
        )
