"""Your cart: photos made into products, priced from today's catalog until you order."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import UTC, datetime

import strawberry
from strawberry import relay
from tortoise.transactions import in_transaction

from app.context import Info
from app.settings import Settings
from domain.gallery import FAMILY, is_expired
from domain.shop import (
    OrderStatus,
    Totals,
    currency_violation,
    customization_violation,
    is_digital,
    quantity_violation,
    totals,
)
from domain.violation import Violation
from models.account import User
from models.gallery import Gallery as GalleryModel
from models.gallery import Photo as PhotoModel
from models.shop import CartItem as CartItemModel
from models.shop import OrderItem as OrderItemModel
from models.shop import ProductVariant as VariantModel
from resolvers.errors import to_user_errors
from resolvers.nodes import decode_id
from resolvers.permissions import IsAuthenticated
from resolvers.pricing import priced_line, pricing_rules
from schema.gallery import Photo, access_fingerprint, bought_by_caller, gallery_viewer
from schema.shop import Cart, CartItem, OrderTotals, ProductVariant, ShopErrorCode, ShopUserError
from schema.shop_inputs import (
    AddToCartInput,
    CartPayload,
    RemoveCartItemInput,
    UpdateCartItemInput,
)

# The same answer whether the photo does not exist or its gallery is closed to you.
PHOTO_NOT_FOUND = Violation("photoId", "NOT_FOUND", "No such photo.")
ITEM_NOT_FOUND = Violation("id", "NOT_FOUND", "No such cart item.")
CLOSED = "This photo's gallery is no longer open to you."
# A download bought there could never be fetched: downloadPhoto refuses it.
NO_DOWNLOADS = Violation("variantId", "DOWNLOAD_NOT_ALLOWED", "This gallery has downloads off.")
MAX_LINES = 100


def _errors(violations: list[Violation]) -> list[ShopUserError]:
    return to_user_errors(violations, ShopUserError, ShopErrorCode)


def cart_totals(rows: Sequence[CartItemModel], settings: Settings) -> Totals:
    lines = [priced_line(row.variant, row.quantity) for row in rows]
    return totals(lines, pricing_rules(settings), settings.shop_currency)


async def cart_rows(user: User) -> list[CartItemModel]:
    return (
        await CartItemModel.filter(user_id=user.id)
        .select_related("variant__product")
        .order_by("created_at", "id")
    )


async def _cart(info: Info, user: User) -> Cart:
    rows = await cart_rows(user)
    return Cart(
        items=[CartItem.from_model(row) for row in rows],
        totals=OrderTotals.from_totals(cart_totals(rows, info.context.settings)),
    )


async def _own_line(info: Info, global_id: relay.GlobalID) -> CartItemModel | None:
    """Inside a transaction: the caller's line, locked as placeOrder locks the cart's lines.
    A line being ordered is then waited for and found gone, instead of being answered for
    with a quantity or removal that changed nothing."""
    found = decode_id(global_id, CartItem)
    user = info.context.user
    if not (found and user):
        return None
    row = await CartItemModel.select_for_update().get_or_none(id=found, user_id=user.id)
    if row is not None:
        await row.fetch_related("variant__product")
    return row


async def _fingerprint(info: Info, gallery: GalleryModel) -> str | None:
    """What a line keeps of the access that let its photo in: nothing when the caller opens
    the gallery signed in (its client, or staff), else the code their token stood for."""
    return None if await gallery_viewer(info, gallery) else access_fingerprint(gallery)


async def _still_open(
    info: Info, line: CartItemModel, gallery: GalleryModel, now: datetime
) -> bool:
    """Whether the buyer may still open the line's gallery: signed in as its client or staff,
    or with the code their token stood for, unchanged and not expired."""
    if await gallery_viewer(info, gallery) is not None:
        return True
    return line.access_fingerprint == access_fingerprint(gallery) and not is_expired(
        gallery.expires_at, now
    )


async def access_violations(info: Info, lines: Sequence[CartItemModel]) -> list[Violation]:
    """Lines whose gallery closed to the buyer since they were added (a new code or password,
    or its expiry): the cart took them only from a gallery open to you, and so does an order."""
    photos = await PhotoModel.filter(
        id__in=[line.photo_id for line in lines]  # type: ignore[attr-defined]
    ).select_related("gallery__session__provider")
    # One statement whatever the lines: what gallery_viewer reads comes with the photos.
    loaders = info.context.loaders
    for photo in photos:
        session = photo.gallery.session
        loaders.session_by_id.prime(session.id, session)
        loaders.provider_by_id.prime(session.provider_id, session.provider)  # type: ignore[attr-defined]
    galleries = {photo.id: photo.gallery for photo in photos}
    now = datetime.now(UTC)
    opened = [await _still_open(info, line, galleries[line.photo_id], now) for line in lines]  # type: ignore[attr-defined]
    return [
        Violation(f"items.{index}", "NOT_FOUND", CLOSED)
        for index, is_open in enumerate(opened)
        if not is_open
    ]


async def _unpaid_order_of(info: Info, photo: PhotoModel) -> str | None:
    """The number of the caller's order awaiting payment that holds this photo's download:
    paying for both would charge one file twice."""
    orders = OrderItemModel.filter(
        photo_id=photo.id,
        digital=True,
        order__user_id=info.context.user.id,  # type: ignore[union-attr]
        order__status=OrderStatus.PENDING,
    )
    numbers = await orders.limit(1).values_list("order__number", flat=True)
    return numbers[0] if numbers else None


async def _add_violations(
    info: Info, data: AddToCartInput, photo: PhotoModel | None, variant: VariantModel | None
) -> list[Violation]:
    if photo is None or await gallery_viewer(info, photo.gallery, data.access_token) is None:
        return [PHOTO_NOT_FOUND]
    if variant is None or not (variant.active and variant.product.active):
        return [Violation("variantId", "INACTIVE", "This product is not on sale.")]
    digital = is_digital(variant.product.category)
    if digital and not photo.gallery.download_enabled:
        return [NO_DOWNLOADS]
    # Asked as the buyer, staff or not: only a download this account paid for is owned.
    if digital and (photo.complimentary or await bought_by_caller(info, photo, FAMILY)):
        return [Violation("photoId", "ALREADY_OWNED", "You can download this photo already.")]
    if digital and (ordered := await _unpaid_order_of(info, photo)) is not None:
        message = f"Your order {ordered} holds this download: pay for it or cancel it."
        return [Violation("photoId", "ALREADY_ORDERED", message)]
    problems = [
        quantity_violation(data.quantity, digital=digital),
        customization_violation(data.customization),
    ]
    return [problem for problem in problems if problem is not None]


async def _locked_photo(photo: PhotoModel) -> bool:
    """Inside a transaction: whether the photo still exists, held so until it ends."""
    # only() rather than exists() or values_list(), which would drop FOR NO KEY UPDATE.
    found = await PhotoModel.filter(id=photo.id).select_for_update(no_key=True).only("id")
    return bool(found)


async def _lock_lines(user: User) -> None:
    """Inside a transaction: the buyer's cart lines, held until it ends, in the order of ids."""
    # only() rather than values_list(), which would drop FOR UPDATE.
    await CartItemModel.filter(user_id=user.id).order_by("id").select_for_update().only("id")


def _joins(
    row: CartItemModel, data: AddToCartInput, photo: PhotoModel, variant: VariantModel
) -> bool:
    """Whether an addition joins this line: the same photo in the same variant, made with
    the same customization; a download is one file whatever is asked of it."""
    same_item = row.photo_id == photo.id and row.variant_id == variant.id  # type: ignore[attr-defined]
    return same_item and (
        is_digital(variant.product.category) or row.customization == data.customization
    )


@strawberry.type
class CartQueries:
    @strawberry.field(
        description="Your cart with today's prices and totals.",
        permission_classes=[IsAuthenticated],
    )
    async def my_cart(self, info: Info) -> Cart:
        return await _cart(info, info.context.user)  # type: ignore[arg-type]


@strawberry.type
class CartMutations:
    @strawberry.mutation(
        description="Put a photo from a gallery open to you, made into a variant, into your "
        "cart; the same photo, variant and customization again adds to that line.",
        permission_classes=[IsAuthenticated],
    )
    async def add_to_cart(self, info: Info, input: AddToCartInput) -> CartPayload:
        user: User = info.context.user  # type: ignore[assignment]
        photo_id = decode_id(input.photo_id, Photo)
        variant_id = decode_id(input.variant_id, ProductVariant)
        photo = (
            await PhotoModel.get_or_none(id=photo_id).select_related("gallery")
            if photo_id
            else None
        )
        variant = (
            await VariantModel.get_or_none(id=variant_id).select_related("product")
            if variant_id
            else None
        )
        violations = await _add_violations(info, input, photo, variant)
        if violations or photo is None or variant is None:
            return CartPayload(user_errors=_errors(violations))
        fingerprint = await _fingerprint(info, photo.gallery)
        async with in_transaction():
            # One addition of a user's at a time: a double-click must find the line the
            # first click wrote, or a download gets two lines and is charged twice.
            await User.select_for_update(no_key=True).get(id=user.id)
            # Lines before the photo, the order placeOrder and an erasure take them in: an
            # erasure holding a line of this photo would otherwise wait here for the photo
            # while this addition waited there for the line, and PostgreSQL aborted one.
            await _lock_lines(user)
            # The photo may have gone since the checks (its family erased their account):
            # looked for again, and locked so that a deletion waits for the line and takes it
            # along, instead of the line failing on its foreign key. A deletion under way is
            # waited for, and the photo then found gone.
            if not await _locked_photo(photo):
                return CartPayload(user_errors=_errors([PHOTO_NOT_FOUND]))
            rows = await cart_rows(user)
            same = next((row for row in rows if _joins(row, input, photo, variant)), None)
            quantity = input.quantity + (same.quantity if same else 0)
            problems = [
                quantity_violation(quantity, digital=is_digital(variant.product.category)),
                currency_violation(
                    [priced_line(r.variant, 1) for r in rows] + [priced_line(variant, 1)]
                ),
                None
                if same or len(rows) < MAX_LINES
                else Violation(None, "TOO_LARGE", "Cart full."),
            ]
            if violations := [problem for problem in problems if problem is not None]:
                return CartPayload(user_errors=_errors(violations))
            if same is not None:
                # The access just shown stands for the whole line from now on.
                same.quantity, same.access_fingerprint = quantity, fingerprint
                await same.save(update_fields=["quantity", "access_fingerprint", "updated_at"])
                line = same
            else:
                line = await CartItemModel.create(
                    user=user,
                    photo=photo,
                    variant=variant,
                    quantity=quantity,
                    customization=input.customization,
                    access_fingerprint=fingerprint,
                )
                line.variant = variant
        return CartPayload(item=CartItem.from_model(line), cart=await _cart(info, user))

    @strawberry.mutation(
        description="Change the quantity of a line of your cart.",
        permission_classes=[IsAuthenticated],
    )
    async def update_cart_item(self, info: Info, input: UpdateCartItemInput) -> CartPayload:
        async with in_transaction():
            row = await _own_line(info, input.id)
            if row is None:
                return CartPayload(user_errors=_errors([ITEM_NOT_FOUND]))
            digital = is_digital(row.variant.product.category)
            if problem := quantity_violation(input.quantity, digital=digital):
                return CartPayload(user_errors=_errors([problem]))
            row.quantity = input.quantity
            await row.save(update_fields=["quantity", "updated_at"])
        cart = await _cart(info, info.context.user)  # type: ignore[arg-type]
        return CartPayload(item=CartItem.from_model(row), cart=cart)

    @strawberry.mutation(
        description="Take a line out of your cart.", permission_classes=[IsAuthenticated]
    )
    async def remove_cart_item(self, info: Info, input: RemoveCartItemInput) -> CartPayload:
        async with in_transaction():
            row = await _own_line(info, input.id)
            if row is None:
                return CartPayload(user_errors=_errors([ITEM_NOT_FOUND]))
            await row.delete()
        return CartPayload(cart=await _cart(info, info.context.user))  # type: ignore[arg-type]
