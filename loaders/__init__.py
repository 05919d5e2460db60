"""One registry of loaders per request: caches must never outlive it or cross users."""

from __future__ import annotations

from dataclasses import dataclass, field

from loaders.account import UserByIdLoader
from loaders.aftercare import SummaryBySessionIdLoader
from loaders.availability import UpcomingOverridesByProviderIdLoader, WindowsByProviderIdLoader
from loaders.booking import SessionByIdLoader
from loaders.file import FileByIdLoader
from loaders.photography import (
    ChildrenBySessionIdLoader,
    PackageByIdLoader,
    PackagesByServiceIdLoader,
)
from loaders.project import (
    DeliverablesByProjectIdLoader,
    MilestonesByProjectIdLoader,
    NextSessionLoader,
    ProjectByIdLoader,
    ProjectsByScriptIdLoader,
    UnreadCountLoader,
)
from loaders.provider import (
    ProviderByIdLoader,
    ProviderByUserIdLoader,
    RatesByServiceIdLoader,
    ServiceByIdLoader,
    ServicesByProviderIdLoader,
    SpecialtiesByProviderIdLoader,
)


@dataclass(frozen=True, slots=True)
class Loaders:
    user_by_id: UserByIdLoader = field(default_factory=UserByIdLoader)
    provider_by_id: ProviderByIdLoader = field(default_factory=ProviderByIdLoader)
    provider_by_user_id: ProviderByUserIdLoader = field(default_factory=ProviderByUserIdLoader)
    specialties_by_provider_id: SpecialtiesByProviderIdLoader = field(
        default_factory=SpecialtiesByProviderIdLoader
    )
    service_by_id: ServiceByIdLoader = field(default_factory=ServiceByIdLoader)
    services_by_provider_id: ServicesByProviderIdLoader = field(
        default_factory=ServicesByProviderIdLoader
    )
    rates_by_service_id: RatesByServiceIdLoader = field(default_factory=RatesByServiceIdLoader)
    windows_by_provider_id: WindowsByProviderIdLoader = field(
        default_factory=WindowsByProviderIdLoader
    )
    upcoming_overrides_by_provider_id: UpcomingOverridesByProviderIdLoader = field(
        default_factory=UpcomingOverridesByProviderIdLoader
    )
    session_by_id: SessionByIdLoader = field(default_factory=SessionByIdLoader)
    file_by_id: FileByIdLoader = field(default_factory=FileByIdLoader)
    package_by_id: PackageByIdLoader = field(default_factory=PackageByIdLoader)
    packages_by_service_id: PackagesByServiceIdLoader = field(
        default_factory=PackagesByServiceIdLoader
    )
    children_by_session_id: ChildrenBySessionIdLoader = field(
        default_factory=ChildrenBySessionIdLoader
    )
    project_by_id: ProjectByIdLoader = field(default_factory=ProjectByIdLoader)
    milestones_by_project_id: MilestonesByProjectIdLoader = field(
        default_factory=MilestonesByProjectIdLoader
    )
    unread_count: UnreadCountLoader = field(default_factory=UnreadCountLoader)
    next_session: NextSessionLoader = field(default_factory=NextSessionLoader)
    deliverables_by_project_id: DeliverablesByProjectIdLoader = field(
        default_factory=DeliverablesByProjectIdLoader
    )
    projects_by_script_id: ProjectsByScriptIdLoader = field(
        default_factory=ProjectsByScriptIdLoader
    )
    summary_by_session_id: SummaryBySessionIdLoader = field(
        default_factory=SummaryBySessionIdLoader
    )
