"""Every operation sent over a `graphql-transport-ws` socket signs in again, as a request does.

The socket's context is made once, at `connection_init`, and serves every operation the
socket sends afterwards: queries and mutations as well as subscriptions. Read again per
operation, a token revoked since (logout, a password change, a deleted account) or expired
runs nothing more, and a changed role applies to the next operation. The legacy `graphql-ws`
protocol runs subscriptions only, which check the token at each event
(subscriptions/signed_in.py)."""

from __future__ import annotations

from graphql import GraphQLError
from strawberry.subscriptions.protocols.graphql_transport_ws.handlers import (
    BaseGraphQLTransportWSHandler,
)
from strawberry.subscriptions.protocols.graphql_transport_ws.types import SubscribeMessage

from app.context import Context
from app.security import user_for_digest


async def signed_in_again(context: Context) -> bool:
    """Refreshes the context's account from its token; False once the token no longer signs
    in. An anonymous socket stays anonymous."""
    if context.token is None:
        return True
    found = await user_for_digest(context.token.token_hash)
    if found is None:
        return False
    context.user, context.token = found
    return True


class SignedInGraphQLTransportWSHandler(BaseGraphQLTransportWSHandler[Context, None]):
    async def handle_subscribe(self, message: SubscribeMessage) -> None:
        if await signed_in_again(self.context):
            # Fresh loaders too: a cache kept from an earlier operation could answer with rows
            # as they were then.
            self.context.loaders = self.view.loaders_factory()  # type: ignore[attr-defined]
            await super().handle_subscribe(message)
            return
        refused = GraphQLError("Sign in again.", extensions={"code": "UNAUTHENTICATED"})
        await self.send_message(
            {"id": message["id"], "type": "error", "payload": [refused.formatted]}
        )
