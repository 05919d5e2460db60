"""A project as something paid once (resolvers/paid_once.py): paid at its quoted price, its
provider hears of it (PROJECT_PAID); money for it going back is told to its client
(PROJECT_REFUNDED). Money arriving for a project called off goes back in full; calling a
paid project off gives nothing back by itself: the studio refunds what it decides to
(`refundPayment`), as part of the work may be done."""

from __future__ import annotations

from domain.notification import NotificationKind
from domain.payment import PaymentKind
from domain.project import ProjectStatus
from models.project import Project as ProjectModel
from models.provider import ProviderProfile
from resolvers.paid_once import Owner, PaidFor, PaidOnce


async def project_described(project: ProjectModel) -> PaidFor:
    profile = await ProviderProfile.get(id=project.provider_id).select_related("user")  # type: ignore[attr-defined]
    client_id = project.client_id  # type: ignore[attr-defined]
    return PaidFor(project, profile.user, client_id, project.name, {"project_id": project.id})


async def _described(owner: Owner) -> PaidFor:
    return await project_described(owner)  # type: ignore[arg-type]


def _closed(owner: Owner) -> str | None:
    if owner.status is ProjectStatus.CANCELLED:  # type: ignore[union-attr]
        return "The project was cancelled."
    return None


PROJECT = PaidOnce(
    model=ProjectModel,
    column="project_id",
    kind=PaymentKind.PROJECT,
    paid_notice=NotificationKind.PROJECT_PAID,
    refunded_notice=NotificationKind.PROJECT_REFUNDED,
    paid_already="The project was paid already.",
    describe=_described,
    closed=_closed,
)
