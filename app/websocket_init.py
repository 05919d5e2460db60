"""A deadline for `connection_init` on the legacy `graphql-ws` protocol too.

Strawberry closes a `graphql-transport-ws` socket that stays silent past
`connection_init_wait_timeout`, but its `graphql-ws` handler waits forever: a client could
hold sockets open without ever introducing itself."""

from __future__ import annotations

import asyncio
from contextlib import suppress

from strawberry.subscriptions.protocols.graphql_ws.handlers import BaseGraphQLWSHandler

INIT_TIMEOUT_CLOSE_CODE = 4408  # the code graphql-transport-ws uses for the same thing


class InitDeadlineGraphQLWSHandler(BaseGraphQLWSHandler):
    async def handle(self) -> None:
        deadline = asyncio.create_task(self._close_unless_initialised())
        try:
            await super().handle()
        finally:
            deadline.cancel()
            with suppress(asyncio.CancelledError):
                await deadline

    async def _close_unless_initialised(self) -> None:
        await asyncio.sleep(self.view.connection_init_wait_timeout.total_seconds())
        if not self.connection_acknowledged:
            await self.websocket.close(
                code=INIT_TIMEOUT_CLOSE_CODE, reason="Connection initialisation timeout"
            )
