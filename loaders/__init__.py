"""One registry of loaders per request: caches must never outlive it or cross users."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import Any, Generic, TypeVar, overload
from uuid import UUID

from aiodataloader import DataLoader

from loaders.account import UserByIdLoader
from loaders.aftercare import (
    FilesBySummaryIdLoader,
    FollowUpByIdLoader,
    FollowUpPageLoader,
    SummaryBySessionIdLoader,
)
from loaders.attachment import (
    FilesByDeliverableIdLoader,
    FilesByMessageIdLoader,
)
from loaders.availability import UpcomingOverridesByProviderIdLoader, WindowsByProviderIdLoader
from loaders.booking import SessionByIdLoader
from loaders.bundle import ActiveBundlesByServiceIdLoader
from loaders.consultation import ConsultationBySessionIdLoader, SampleMixesByConsultationIdLoader
from loaders.crm import SummaryViewRecorder
from loaders.file import FileByIdLoader, ReadersByFileLoader
from loaders.gallery import (
    HoldingsByGalleryIdLoader,
    PicksByGalleryIdLoader,
    SelectionOrdersByGalleryIdLoader,
)
from loaders.photography import (
    ChildrenBySessionIdLoader,
    PackageByIdLoader,
    PackagesByServiceIdLoader,
)
from loaders.project import (
    LATEST_DELIVERABLE,
    NEXT_SESSION,
    THREAD_STATE,
    DeliverablesByProjectIdLoader,
    LatestDeliverableByProjectIdLoader,
    MilestonesByProjectIdLoader,
    NextSessionLoader,
    ProjectByIdLoader,
    UnreadCountLoader,
)
from loaders.provider import (
    DemosByProviderIdLoader,
    PortraitByProviderIdLoader,
    ProviderByIdLoader,
    ProviderByUserIdLoader,
    RatesByServiceIdLoader,
    ServiceByIdLoader,
    ServicesByProviderIdLoader,
    SpecialtiesByProviderIdLoader,
)
from loaders.response_time import ResponseStatsByProviderIdLoader
from loaders.review import HelpfulVoteLoader, RatingByProviderIdLoader, ReviewBySessionIdLoader
from loaders.shop import (
    DownloadBoughtLoader,
    ItemsByOrderIdLoader,
    OrderByIdLoader,
    PhotoBoughtLoader,
    VariantsByProductIdLoader,
)
from loaders.webhook import DeliveryPageLoader
from models.project import Project
from models.raw import Beside

L = TypeVar("L", bound=DataLoader[Any, Any])


class _Lazy(Generic[L]):
    """Builds its loader on first use: a request (or a subscription event) touching two
    loaders should not pay for constructing all of them."""

    def __init__(self, factory: type[L]) -> None:
        self._factory = factory

    def __set_name__(self, owner: type, name: str) -> None:
        self._name = name

    @overload
    def __get__(self, registry: None, owner: type) -> _Lazy[L]: ...
    @overload
    def __get__(self, registry: Loaders, owner: type) -> L: ...
    def __get__(self, registry: Loaders | None, owner: type) -> L | _Lazy[L]:
        if registry is None:
            return self
        loader = self._factory(batch=registry.batch)
        # A non-data descriptor: from now on the instance attribute answers directly.
        registry.__dict__[self._name] = loader
        return loader


class Loaders:
    """`batch=False` loads every key on its own (the benchmarks' baseline)."""

    def __init__(self, *, batch: bool = True) -> None:
        self.batch = batch

    def prime_service_and_provider(self, rows: Iterable[Any]) -> None:
        """Rows read with their service and provider joined (schema/pagination.joined_page)
        fill those two caches, so a page's `service` and `provider` fields cost no statement of
        their own (nor a wave of the event loop after the page)."""
        for row in rows:
            self.service_by_id.prime(row.service_id, row.service)
            self.provider_by_id.prime(row.provider_id, row.provider)

    def prime_projects(
        self, rows: Sequence[Project], beside: Sequence[Beside], viewer_id: UUID | None
    ) -> None:
        """A page of projects read with their service and provider, and `beside` them what
        loaders/project.py offers (the unread counts being `viewer_id`'s)."""
        self.prime_service_and_provider(rows)
        names = {extra.name for extra in beside}
        for row in rows:
            if LATEST_DELIVERABLE.name in names:
                self.latest_deliverable_by_project_id.prime(row.id, row.latest_deliverable)  # type: ignore[attr-defined]
            if viewer_id is not None and THREAD_STATE in names:
                state = row.thread_state  # type: ignore[attr-defined]
                self.unread_count.prime((row.id, viewer_id), state.unread_count if state else 0)
            if NEXT_SESSION in names:
                pair = (row.client_id, row.provider_id)  # type: ignore[attr-defined]
                self.next_session.prime(pair, row.next_session)  # type: ignore[attr-defined]

    user_by_id = _Lazy(UserByIdLoader)
    provider_by_id = _Lazy(ProviderByIdLoader)
    provider_by_user_id = _Lazy(ProviderByUserIdLoader)
    specialties_by_provider_id = _Lazy(SpecialtiesByProviderIdLoader)
    portrait_by_provider_id = _Lazy(PortraitByProviderIdLoader)
    demos_by_provider_id = _Lazy(DemosByProviderIdLoader)
    service_by_id = _Lazy(ServiceByIdLoader)
    services_by_provider_id = _Lazy(ServicesByProviderIdLoader)
    rates_by_service_id = _Lazy(RatesByServiceIdLoader)
    windows_by_provider_id = _Lazy(WindowsByProviderIdLoader)
    upcoming_overrides_by_provider_id = _Lazy(UpcomingOverridesByProviderIdLoader)
    session_by_id = _Lazy(SessionByIdLoader)
    consultation_by_session_id = _Lazy(ConsultationBySessionIdLoader)
    sample_mixes_by_consultation_id = _Lazy(SampleMixesByConsultationIdLoader)
    file_by_id = _Lazy(FileByIdLoader)
    readers_by_file = _Lazy(ReadersByFileLoader)
    picks_by_gallery_id = _Lazy(PicksByGalleryIdLoader)
    holdings_by_gallery_id = _Lazy(HoldingsByGalleryIdLoader)
    selection_orders_by_gallery_id = _Lazy(SelectionOrdersByGalleryIdLoader)
    package_by_id = _Lazy(PackageByIdLoader)
    packages_by_service_id = _Lazy(PackagesByServiceIdLoader)
    active_bundles_by_service_id = _Lazy(ActiveBundlesByServiceIdLoader)
    children_by_session_id = _Lazy(ChildrenBySessionIdLoader)
    project_by_id = _Lazy(ProjectByIdLoader)
    milestones_by_project_id = _Lazy(MilestonesByProjectIdLoader)
    unread_count = _Lazy(UnreadCountLoader)
    next_session = _Lazy(NextSessionLoader)
    deliverables_by_project_id = _Lazy(DeliverablesByProjectIdLoader)
    latest_deliverable_by_project_id = _Lazy(LatestDeliverableByProjectIdLoader)
    summary_by_session_id = _Lazy(SummaryBySessionIdLoader)
    follow_up_page = _Lazy(FollowUpPageLoader)
    follow_up_by_id = _Lazy(FollowUpByIdLoader)
    summary_views = _Lazy(SummaryViewRecorder)
    files_by_message_id = _Lazy(FilesByMessageIdLoader)
    files_by_deliverable_id = _Lazy(FilesByDeliverableIdLoader)
    files_by_summary_id = _Lazy(FilesBySummaryIdLoader)
    rating_by_provider_id = _Lazy(RatingByProviderIdLoader)
    response_stats_by_provider_id = _Lazy(ResponseStatsByProviderIdLoader)
    review_by_session_id = _Lazy(ReviewBySessionIdLoader)
    delivery_page = _Lazy(DeliveryPageLoader)
    helpful_vote = _Lazy(HelpfulVoteLoader)
    variants_by_product_id = _Lazy(VariantsByProductIdLoader)
    items_by_order_id = _Lazy(ItemsByOrderIdLoader)
    order_by_id = _Lazy(OrderByIdLoader)
    download_bought = _Lazy(DownloadBoughtLoader)
    photo_bought = _Lazy(PhotoBoughtLoader)
