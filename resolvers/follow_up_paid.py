"""A priced follow-up question as something paid once (resolvers/paid_once.py): paid, its
provider hears that a paid question waits for their answer (`answerFollowUp` refuses it
until then); money for it going back is told to its client."""

from __future__ import annotations

from domain.notification import NotificationKind, session_time
from domain.payment import PaymentKind
from models.aftercare import FollowUpRequest
from models.booking import Session as SessionModel
from models.project import Project as ProjectModel
from models.provider import ProviderProfile
from resolvers.paid_once import Owner, PaidFor, PaidOnce


async def followed_by(follow_up: FollowUpRequest) -> PaidFor:
    """What a follow-up is about: its session, or its project."""
    client_id = follow_up.client_id  # type: ignore[attr-defined]
    if follow_up.session_id is not None:  # type: ignore[attr-defined]
        session = await SessionModel.get(id=follow_up.session_id)  # type: ignore[attr-defined]
        profile = await ProviderProfile.get(id=session.provider_id).select_related("user")  # type: ignore[attr-defined]
        about = session_time(session.start_at, profile.timezone)
        return PaidFor(session, profile.user, client_id, about, {"session_id": session.id})
    project = await ProjectModel.get(id=follow_up.project_id)  # type: ignore[attr-defined]
    profile = await ProviderProfile.get(id=project.provider_id).select_related("user")  # type: ignore[attr-defined]
    return PaidFor(project, profile.user, client_id, project.name, {"project_id": project.id})


async def _described(owner: Owner) -> PaidFor:
    return await followed_by(owner)  # type: ignore[arg-type]


FOLLOW_UP = PaidOnce(
    model=FollowUpRequest,
    column="follow_up_id",
    kind=PaymentKind.FOLLOW_UP,
    paid_notice=NotificationKind.FOLLOW_UP_PAID,
    refunded_notice=NotificationKind.FOLLOW_UP_REFUNDED,
    paid_already="The follow-up was paid already.",
    describe=_described,
    # An answered one was paid first (or free): nothing closes it to its payment.
    closed=lambda _: None,
)
