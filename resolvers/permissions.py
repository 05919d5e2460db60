"""Field-level permission classes; row-level checks live in one helper per domain."""

from __future__ import annotations

from typing import Any, ClassVar

from graphql import GraphQLError
from strawberry.permission import BasePermission

from app.context import Info
from models.account import Role


class IsAuthenticated(BasePermission):
    message = "Sign in to do this."
    error_extensions: ClassVar[dict[str, object]] = {"code": "UNAUTHENTICATED"}

    def has_permission(self, source: Any, info: Info, **kwargs: Any) -> bool:
        return info.context.user is not None


class IsProviderOrAdmin(BasePermission):
    message = "Only providers and admins can do this."
    error_extensions: ClassVar[dict[str, object]] = {"code": "FORBIDDEN"}

    def has_permission(self, source: Any, info: Info, **kwargs: Any) -> bool:
        user = info.context.user
        return user is not None and user.role in (Role.PROVIDER, Role.ADMIN)


class IsAdmin(BasePermission):
    message = "Only admins can do this."
    error_extensions: ClassVar[dict[str, object]] = {"code": "FORBIDDEN"}

    def has_permission(self, source: Any, info: Info, **kwargs: Any) -> bool:
        return info.context.is_admin


class Forbidden(GraphQLError):
    """A row-level refusal: the caller may use this field, but not on this object."""

    def __init__(self, message: str = "You may not act on this object.") -> None:
        super().__init__(message, extensions={"code": "FORBIDDEN"})


class SignedOut(GraphQLError):
    """The caller's account went away while their request ran (erased after it signed in):
    refused as `IsAuthenticated` refuses a request without a user."""

    def __init__(self) -> None:
        super().__init__(IsAuthenticated.message, extensions=IsAuthenticated.error_extensions)
