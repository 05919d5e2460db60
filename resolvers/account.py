"""Sign-up, sign-in and account administration."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import strawberry
from tortoise.exceptions import IntegrityError
from tortoise.transactions import in_transaction

from app.context import Info
from app.security import hash_password, issue_token, verify_password
from app.throttle import (
    LOGIN_FAILURES_PER_ADDRESS,
    LOGIN_FAILURES_PER_EMAIL,
    PASSWORD_CHANGE_FAILURES_PER_USER,
)
from domain.account import (
    email_violation,
    normalize_email,
    password_violation,
    phone_violation,
)
from domain.violation import Violation
from models.account import AccessToken, Role
from models.account import User as UserModel
from models.provider import ProviderProfile
from resolvers.account_claim import claim_of, claimable_guest, mail_claim_link
from resolvers.errors import to_user_errors
from resolvers.nodes import decode_id
from resolvers.permissions import IsAdmin, IsAuthenticated
from resolvers.rate_limit import client_address, rate_limited, sign_up_refusal
from schema.account import (
    AccountErrorCode,
    AccountPayload,
    AccountUserError,
    AuthPayload,
    ChangePasswordInput,
    ClaimAccountInput,
    LoginInput,
    LogoutPayload,
    RegisterInput,
    SetUserRoleInput,
    User,
)

MAX_NAME_LENGTH = 100
CLAIM_LINK_SENT = Violation(
    "email",
    "CLAIM_LINK_SENT",
    "This e-mail has bookings made as a guest: open the link we sent it to set your password.",
)
INVALID_TOKEN = Violation("token", "INVALID_TOKEN", "This link is no longer valid; register again.")


def _errors(violations: list[Violation]) -> list[AccountUserError]:
    return to_user_errors(violations, AccountUserError, AccountErrorCode)


def _register_violations(data: RegisterInput, email: str) -> list[Violation]:
    checks = (
        email_violation(email),
        password_violation(data.password, email=email),
        phone_violation(data.phone),
    )
    violations = [v for v in checks if v is not None]
    for field, value in (("firstName", data.first_name), ("lastName", data.last_name)):
        if not value.strip() or len(value) > MAX_NAME_LENGTH:
            violations.append(Violation(field, "INVALID_NAME", "Give a name of 1-100 characters."))
    return violations


async def _signed_in(info: Info, user: UserModel) -> AuthPayload:
    token, record = await issue_token(user, timedelta(days=info.context.settings.token_ttl_days))
    # From here on this request acts as the new user, so the payload shows their private fields.
    info.context.user, info.context.token = user, record
    return AuthPayload(token=token, expires_at=record.expires_at, user=User.from_model(user))


@strawberry.type
class AccountQueries:
    @strawberry.field(description="The signed-in account, or null when anonymous.")
    def me(self, info: Info) -> User | None:
        return User.from_model(info.context.user) if info.context.user else None


@strawberry.type
class AccountMutations:
    @strawberry.mutation(
        description="Create a client account and sign it in. Sign-ups are rate-limited per "
        "address (RATE_LIMITED, with a Retry-After header). An e-mail that booked as a guest "
        "is not signed in: it is mailed a link to `claimAccount` (CLAIM_LINK_SENT), and the "
        "guest account is left as it was."
    )
    async def register(self, info: Info, input: RegisterInput) -> AuthPayload:
        if refused := await sign_up_refusal(info):
            return AuthPayload(user_errors=_errors([refused]))
        email = normalize_email(input.email)
        if violations := _register_violations(input, email):
            return AuthPayload(user_errors=_errors(violations))
        taken = Violation("email", "EMAIL_TAKEN", "An account with this e-mail already exists.")
        if await UserModel.filter(email=email, guest=False).exists():
            return AuthPayload(user_errors=_errors([taken]))
        password_hash = await hash_password(input.password)
        fields = {
            "password_hash": password_hash,
            "first_name": input.first_name.strip(),
            "last_name": input.last_name.strip(),
            "phone": input.phone.strip() if input.phone else None,
            "marketing_consent": input.marketing_consent,
            "guest": False,
        }
        try:
            async with in_transaction():
                # The guest account's bookings go to whoever proves the mailbox is theirs.
                guest = await UserModel.select_for_update().get_or_none(email=email, guest=True)
                if guest is not None:
                    await mail_claim_link(info, guest)
                    return AuthPayload(user_errors=_errors([CLAIM_LINK_SENT]))
                user = await UserModel.create(email=email, **fields)
                return await _signed_in(info, user)
        except IntegrityError:  # a concurrent sign-up won the unique index
            return AuthPayload(user_errors=_errors([taken]))

    @strawberry.mutation(
        description="Set the password of a guest account with the token of the link mailed "
        "when its e-mail registered, and sign it in with its bookings. A link works once and "
        "for two days (INVALID_TOKEN otherwise); the e-mail counts as confirmed."
    )
    async def claim_account(self, info: Info, input: ClaimAccountInput) -> AuthPayload:
        claims = claim_of(info, input.token)
        if claims is None:
            return AuthPayload(user_errors=_errors([INVALID_TOKEN]))
        if weak := password_violation(input.password, email=claims["e"]):
            return AuthPayload(user_errors=_errors([weak]))
        password_hash = await hash_password(input.password)
        async with in_transaction():
            guest = await claimable_guest(claims)
            if guest is None:
                return AuthPayload(user_errors=_errors([INVALID_TOKEN]))
            guest.update_from_dict(
                {"password_hash": password_hash, "guest": False, "email_verified": True}
            )
            await guest.save(
                update_fields=["password_hash", "guest", "email_verified", "updated_at"]
            )
            return await _signed_in(info, guest)

    @strawberry.mutation(
        description="Exchange e-mail and password for a bearer token. Failed sign-ins are "
        "rate-limited per e-mail and per address (RATE_LIMITED, with a Retry-After header); "
        "while limited even the right password is refused."
    )
    async def login(self, info: Info, input: LoginInput) -> AuthPayload:
        email = normalize_email(input.email)
        limits = (
            (LOGIN_FAILURES_PER_EMAIL, f"login:{email[:254]}"),
            (LOGIN_FAILURES_PER_ADDRESS, f"login-address:{client_address(info)}"),
        )
        throttle = info.context.throttle
        if seconds := await throttle.wait(*limits):
            return AuthPayload(user_errors=_errors([rate_limited(info, seconds)]))
        user = await UserModel.get_or_none(email=email, deleted_at=None)
        if not await verify_password(user.password_hash if user else None, input.password):
            await throttle.failed(*limits)
            wrong = Violation(None, "INVALID_CREDENTIALS", "E-mail or password is wrong.")
            return AuthPayload(user_errors=_errors([wrong]))
        return await _signed_in(info, user)  # type: ignore[arg-type]

    @strawberry.mutation(
        description="Revoke the token this request was made with.",
        permission_classes=[IsAuthenticated],
    )
    async def logout(self, info: Info) -> LogoutPayload:
        revoked = await AccessToken.filter(id=info.context.token.id, revoked_at=None).update(  # type: ignore[union-attr]
            revoked_at=datetime.now(UTC)
        )
        return LogoutPayload(revoked=revoked == 1)

    @strawberry.mutation(
        description="Change the password; every other token of the account is revoked. Wrong "
        "current passwords are rate-limited per account (RATE_LIMITED, with Retry-After).",
        permission_classes=[IsAuthenticated],
    )
    async def change_password(self, info: Info, input: ChangePasswordInput) -> AccountPayload:
        user: UserModel = info.context.user  # type: ignore[assignment]
        limit = (PASSWORD_CHANGE_FAILURES_PER_USER, f"change-password:{user.id}")
        if seconds := await info.context.throttle.wait(limit):
            return AccountPayload(user_errors=_errors([rate_limited(info, seconds)]))
        if not await verify_password(user.password_hash, input.current_password):
            await info.context.throttle.failed(limit)
            wrong = Violation("currentPassword", "INVALID_CREDENTIALS", "The password is wrong.")
            return AccountPayload(user_errors=_errors([wrong]))
        weak = password_violation(input.new_password, email=user.email, field="newPassword")
        if weak is not None:
            return AccountPayload(user_errors=_errors([weak]))
        user.password_hash = await hash_password(input.new_password)
        async with in_transaction():
            await user.save(update_fields=["password_hash", "updated_at"])
            await (
                AccessToken.filter(user_id=user.id, revoked_at=None)
                .exclude(
                    id=info.context.token.id  # type: ignore[union-attr]
                )
                .update(revoked_at=datetime.now(UTC))
            )
        return AccountPayload(user=User.from_model(user))

    @strawberry.mutation(
        description="Make an account a client, provider or admin (admins only).",
        permission_classes=[IsAdmin],
    )
    async def set_user_role(self, info: Info, input: SetUserRoleInput) -> AccountPayload:
        user_id = decode_id(input.user_id, User)
        user = await UserModel.get_or_none(id=user_id, deleted_at=None) if user_id else None
        if user is None:
            missing = Violation("userId", "NOT_FOUND", "No such account.")
            return AccountPayload(user_errors=_errors([missing]))
        async with in_transaction():
            user.role = input.role
            await user.save(update_fields=["role", "updated_at"])
            if user.role == Role.PROVIDER:
                await ProviderProfile.get_or_create(
                    user=user,
                    defaults={"display_name": f"{user.first_name} {user.last_name}".strip()},
                )
        return AccountPayload(user=User.from_model(user))
