"""GraphQL types of the shop: products and variants, the cart, orders and their items."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from enum import Enum
from typing import Any

import strawberry
from strawberry import relay
from strawberry.scalars import JSON

from app.context import Info
from domain.shop import FulfillmentStatus as FulfillmentStatusModel
from domain.shop import OrderStatus as OrderStatusModel
from domain.shop import ProductCategory as ProductCategoryModel
from domain.shop import Totals
from models.shop import CartItem as CartItemModel
from models.shop import Order as OrderModel
from models.shop import OrderItem as OrderItemModel
from models.shop import Product as ProductModel
from models.shop import ProductVariant as VariantModel
from schema.account import User
from schema.common import Money, UserError
from schema.nodes import rows_by_id

ProductCategory = strawberry.enum(ProductCategoryModel, description="What a product is made as.")
OrderStatus = strawberry.enum(OrderStatusModel, description="Where an order is.")
FulfillmentStatus = strawberry.enum(
    FulfillmentStatusModel, description="Where an order item is in making and shipping."
)


@strawberry.enum(description="Why a shop mutation refused its input.")
class ShopErrorCode(Enum):
    NOT_FOUND = "NOT_FOUND"
    INVALID_VALUE = "INVALID_VALUE"
    TAKEN = "TAKEN"
    INACTIVE = "INACTIVE"
    TOO_LARGE = "TOO_LARGE"
    ALREADY_OWNED = "ALREADY_OWNED"
    ALREADY_ORDERED = "ALREADY_ORDERED"
    EMPTY_CART = "EMPTY_CART"
    CURRENCY_MISMATCH = "CURRENCY_MISMATCH"
    INVALID_TRANSITION = "INVALID_TRANSITION"
    AMOUNT_MISMATCH = "AMOUNT_MISMATCH"
    INVALID_STATE = "INVALID_STATE"
    UNAVAILABLE = "UNAVAILABLE"
    DOWNLOAD_NOT_ALLOWED = "DOWNLOAD_NOT_ALLOWED"


@strawberry.type(description="A problem with a shop mutation's input.")
class ShopUserError(UserError):
    code: ShopErrorCode = strawberry.field(description="Stable machine-readable reason.")


def photo_id(row_photo_id: object) -> relay.GlobalID:
    return relay.GlobalID("Photo", str(row_photo_id))


@strawberry.type(description="The choices a product comes in, as shown in the catalog.")
class ProductOptions:
    sizes: list[str]
    materials: list[str]
    colors: list[str]
    customizations: list[str] = strawberry.field(description="e.g. 'engraving', 'crop'.")


@strawberry.type(description="One purchasable form of a product, e.g. a 20x30 cm matte print.")
class ProductVariant(relay.Node):
    id: relay.NodeID[str]
    sku: str = strawberry.field(description="Unique stock-keeping unit.")
    name: str
    size: str
    material: str
    color: str
    price: Money = strawberry.field(description="Before tax.")
    active: bool
    sort_order: int

    @classmethod
    def from_model(cls, row: VariantModel, currency: str) -> ProductVariant:
        return cls(
            id=str(row.id),
            sku=row.sku,
            name=row.name,
            size=row.size,
            material=row.material,
            color=row.color,
            price=Money(amount=row.price_amount, currency=currency),
            active=row.active,
            sort_order=row.sort_order,
        )

    @classmethod
    async def resolve_nodes(
        cls, *, info: Info, node_ids: Iterable[str], required: bool = False
    ) -> list[Any]:
        rows = await rows_by_id(VariantModel, node_ids, "product")
        admin = info.context.is_admin
        return [
            cls.from_model(row, row.product.currency)
            if row is not None and (admin or (row.active and row.product.active))
            else None
            for row in rows
        ]


@strawberry.type(description="A product of the shop a photo can be made into.")
class Product(relay.Node):
    id: relay.NodeID[str]
    name: str
    slug: str = strawberry.field(description="Unique; for product(slug:) and links.")
    description: str
    category: ProductCategory  # type: ignore[valid-type]
    subcategory: str
    base_price: Money = strawberry.field(description="The lowest price shown, before tax.")
    image_url: str | None
    options: ProductOptions
    active: bool = strawberry.field(description="Only active products are sold and listed.")
    featured: bool
    sort_order: int
    created_at: dt.datetime
    model: strawberry.Private[ProductModel]

    @strawberry.field(description="Its variants in catalog order; inactive ones for admins only.")
    async def variants(self, info: Info) -> list[ProductVariant]:
        rows = await info.context.loaders.variants_by_product_id.load(self.model.id)
        admin = info.context.is_admin
        currency = self.model.currency
        return [ProductVariant.from_model(r, currency) for r in rows if admin or r.active]

    @classmethod
    def from_model(cls, row: ProductModel) -> Product:
        options = row.options or {}
        return cls(
            id=str(row.id),
            name=row.name,
            slug=row.slug,
            description=row.description,
            category=row.category,
            subcategory=row.subcategory,
            base_price=Money(amount=row.base_amount, currency=row.currency),
            image_url=row.image_url,
            options=ProductOptions(
                sizes=options.get("sizes", []),
                materials=options.get("materials", []),
                colors=options.get("colors", []),
                customizations=options.get("customizations", []),
            ),
            active=row.active,
            featured=row.featured,
            sort_order=row.sort_order,
            created_at=row.created_at,
            model=row,
        )

    @classmethod
    async def resolve_nodes(
        cls, *, info: Info, node_ids: Iterable[str], required: bool = False
    ) -> list[Any]:
        rows = await rows_by_id(ProductModel, node_ids)
        admin = info.context.is_admin
        return [cls.from_model(r) if r and (admin or r.active) else None for r in rows]


@strawberry.type(description="Subtotal, discount, shipping and tax, computed by the server.")
class OrderTotals:
    subtotal: Money
    discount: Money
    shipping: Money
    tax: Money = strawberry.field(description="On goods after discount plus shipping.")
    total: Money

    @classmethod
    def from_totals(cls, totals: Totals) -> OrderTotals:
        def money(amount: int) -> Money:
            return Money(amount=amount, currency=totals.currency)

        return cls(
            subtotal=money(totals.subtotal),
            discount=money(totals.discount),
            shipping=money(totals.shipping),
            tax=money(totals.tax),
            total=money(totals.total),
        )


@strawberry.type(description="A line of your cart: a photo made into a product variant.")
class CartItem(relay.Node):
    id: relay.NodeID[str]
    photo_id: relay.GlobalID = strawberry.field(description="The photo to print or download.")
    product_name: str
    variant: ProductVariant
    quantity: int
    customization: JSON | None = strawberry.field(description="Your choices, as you gave them.")
    unit_price: Money = strawberry.field(description="Today's catalog price, before tax.")
    total: Money

    @classmethod
    def from_model(cls, row: CartItemModel) -> CartItem:
        variant, currency = row.variant, row.variant.product.currency
        return cls(
            id=str(row.id),
            photo_id=photo_id(row.photo_id),  # type: ignore[attr-defined]
            product_name=variant.product.name,
            variant=ProductVariant.from_model(variant, currency),
            quantity=row.quantity,
            customization=row.customization,
            unit_price=Money(amount=variant.price_amount, currency=currency),
            total=Money(amount=variant.price_amount * row.quantity, currency=currency),
        )

    @classmethod
    async def resolve_nodes(
        cls, *, info: Info, node_ids: Iterable[str], required: bool = False
    ) -> list[Any]:
        rows = await rows_by_id(CartItemModel, node_ids, "variant__product")
        user = info.context.user
        mine = [r if r and user and r.user_id == user.id else None for r in rows]  # type: ignore[attr-defined]
        return [cls.from_model(row) if row else None for row in mine]


@strawberry.type(description="Your cart, priced from today's catalog.")
class Cart:
    items: list[CartItem]
    totals: OrderTotals


@strawberry.type(description="A postal address.")
class Address:
    name: str
    line1: str
    line2: str
    city: str
    postal_code: str
    region: str
    country: str = strawberry.field(description="ISO 3166-1 alpha-2 code.")

    @classmethod
    def from_json(cls, data: dict[str, str] | None) -> Address | None:
        return cls(**data) if data else None


@strawberry.type(description="A line of an order, priced when the order was placed.")
class OrderItem(relay.Node):
    id: relay.NodeID[str]
    photo_id: relay.GlobalID | None = strawberry.field(
        description="Null once the photo was erased with its family's account."
    )
    product_name: str
    variant_name: str
    sku: str
    digital: bool = strawberry.field(description="A download: nothing to print or ship.")
    quantity: int
    unit_price: Money
    total: Money
    customization: JSON | None
    fulfillment_status: FulfillmentStatus  # type: ignore[valid-type]
    carrier: str
    tracking_number: str

    @classmethod
    def from_model(cls, row: OrderItemModel, currency: str) -> OrderItem:
        return cls(
            id=str(row.id),
            photo_id=photo_id(row.photo_id) if row.photo_id else None,  # type: ignore[attr-defined]
            product_name=row.product_name,
            variant_name=row.variant_name,
            sku=row.sku,
            digital=row.digital,
            quantity=row.quantity,
            unit_price=Money(amount=row.unit_amount, currency=currency),
            total=Money(amount=row.total_amount, currency=currency),
            customization=row.customization,
            fulfillment_status=row.fulfillment_status,
            carrier=row.carrier,
            tracking_number=row.tracking_number,
        )

    @classmethod
    async def resolve_nodes(
        cls, *, info: Info, node_ids: Iterable[str], required: bool = False
    ) -> list[Any]:
        rows = await rows_by_id(OrderItemModel, node_ids, "order")
        return [
            cls.from_model(row, row.order.currency) if row and may_see(info, row.order) else None
            for row in rows
        ]


def may_see(info: Info, order: OrderModel) -> bool:
    user = info.context.user
    return user is not None and (info.context.is_admin or order.user_id == user.id)  # type: ignore[attr-defined]


@strawberry.type(description="An order placed from a cart.")
class Order(relay.Node):
    id: relay.NodeID[str]
    number: str = strawberry.field(description="Human-readable and unique, e.g. SG-2026-000123.")
    status: OrderStatus  # type: ignore[valid-type]
    totals: OrderTotals
    shipping_address: Address | None = strawberry.field(description="Null for downloads only.")
    billing_address: Address | None
    paid_at: dt.datetime | None
    created_at: dt.datetime
    model: strawberry.Private[OrderModel]

    @strawberry.field(description="What was ordered, in the order it was added.")
    async def items(self, info: Info) -> list[OrderItem]:
        rows = await info.context.loaders.items_by_order_id.load(self.model.id)
        return [OrderItem.from_model(row, self.model.currency) for row in rows]

    @strawberry.field(description="Who placed it.")
    async def customer(self, info: Info) -> User:
        row = await info.context.loaders.user_by_id.load(self.model.user_id)  # type: ignore[attr-defined]
        return User.from_model(row)  # type: ignore[arg-type]

    @classmethod
    def from_model(cls, row: OrderModel) -> Order:
        totals = Totals(
            subtotal=row.subtotal_amount,
            discount=row.discount_amount,
            shipping=row.shipping_amount,
            tax=row.tax_amount,
            currency=row.currency,
        )
        return cls(
            id=str(row.id),
            number=row.number,
            status=row.status,
            totals=OrderTotals.from_totals(totals),
            shipping_address=Address.from_json(row.shipping_address),
            billing_address=Address.from_json(row.billing_address),
            paid_at=row.paid_at,
            created_at=row.created_at,
            model=row,
        )

    @classmethod
    async def resolve_nodes(
        cls, *, info: Info, node_ids: Iterable[str], required: bool = False
    ) -> list[Any]:
        rows = await rows_by_id(OrderModel, node_ids)
        return [cls.from_model(row) if row and may_see(info, row) else None for row in rows]
