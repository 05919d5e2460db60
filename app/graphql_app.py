"""Strawberry's ASGI app, with our context and a self-hosted GraphiQL page."""

from __future__ import annotations

from collections.abc import Callable
from datetime import timedelta

from starlette.requests import Request
from starlette.responses import HTMLResponse, Response
from starlette.websockets import WebSocket
from strawberry.asgi import GraphQL
from strawberry.exceptions import ConnectionRejectionError
from strawberry.schema import BaseSchema

from app.authentication import SignedInUser
from app.context import Context
from app.graphiql import graphiql_html
from app.security import bearer_token, user_for_token
from app.settings import Settings, fulfillment_provider, payment_provider
from app.throttle import AttemptThrottle
from app.websocket_auth import SignedInGraphQLTransportWSHandler
from app.websocket_init import InitDeadlineGraphQLWSHandler
from integrations.storage import Storage
from loaders import Loaders
from subscriptions.broker import Broker

GRAPHIQL_ASSETS_PATH = "/graphiql-assets"


class StudioGraphQL(GraphQL[Context, None]):
    graphql_transport_ws_handler_class = SignedInGraphQLTransportWSHandler
    graphql_ws_handler_class = InitDeadlineGraphQLWSHandler

    def __init__(
        self,
        schema: BaseSchema,
        settings: Settings,
        broker: Broker,
        storage: Storage,
        loaders_factory: Callable[[], Loaders],
    ) -> None:
        # Multipart uploads are safe here: MultipartCsrfMiddleware demands a preflight header.
        # A JSON array body (a batch) is refused with 400 "Batching is not enabled": the schema
        # has no batching_config, so one request is one operation.
        super().__init__(
            schema,
            keep_alive=True,
            keep_alive_interval=15,
            multipart_uploads_enabled=True,
            connection_init_wait_timeout=timedelta(seconds=settings.ws_init_timeout_seconds),
        )
        self.settings = settings
        self.broker = broker
        self.storage = storage
        self.loaders_factory = loaders_factory
        self.throttle = AttemptThrottle(settings.rate_limit_url)
        self.payments = payment_provider(settings)
        self.fulfillment = fulfillment_provider(settings, storage)
        self._graphiql_page = graphiql_html(
            graphql_path="/graphql", assets_path=GRAPHIQL_ASSETS_PATH
        )

    async def get_context(
        self, request: Request | WebSocket, response: Response | WebSocket
    ) -> Context:  # type: ignore[override]
        signed_in = request.scope.get("user")
        context = Context(
            request=request,
            response=response if isinstance(response, Response) else None,
            settings=self.settings,
            broker=self.broker,
            storage=self.storage,
            throttle=self.throttle,
            loaders=self.loaders_factory(),
            payments=self.payments,
            fulfillment=self.fulfillment,
        )
        if isinstance(signed_in, SignedInUser):
            context.user, context.token = signed_in.user, signed_in.token
        return context

    async def on_ws_connect(self, context: Context) -> None:  # type: ignore[override]
        """Websockets authenticate in `connection_init`: browsers can't set headers on them."""
        params = context.connection_params or {}
        header = params.get("Authorization") or params.get("authorization")
        if header is None:
            return
        token = bearer_token(str(header))
        found = await user_for_token(token) if token else None
        if found is None:
            raise ConnectionRejectionError({"message": "The access token is invalid."})
        context.user, context.token = found

    async def render_graphql_ide(self, request: Request) -> Response:
        return HTMLResponse(self._graphiql_page)
