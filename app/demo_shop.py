"""The demo's shop: a small catalog of prints and downloads, and the demo client's paid order."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime

from app.settings import Settings
from domain.payment import PaymentKind, PaymentStatus
from domain.shop import ProductCategory, totals
from models.account import User
from models.gallery import Photo
from models.payment import Payment
from models.shop import Order, Product, ProductVariant
from resolvers.order_paid import unlock_paid_order
from resolvers.pricing import OrderLine, create_order, priced_line, pricing_rules

# What the demo order says it was paid with: a bank transfer the studio recorded.
DEMO_TRANSFER = "demo bank transfer 0001"


@dataclass(frozen=True)
class DemoVariant:
    sku: str
    name: str
    price: int
    size: str = ""
    material: str = ""


@dataclass(frozen=True)
class DemoProduct:
    slug: str
    name: str
    category: ProductCategory
    description: str
    variants: tuple[DemoVariant, ...]


PRODUCTS = (
    DemoProduct("fine-art-prints", "Fine-art prints", ProductCategory.PRINTS,
                "Archival pigment prints on matte cotton paper.",
                (DemoVariant("DEMO-PRINT-13x18", "13 x 18 cm", 900, "13x18", "cotton"),
                 DemoVariant("DEMO-PRINT-20x30", "20 x 30 cm", 2500, "20x30", "cotton"),
                 DemoVariant("DEMO-PRINT-30x45", "30 x 45 cm", 4500, "30x45", "cotton"))),
    DemoProduct("canvas", "Canvas", ProductCategory.CANVAS,
                "Stretched on a 2 cm wooden frame, ready to hang.",
                (DemoVariant("DEMO-CANVAS-40x60", "40 x 60 cm", 8900, "40x60", "canvas"),)),
    DemoProduct("originals", "Original download", ProductCategory.DIGITAL,
                "The full-resolution photo, yours to keep.",
                (DemoVariant("DEMO-DIGITAL", "Full resolution", 1500),)),
)  # fmt: skip


async def _seed_catalog() -> int:
    """Products (by slug) and variants (by SKU) that are missing; the number of variants made."""
    made = 0
    for position, demo in enumerate(PRODUCTS):
        product, _ = await Product.get_or_create(
            slug=demo.slug,
            defaults={
                "name": demo.name,
                "category": demo.category,
                "description": demo.description,
                "base_amount": min(v.price for v in demo.variants),
                "currency": "EUR",
                "sort_order": position,
                "featured": position == 0,
            },
        )
        for order, variant in enumerate(demo.variants):
            _, created = await ProductVariant.get_or_create(
                sku=variant.sku,
                defaults={
                    "product": product,
                    "name": variant.name,
                    "size": variant.size,
                    "material": variant.material,
                    "price_amount": variant.price,
                    "sort_order": order,
                },
            )
            made += created
    return made


async def _seed_paid_order(client: User, settings: Settings) -> bool:
    """A 20 x 30 print and a download of the demo gallery's photos, paid by transfer; False
    if the client has an order already or there is no gallery of theirs."""
    if await Order.exists(user_id=client.id):
        return False
    photos = (
        await Photo.filter(gallery__session__client_id=client.id, complimentary=False)
        .order_by("sort_order")
        .limit(2)
    )
    if len(photos) < 2:
        return False
    variants = [
        await ProductVariant.get(sku=sku).select_related("product")
        for sku in ("DEMO-PRINT-20x30", "DEMO-DIGITAL")
    ]
    lines = [priced_line(variant, 1) for variant in variants]
    priced = totals(lines, pricing_rules(settings), settings.shop_currency)
    address = {
        "name": f"{client.first_name} {client.last_name}",
        "line1": "Lindenstraße 5",
        "line2": "",
        "city": "Berlin",
        "postal_code": "10969",
        "region": "",
        "country": "DE",
    }
    order = await create_order(
        client,
        [
            OrderLine(photo.id, variant, line)
            for photo, variant, line in zip(photos, variants, lines, strict=True)
        ],
        priced,
        shipping=address,
        billing=address,
        fulfillment="manual",
    )
    await Payment.create(
        order=order,
        kind=PaymentKind.ORDER,
        amount=order.total_amount,
        currency=order.currency,
        provider="offline",
        status=PaymentStatus.SUCCEEDED,
        reference=DEMO_TRANSFER,
        paid_at=datetime.now(UTC),
    )
    await unlock_paid_order(order, DEMO_TRANSFER)
    return True


async def seed_shop(client: User | None, settings: Settings) -> str:
    """In the caller's transaction: whatever part of the demo shop is missing."""
    variants = await _seed_catalog()
    paid = client is not None and await _seed_paid_order(client, settings)
    return f"{variants} product variant(s) and {int(paid)} paid order"
