"""The typed per-request context every resolver receives."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TypeAlias

import strawberry
from starlette.requests import Request
from starlette.responses import Response
from starlette.websockets import WebSocket

from app.settings import Settings
from app.throttle import AttemptThrottle
from integrations.fulfillment import FulfillmentProvider, ManualFulfillment
from integrations.payments import OfflineProvider, PaymentProvider
from integrations.storage import Storage
from loaders import Loaders
from models.account import AccessToken, Role, User
from subscriptions.broker import Broker


@dataclass
class Context:
    request: Request | WebSocket
    response: Response | None
    settings: Settings
    broker: Broker
    storage: Storage
    throttle: AttemptThrottle
    user: User | None = None
    token: AccessToken | None = None
    loaders: Loaders = field(default_factory=Loaders)
    # Who makes and ships paid prints; the studio itself until a print lab is set up.
    fulfillment: FulfillmentProvider = field(default_factory=ManualFulfillment)
    payments: PaymentProvider = field(default_factory=OfflineProvider)
    # Filled by Strawberry from a websocket's `connection_init` payload.
    connection_params: dict[str, object] | None = None

    @property
    def is_admin(self) -> bool:
        return self.user is not None and self.user.role == Role.ADMIN

    @property
    def is_provider(self) -> bool:
        """A provider profile outlives its owner's demotion; what it let them see and do
        lasts only while their role is PROVIDER."""
        return self.user is not None and self.user.role == Role.PROVIDER


Info: TypeAlias = strawberry.Info[Context, None]
