"""Inputs and payloads of the shop's mutations."""

from __future__ import annotations

import strawberry
from strawberry import relay
from strawberry.scalars import JSON

from schema.shop import (
    Cart,
    CartItem,
    Order,
    OrderStatus,
    Product,
    ProductCategory,
    ProductVariant,
    ShopUserError,
)


@strawberry.input(description="The choices a product comes in.")
class ProductOptionsInput:
    sizes: list[str] = strawberry.field(default_factory=list)
    materials: list[str] = strawberry.field(default_factory=list)
    colors: list[str] = strawberry.field(default_factory=list)
    customizations: list[str] = strawberry.field(default_factory=list)


@strawberry.input(description="A new product (admins).")
class CreateProductInput:
    name: str
    slug: str = strawberry.field(description="Unique: lower-case letters, digits and dashes.")
    category: ProductCategory  # type: ignore[valid-type]
    base_price: int = strawberry.field(description="Minor units of the shop's currency.")
    description: str = ""
    subcategory: str = ""
    image_url: str | None = None
    options: ProductOptionsInput | None = None
    active: bool = True
    featured: bool = False
    sort_order: int = 0


@strawberry.input(description="Change a product; omitted fields stay as they are.")
class UpdateProductInput:
    id: relay.GlobalID
    name: str | None = None
    slug: str | None = None
    description: str | None = None
    subcategory: str | None = None
    base_price: int | None = None
    image_url: str | None = None
    options: ProductOptionsInput | None = None
    active: bool | None = None
    featured: bool | None = None
    sort_order: int | None = None


@strawberry.input(description="A new variant of a product (admins).")
class CreateVariantInput:
    product_id: relay.GlobalID
    sku: str = strawberry.field(description="Unique across the catalog.")
    name: str
    price: int = strawberry.field(description="Minor units of the product's currency.")
    size: str = ""
    material: str = ""
    color: str = ""
    active: bool = True
    sort_order: int = 0


@strawberry.input(description="Change a variant; omitted fields stay as they are.")
class UpdateVariantInput:
    id: relay.GlobalID
    sku: str | None = None
    name: str | None = None
    price: int | None = None
    size: str | None = None
    material: str | None = None
    color: str | None = None
    active: bool | None = None
    sort_order: int | None = None


@strawberry.input(description="Put a photo, made into a product variant, into your cart.")
class AddToCartInput:
    photo_id: relay.GlobalID
    variant_id: relay.GlobalID
    quantity: int = 1
    customization: JSON | None = strawberry.field(
        default=None, description="A JSON object of your choices, at most 2,000 bytes."
    )
    access_token: str | None = strawberry.field(
        default=None, description="From openGallery, unless you are signed in as the client."
    )


@strawberry.input(description="Change how many of a cart line you want.")
class UpdateCartItemInput:
    id: relay.GlobalID
    quantity: int


@strawberry.input(description="The cart line to remove.")
class RemoveCartItemInput:
    id: relay.GlobalID


@strawberry.input(description="A postal address.")
class AddressInput:
    name: str
    line1: str
    city: str
    postal_code: str
    country: str = strawberry.field(description="ISO 3166-1 alpha-2 code, e.g. DE.")
    line2: str = ""
    region: str = ""


@strawberry.input(description="Order everything in your cart.")
class PlaceOrderInput:
    shipping_address: AddressInput | None = strawberry.field(
        default=None, description="Needed unless the cart holds downloads only."
    )
    billing_address: AddressInput | None = strawberry.field(
        default=None, description="Defaults to the shipping address."
    )


@strawberry.input(description="Move an order: admins along fulfillment, owners to cancel.")
class UpdateOrderStatusInput:
    order_id: relay.GlobalID
    status: OrderStatus  # type: ignore[valid-type]


@strawberry.input(description="Hand a paid order's prints to the fulfillment provider again.")
class SubmitOrderInput:
    order_id: relay.GlobalID


@strawberry.input(description="Tracking for items the studio shipped itself (admins).")
class AddTrackingInput:
    order_id: relay.GlobalID
    tracking_number: str
    carrier: str = ""
    item_ids: list[relay.GlobalID] | None = strawberry.field(
        default=None,
        description="The items in this parcel; when omitted, all physical items not cancelled.",
    )


@strawberry.input(description="A payment received outside the site, e.g. a bank transfer.")
class RecordOrderPaymentInput:
    order_id: relay.GlobalID
    amount: int = strawberry.field(description="Minor units; must equal the order's total.")
    reference: str = strawberry.field(description="e.g. the transfer's reference.")


@strawberry.type(description="Result of a product mutation.")
class ProductPayload:
    product: Product | None = None
    user_errors: list[ShopUserError] = strawberry.field(default_factory=list)


@strawberry.type(description="Result of a variant mutation.")
class VariantPayload:
    variant: ProductVariant | None = None
    user_errors: list[ShopUserError] = strawberry.field(default_factory=list)


@strawberry.type(description="Result of a cart mutation: the line changed and the whole cart.")
class CartPayload:
    item: CartItem | None = None
    cart: Cart | None = None
    user_errors: list[ShopUserError] = strawberry.field(default_factory=list)


@strawberry.type(description="Result of an order mutation.")
class OrderPayload:
    order: Order | None = None
    user_errors: list[ShopUserError] = strawberry.field(default_factory=list)
