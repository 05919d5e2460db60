"""The catalog: admins keep products and variants; everyone browses the active ones."""

from __future__ import annotations

from typing import Any

import strawberry
from strawberry import relay
from tortoise.exceptions import IntegrityError

from app.context import Info
from domain.shop import product_violations, variant_violations
from domain.violation import Violation
from models.shop import Product as ProductModel
from models.shop import ProductVariant as VariantModel
from resolvers.errors import to_user_errors
from resolvers.nodes import decode_id
from resolvers.partial import pick
from resolvers.permissions import IsAdmin
from schema.pagination import keyset_page
from schema.shop import Product, ProductCategory, ProductVariant, ShopErrorCode, ShopUserError
from schema.shop_inputs import (
    CreateProductInput,
    CreateVariantInput,
    ProductOptionsInput,
    ProductPayload,
    UpdateProductInput,
    UpdateVariantInput,
    VariantPayload,
)

MAX_OPTIONS = 50
SLUG_TAKEN = Violation("slug", "TAKEN", "Another product has this slug.")
SKU_TAKEN = Violation("sku", "TAKEN", "Another variant has this SKU.")


def _errors(violations: list[Violation]) -> list[ShopUserError]:
    return to_user_errors(violations, ShopUserError, ShopErrorCode)


def _options(data: ProductOptionsInput) -> tuple[dict[str, list[str]], list[Violation]]:
    options = {
        "sizes": data.sizes,
        "materials": data.materials,
        "colors": data.colors,
        "customizations": data.customizations,
    }
    fine = all(
        len(values) <= MAX_OPTIONS and all(0 < len(v) <= 60 for v in values)
        for values in options.values()
    )
    problem = Violation("options", "INVALID_VALUE", "Up to 50 choices of 1 to 60 characters each.")
    return options, [] if fine else [problem]


def _product_checks(row: ProductModel) -> list[Violation]:
    return product_violations(
        name=row.name,
        slug=row.slug,
        base_amount=row.base_amount,
        currency=row.currency,
        image_url=row.image_url,
    )


async def _save_product(row: ProductModel, violations: list[Violation]) -> ProductPayload:
    """Writes the row unless something is wrong; a slug taken in a race is a user error too."""
    violations += _product_checks(row)
    if not violations and await ProductModel.filter(slug=row.slug).exclude(id=row.id).exists():
        violations.append(SLUG_TAKEN)
    if violations:
        return ProductPayload(user_errors=_errors(violations))
    try:
        await row.save()
    except IntegrityError:
        return ProductPayload(user_errors=_errors([SLUG_TAKEN]))
    return ProductPayload(product=Product.from_model(row))


async def _save_variant(row: VariantModel, currency: str) -> VariantPayload:
    violations = variant_violations(sku=row.sku, name=row.name, price_amount=row.price_amount)
    if not violations and await VariantModel.filter(sku=row.sku).exclude(id=row.id).exists():
        violations.append(SKU_TAKEN)
    if violations:
        return VariantPayload(user_errors=_errors(violations))
    try:
        await row.save()
    except IntegrityError:
        return VariantPayload(user_errors=_errors([SKU_TAKEN]))
    return VariantPayload(variant=ProductVariant.from_model(row, currency))


@strawberry.type
class CatalogQueries:
    @strawberry.field(
        description="Products in catalog order (sortOrder), optionally of one category; "
        "inactive ones for admins only."
    )
    async def products(
        self,
        info: Info,
        first: int = 20,
        after: str | None = None,
        category: ProductCategory | None = None,  # type: ignore[valid-type]
    ) -> relay.Connection[Product]:
        query = ProductModel.all()
        if not info.context.is_admin:
            query = query.filter(active=True)
        if category is not None:
            query = query.filter(category=category)
        return await keyset_page(
            query,
            first=first,
            after=after,
            to_node=Product.from_model,
            maximum=info.context.settings.page_size_max,
            order_field="sort_order",
        )

    @strawberry.field(description="A product by its slug; null if unknown or not on sale.")
    async def product(self, info: Info, slug: str) -> Product | None:
        row = await ProductModel.get_or_none(slug=slug[:100])
        return Product.from_model(row) if row and (row.active or info.context.is_admin) else None


@strawberry.type
class CatalogMutations:
    @strawberry.mutation(
        description="Add a product to the catalog, priced in the shop's currency.",
        permission_classes=[IsAdmin],
    )
    async def create_product(self, info: Info, input: CreateProductInput) -> ProductPayload:
        options, violations = _options(input.options or ProductOptionsInput())
        row = ProductModel(
            name=input.name.strip(),
            slug=input.slug,
            description=input.description,
            category=input.category,
            subcategory=input.subcategory[:100],
            base_amount=input.base_price,
            currency=info.context.settings.shop_currency,
            image_url=input.image_url,
            options=options,
            active=input.active,
            featured=input.featured,
            sort_order=input.sort_order,
        )
        return await _save_product(row, violations)

    @strawberry.mutation(description="Change a product.", permission_classes=[IsAdmin])
    async def update_product(self, info: Info, input: UpdateProductInput) -> ProductPayload:
        found = decode_id(input.id, Product)
        row = await ProductModel.get_or_none(id=found) if found else None
        if row is None:
            missing = Violation("id", "NOT_FOUND", "No such product.")
            return ProductPayload(user_errors=_errors([missing]))
        violations: list[Violation] = []
        if input.options is not None:
            row.options, violations = _options(input.options)
        changes: dict[str, Any] = {
            "name": pick(input.name, row.name).strip(),
            "slug": pick(input.slug, row.slug),
            "description": pick(input.description, row.description),
            "subcategory": pick(input.subcategory, row.subcategory)[:100],
            "base_amount": pick(input.base_price, row.base_amount),
            "image_url": pick(input.image_url, row.image_url),
            "active": pick(input.active, row.active),
            "featured": pick(input.featured, row.featured),
            "sort_order": pick(input.sort_order, row.sort_order),
        }
        row.update_from_dict(changes)
        return await _save_product(row, violations)

    @strawberry.mutation(description="Add a variant to a product.", permission_classes=[IsAdmin])
    async def create_variant(self, info: Info, input: CreateVariantInput) -> VariantPayload:
        found = decode_id(input.product_id, Product)
        product = await ProductModel.get_or_none(id=found) if found else None
        if product is None:
            missing = Violation("productId", "NOT_FOUND", "No such product.")
            return VariantPayload(user_errors=_errors([missing]))
        row = VariantModel(
            product=product,
            sku=input.sku,
            name=input.name.strip(),
            size=input.size[:50],
            material=input.material[:50],
            color=input.color[:50],
            price_amount=input.price,
            active=input.active,
            sort_order=input.sort_order,
        )
        return await _save_variant(row, product.currency)

    @strawberry.mutation(description="Change a variant.", permission_classes=[IsAdmin])
    async def update_variant(self, info: Info, input: UpdateVariantInput) -> VariantPayload:
        found = decode_id(input.id, ProductVariant)
        row = await VariantModel.get_or_none(id=found).select_related("product") if found else None
        if row is None:
            missing = Violation("id", "NOT_FOUND", "No such variant.")
            return VariantPayload(user_errors=_errors([missing]))
        changes: dict[str, Any] = {
            "sku": pick(input.sku, row.sku),
            "name": pick(input.name, row.name).strip(),
            "size": pick(input.size, row.size)[:50],
            "material": pick(input.material, row.material)[:50],
            "color": pick(input.color, row.color)[:50],
            "price_amount": pick(input.price, row.price_amount),
            "active": pick(input.active, row.active),
            "sort_order": pick(input.sort_order, row.sort_order),
        }
        row.update_from_dict(changes)
        return await _save_variant(row, row.product.currency)
