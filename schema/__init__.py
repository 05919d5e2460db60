"""The one place the GraphQL schema is assembled, with its protective extensions."""

from __future__ import annotations

from collections.abc import Callable

import strawberry
from strawberry import relay
from strawberry.extensions import (
    AddValidationRules,
    DisableIntrospection,
    MaskErrors,
    MaxAliasesLimiter,
    QueryDepthLimiter,
    SchemaExtension,
)
from strawberry.file_uploads import Upload
from strawberry.schema.config import StrawberryConfig

from app.context import Info
from app.metrics import OperationLabel
from app.settings import Settings
from resolvers.account import AccountMutations, AccountQueries
from resolvers.admin import AdminQueries
from resolvers.aftercare import AftercareMutations
from resolvers.audit import AuditQueries
from resolvers.availability import AvailabilityMutations, AvailabilityQueries
from resolvers.booking import BookingMutations, BookingQueries
from resolvers.booking_stats import BookingStatsQueries
from resolvers.bundle import BundleMutations
from resolvers.bundle_purchase import BundlePurchaseMutations, BundlePurchaseQueries
from resolvers.cart import CartMutations, CartQueries
from resolvers.catalog import CatalogMutations, CatalogQueries
from resolvers.consultation import ConsultationMutations
from resolvers.consultation_link import ConsultationLinkMutations, ConsultationLinkQueries
from resolvers.crm import CrmQueries
from resolvers.crm_history import CrmHistoryQueries
from resolvers.deliverable import DeliverableMutations
from resolvers.file import FileMutations
from resolvers.follow_up_payment import FollowUpPaymentMutations
from resolvers.fulfillment import FulfillmentMutations
from resolvers.gallery import GalleryMutations, GalleryQueries
from resolvers.gallery_access import GalleryAccessMutations
from resolvers.milestone import MilestoneMutations
from resolvers.notification import NotificationMutations, NotificationQueries, PublishNotifications
from resolvers.order import OrderMutations, OrderQueries
from resolvers.order_payment import OrderPaymentMutations
from resolvers.outbox import OutboxQueries
from resolvers.payment import PaymentMutations, PaymentQueries
from resolvers.payment_cancel import PaymentCancelMutations
from resolvers.payment_order import PaymentOrderMutations
from resolvers.payment_plan import PaymentPlanMutations
from resolvers.photo_upload import PhotoUploadMutations
from resolvers.photography import PhotographyMutations, PhotographyQueries
from resolvers.privacy import PrivacyMutations
from resolvers.project import ProjectMutations, ProjectQueries
from resolvers.project_payment import ProjectPaymentMutations, ProjectPaymentQueries
from resolvers.project_quote import ProjectQuoteQueries
from resolvers.provider import ProviderMutations, ProviderQueries
from resolvers.provider_media import ProviderMediaMutations
from resolvers.refund import RefundMutations
from resolvers.review import ReviewMutations
from resolvers.review_moderation import ReviewModerationMutations
from resolvers.sample_mix import SampleMixMutations, SampleMixQueries
from resolvers.script import ScriptMutations
from resolvers.service import ServiceMutations
from resolvers.session_lifecycle import SessionLifecycleMutations
from resolvers.upsell import UpsellMutations, UpsellQueries
from resolvers.waitlist import WaitlistMutations, WaitlistQueries
from resolvers.webhook import WebhookMutations, WebhookQueries
from schema.end_time import END_TIME, EndTime
from schema.errors import StudioSchema, is_unexpected
from schema.execution import PlainFieldExecutor, use_lean_resolvers
from schema.input_text import RefuseNulCharacters
from schema.parsing import DocumentCache
from schema.upload import UPLOAD
from subscriptions.booking import BookingSubscriptions
from subscriptions.notification import NotificationSubscriptions
from subscriptions.project import ProjectSubscriptions
from subscriptions.provider import ProviderSubscriptions

# Total length of the documents whose parse and validation are kept: about 50 MB of syntax
# trees (schema/parsing.py), some 40 documents at the token limit or 3,000 dashboards.
CACHED_DOCUMENT_CHARS = 500_000


@strawberry.type(description="Everything that can be read.")
class Query(
    AccountQueries,
    ProviderQueries,
    AvailabilityQueries,
    BookingQueries,
    ConsultationLinkQueries,
    WaitlistQueries,
    PhotographyQueries,
    ProjectQueries,
    ProjectQuoteQueries,
    SampleMixQueries,
    NotificationQueries,
    GalleryQueries,
    OutboxQueries,
    CatalogQueries,
    CartQueries,
    OrderQueries,
    CrmQueries,
    CrmHistoryQueries,
    BookingStatsQueries,
    UpsellQueries,
    AdminQueries,
    AuditQueries,
    PaymentQueries,
    ProjectPaymentQueries,
    BundlePurchaseQueries,
    WebhookQueries,
):
    # A plain resolver rather than `relay.node()`, whose extension can be applied to only one
    # Schema per process (tests build several with different limits).
    @strawberry.field(description="Any object by its global ID; null if missing or not yours.")
    async def node(self, info: Info, id: relay.GlobalID) -> relay.Node | None:
        return await id.resolve_node(info, required=False)


@strawberry.type(description="Everything that can be changed.")
class Mutation(
    AccountMutations,
    ProviderMutations,
    ProviderMediaMutations,
    ServiceMutations,
    AvailabilityMutations,
    BookingMutations,
    SessionLifecycleMutations,
    WaitlistMutations,
    PhotographyMutations,
    BundleMutations,
    ProjectMutations,
    MilestoneMutations,
    AftercareMutations,
    ConsultationMutations,
    ConsultationLinkMutations,
    DeliverableMutations,
    FileMutations,
    SampleMixMutations,
    NotificationMutations,
    ScriptMutations,
    GalleryMutations,
    PhotoUploadMutations,
    GalleryAccessMutations,
    ReviewMutations,
    ReviewModerationMutations,
    CatalogMutations,
    CartMutations,
    OrderMutations,
    FulfillmentMutations,
    OrderPaymentMutations,
    UpsellMutations,
    PaymentMutations,
    RefundMutations,
    PaymentPlanMutations,
    PaymentOrderMutations,
    PaymentCancelMutations,
    FollowUpPaymentMutations,
    ProjectPaymentMutations,
    BundlePurchaseMutations,
    WebhookMutations,
    PrivacyMutations,
):
    pass


@strawberry.type(description="Live updates over websockets.")
class Subscription(
    ProviderSubscriptions, BookingSubscriptions, ProjectSubscriptions, NotificationSubscriptions
):
    pass


def build_schema(settings: Settings) -> strawberry.Schema:
    # The limiters' rule classes are built once: validations are cached by the rules, and
    # fresh classes per request would make every lookup miss.
    limits = (
        *QueryDepthLimiter(max_depth=settings.graphql_max_depth).validation_rules,
        *MaxAliasesLimiter(max_alias_count=settings.graphql_max_aliases).validation_rules,
    )
    # Factories, so every request gets fresh extension instances; the document cache is still
    # one bounded LRU per process (keyed by its parameters).
    extensions: list[Callable[[], SchemaExtension]] = [
        lambda: DocumentCache(settings.graphql_max_tokens, CACHED_DOCUMENT_CHARS),
        lambda: AddValidationRules(list(limits)),
        RefuseNulCharacters,
        PublishNotifications,
        OperationLabel,
    ]
    if not settings.graphql_introspection:
        extensions.append(DisableIntrospection)
    if settings.environment == "production":
        extensions.append(lambda: MaskErrors(should_mask_error=is_unexpected))
    schema = StudioSchema(
        query=Query,
        mutation=Mutation,
        subscription=Subscription,
        extensions=extensions,
        # Caps `first` on the ListConnection fields as keyset_page does on the others.
        config=StrawberryConfig(
            relay_max_results=settings.page_size_max, scalar_map={EndTime: END_TIME}
        ),
        scalar_overrides={Upload: UPLOAD},
        execution_context_class=PlainFieldExecutor,
    )
    use_lean_resolvers(schema)
    return schema
