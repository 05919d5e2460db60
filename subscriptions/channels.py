"""Channel names shared by publishers (resolvers) and subscription fields."""

from __future__ import annotations

from uuid import UUID


def provider_channel(profile_id: UUID) -> str:
    return f"provider:{profile_id}"


def session_channel(session_id: UUID) -> str:
    return f"session:{session_id}"


def project_channel(project_id: UUID) -> str:
    return f"project:{project_id}"


def user_channel(user_id: UUID) -> str:
    return f"user:{user_id}"
