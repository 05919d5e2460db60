"""The shop: the catalog of products and their variants, carts, and orders of photos."""

from __future__ import annotations

from tortoise import fields
from tortoise.models import Model

from domain.shop import FulfillmentStatus, OrderStatus, ProductCategory
from models.account import User
from models.base import TimestampedModel
from models.gallery import Gallery, Photo


class Product(TimestampedModel):
    name = fields.CharField(max_length=200)
    slug = fields.CharField(max_length=100, unique=True)
    description = fields.TextField(default="")
    category = fields.CharEnumField(ProductCategory, max_length=16)
    subcategory = fields.CharField(max_length=100, default="")
    base_amount = fields.BigIntField()  # what the catalog shows as "from"
    currency = fields.CharField(max_length=3)
    image_url = fields.CharField(max_length=500, null=True)
    # {"sizes": [...], "materials": [...], "colors": [...], "customizations": [...]}
    options = fields.JSONField(default=dict)
    active = fields.BooleanField(default=True)
    featured = fields.BooleanField(default=False)
    sort_order = fields.IntField(default=0)

    variants: fields.ReverseRelation[ProductVariant]

    class Meta:
        table = "shop_products"
        indexes = (("active", "sort_order"),)


class ProductVariant(TimestampedModel):
    product: fields.ForeignKeyRelation[Product] = fields.ForeignKeyField(
        "models.Product", related_name="variants", on_delete=fields.CASCADE
    )
    sku = fields.CharField(max_length=64, unique=True)
    name = fields.CharField(max_length=200)
    size = fields.CharField(max_length=50, default="")
    material = fields.CharField(max_length=50, default="")
    color = fields.CharField(max_length=50, default="")
    price_amount = fields.BigIntField()  # in the product's currency
    active = fields.BooleanField(default=True)
    sort_order = fields.IntField(default=0)

    class Meta:
        table = "shop_variants"


class CartItem(TimestampedModel):
    """A line of a user's cart; the cart is simply all of a user's lines."""

    user: fields.ForeignKeyRelation[User] = fields.ForeignKeyField(
        "models.User", related_name="cart_items", on_delete=fields.CASCADE
    )
    photo: fields.ForeignKeyRelation[Photo] = fields.ForeignKeyField(
        "models.Photo", related_name="cart_items", on_delete=fields.CASCADE
    )
    variant: fields.ForeignKeyRelation[ProductVariant] = fields.ForeignKeyField(
        "models.ProductVariant", related_name="cart_items", on_delete=fields.CASCADE
    )
    quantity = fields.IntField()
    customization = fields.JSONField(null=True)
    # The gallery's access fingerprint (schema/gallery.py) when openGallery's token let the
    # photo in; null when its session's client or staff added it. Placing the order asks
    # whether the gallery is still open to the buyer: a new code or password changes it.
    access_fingerprint = fields.CharField(max_length=16, null=True)

    class Meta:
        table = "shop_cart_items"
        indexes = (("user", "created_at"),)


class Order(TimestampedModel):
    user: fields.ForeignKeyRelation[User] = fields.ForeignKeyField(
        "models.User", related_name="orders", on_delete=fields.RESTRICT
    )
    number = fields.CharField(max_length=20, unique=True)
    status = fields.CharEnumField(OrderStatus, max_length=12, default=OrderStatus.PENDING)
    # Fixed when the order is placed: later catalog changes never alter what was agreed.
    subtotal_amount = fields.BigIntField()
    discount_amount = fields.BigIntField(default=0)
    shipping_amount = fields.BigIntField()
    tax_amount = fields.BigIntField()
    total_amount = fields.BigIntField()
    currency = fields.CharField(max_length=3)
    shipping_address = fields.JSONField(null=True)  # null for downloads only
    billing_address = fields.JSONField(null=True)
    paid_at = fields.DatetimeField(null=True)
    payment_reference = fields.CharField(max_length=200, default="")
    # Set on the orders a sent proofing selection makes (its package's included photos, and
    # the extra picks to pay for); null for orders placed from a cart.
    gallery: fields.ForeignKeyNullableRelation[Gallery] = fields.ForeignKeyField(
        "models.Gallery", related_name="selection_orders", null=True, on_delete=fields.SET_NULL
    )

    items: fields.ReverseRelation[OrderItem]

    class Meta:
        table = "shop_orders"
        indexes = (("user", "created_at"), ("status", "created_at"))


class OrderItem(TimestampedModel):
    order: fields.ForeignKeyRelation[Order] = fields.ForeignKeyField(
        "models.Order", related_name="items", on_delete=fields.CASCADE
    )
    # Null once the photo is erased with its family's account (which clears it first, so a
    # photo still in an order is never deleted by accident); the snapshot below stays.
    photo: fields.ForeignKeyNullableRelation[Photo] = fields.ForeignKeyField(
        "models.Photo", related_name="order_items", null=True, on_delete=fields.RESTRICT
    )
    # Null for a proofing selection's photos, which the package and the gallery price, not
    # the catalog (and for its included print when the catalog has no print of that size).
    variant: fields.ForeignKeyNullableRelation[ProductVariant] = fields.ForeignKeyField(
        "models.ProductVariant", related_name="order_items", null=True, on_delete=fields.RESTRICT
    )
    position = fields.IntField()  # its place in the cart it came from
    # A snapshot of the catalog at the time of the order.
    product_name = fields.CharField(max_length=200)
    variant_name = fields.CharField(max_length=200)
    sku = fields.CharField(max_length=64)
    digital = fields.BooleanField()
    unit_amount = fields.BigIntField()
    quantity = fields.IntField()
    total_amount = fields.BigIntField()
    customization = fields.JSONField(null=True)
    fulfillment_provider = fields.CharField(max_length=40)
    fulfillment_status = fields.CharEnumField(
        FulfillmentStatus, max_length=16, default=FulfillmentStatus.PENDING
    )
    carrier = fields.CharField(max_length=60, default="")
    tracking_number = fields.CharField(max_length=100, default="")

    class Meta:
        table = "shop_order_items"
        indexes = (("order", "position"), ("fulfillment_status", "created_at"))


class OrderCounter(Model):
    """The last order number given out each year; its row lock keeps numbers unique."""

    year = fields.IntField(primary_key=True)
    issued = fields.IntField(default=0)

    class Meta:
        table = "shop_order_counters"


class FulfillmentEvent(Model):
    """Print-lab webhook events already applied: a redelivery changes nothing."""

    event_id = fields.CharField(max_length=100, primary_key=True)
    received_at = fields.DatetimeField(auto_now_add=True)

    class Meta:
        table = "shop_fulfillment_events"
