"""Global ID helpers shared by the resolvers."""

from __future__ import annotations

from uuid import UUID

from strawberry import relay


def decode_id(global_id: relay.GlobalID, node_type: type[relay.Node]) -> UUID | None:
    """The UUID behind a global ID, or None if it names another type or is malformed."""
    if global_id.type_name != node_type.__name__:
        return None
    try:
        return UUID(global_id.node_id)
    except ValueError:
        return None
