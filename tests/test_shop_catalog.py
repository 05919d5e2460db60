"""The catalog: admins keep it; everyone browses what is on sale, at a fixed cost."""

from __future__ import annotations

import httpx

from models.shop import Product as ProductModel
from models.shop import ProductVariant as VariantModel
from tests.api import StatementCounter, assert_denied, gql
from tests.factories import make_user, token_for
from tests.shop import (
    CREATE_PRODUCT,
    CREATE_VARIANT,
    admin_token,
    catalog,
    create_product,
    create_variant,
)

LIST = """
query ($first: Int!, $category: ProductCategory) {
  products(first: $first, category: $category) {
    edges { node {
      name slug category basePrice { amount currency } options { sizes }
      variants { sku price { amount currency } active }
    } }
    pageInfo { hasNextPage }
  }
}"""
BY_SLUG = """
query ($slug: String!) { product(slug: $slug) { name variants { sku } } }"""
UPDATE_PRODUCT = """
mutation ($input: UpdateProductInput!) {
  updateProduct(input: $input) { product { slug active } userErrors { field code } }
}"""
UPDATE_VARIANT = """
mutation ($input: UpdateVariantInput!) {
  updateVariant(input: $input) { variant { sku active price { amount } } userErrors { field code } }
}"""


async def test_admins_build_the_catalog_and_others_see_what_is_on_sale(
    client: httpx.AsyncClient,
) -> None:
    admin = await admin_token()
    product = await create_product(
        client,
        admin,
        "canvas-wraps",
        category="CANVAS",
        basePrice=4900,
        options={"sizes": ["30x40", "60x80"]},
    )
    await create_variant(client, admin, product, "CANVAS-30x40", 4900, size="30x40")
    hidden = await create_variant(client, admin, product, "CANVAS-60x80", 8900, active=False)
    await create_product(client, admin, "old-mugs", category="ACCESSORIES", active=False)

    public = (await gql(client, LIST, {"first": 10}))["products"]["edges"]
    assert [edge["node"]["slug"] for edge in public] == ["canvas-wraps"]
    node = public[0]["node"]
    assert node["basePrice"] == {"amount": 4900, "currency": "EUR"}
    assert node["options"] == {"sizes": ["30x40", "60x80"]}
    assert node["variants"] == [
        {"sku": "CANVAS-30x40", "price": {"amount": 4900, "currency": "EUR"}, "active": True}
    ]
    everything = (await gql(client, LIST, {"first": 10}, token=admin))["products"]["edges"]
    assert len(everything) == 2
    assert len(everything[0]["node"]["variants"]) + len(everything[1]["node"]["variants"]) == 2
    canvas = await gql(client, LIST, {"first": 10, "category": "CANVAS"})
    assert len(canvas["products"]["edges"]) == 1
    assert (await gql(client, BY_SLUG, {"slug": "old-mugs"}))["product"] is None
    assert (await gql(client, BY_SLUG, {"slug": "canvas-wraps"}))["product"]["variants"] == [
        {"sku": "CANVAS-30x40"}
    ]

    shown = {"input": {"id": hidden, "active": True, "price": 8500}}
    updated = (await gql(client, UPDATE_VARIANT, shown, token=admin))["updateVariant"]
    assert updated == {
        "variant": {"sku": "CANVAS-60x80", "active": True, "price": {"amount": 8500}},
        "userErrors": [],
    }
    off = {"input": {"id": product, "active": False}}
    assert (await gql(client, UPDATE_PRODUCT, off, token=admin))["updateProduct"]["product"] == {
        "slug": "canvas-wraps",
        "active": False,
    }
    assert (await gql(client, LIST, {"first": 10}))["products"]["edges"] == []


async def test_only_admins_change_the_catalog(client: httpx.AsyncClient) -> None:
    client_tok = await token_for(await make_user())
    variables = {"input": {"name": "X", "slug": "x", "category": "PRINTS", "basePrice": 1}}
    await assert_denied(client, CREATE_PRODUCT, variables, token=client_tok)
    await assert_denied(client, CREATE_PRODUCT, variables, code="FORBIDDEN")
    assert await ProductModel.all().count() == 0


async def test_taken_slugs_and_skus_and_bad_values_are_user_errors(
    client: httpx.AsyncClient,
) -> None:
    admin = await admin_token()
    product = await create_product(client, admin, "prints")
    other = await create_product(client, admin, "posters")
    await create_variant(client, admin, product, "P-1", 100)
    again = {"input": {"name": "P", "slug": "prints", "category": "PRINTS", "basePrice": 1}}
    payload = (await gql(client, CREATE_PRODUCT, again, token=admin))["createProduct"]
    assert [(e["field"], e["code"]) for e in payload["userErrors"]] == [("slug", "TAKEN")]
    rename = {"input": {"id": other, "slug": "prints"}}
    renamed = (await gql(client, UPDATE_PRODUCT, rename, token=admin))["updateProduct"]
    assert renamed["userErrors"] == [{"field": "slug", "code": "TAKEN"}]
    bad = {"input": {"name": " ", "slug": "Bad Slug", "category": "PRINTS", "basePrice": -1}}
    refused = (await gql(client, CREATE_PRODUCT, bad, token=admin))["createProduct"]
    assert {e["field"] for e in refused["userErrors"]} == {"name", "slug", "basePrice"}

    dup = {"input": {"productId": other, "sku": "P-1", "name": "Dup", "price": 100}}
    taken = (await gql(client, CREATE_VARIANT, dup, token=admin))["createVariant"]
    assert [(e["field"], e["code"]) for e in taken["userErrors"]] == [("sku", "TAKEN")]
    negative = {"input": {"productId": other, "sku": "P 2", "name": "N", "price": -5}}
    wrong = (await gql(client, CREATE_VARIANT, negative, token=admin))["createVariant"]
    assert {e["field"] for e in wrong["userErrors"]} == {"sku", "price"}
    assert await ProductModel.all().count() == 2
    assert await VariantModel.all().count() == 1


async def test_products_with_variants_cost_a_fixed_number_of_statements(
    client: httpx.AsyncClient, statements: StatementCounter
) -> None:
    admin = await admin_token()
    counts = []
    for total in (5, 50):
        while await ProductModel.all().count() < total:
            n = await ProductModel.all().count()
            product = await create_product(client, admin, f"product-{n}")
            await create_variant(client, admin, product, f"SKU-{n}-A", 1000)
            await create_variant(client, admin, product, f"SKU-{n}-B", 2000)
        statements.reset()
        data = await gql(client, LIST, {"first": 50})
        counts.append(statements.count)
        assert len(data["products"]["edges"]) == total
        assert all(len(edge["node"]["variants"]) == 2 for edge in data["products"]["edges"])
    assert counts[0] == counts[1] == 2, counts


async def test_the_demo_catalog_helper_lists_in_sort_order(client: httpx.AsyncClient) -> None:
    await catalog(client)
    slugs = [
        e["node"]["slug"] for e in (await gql(client, LIST, {"first": 2}))["products"]["edges"]
    ]
    assert slugs == ["fine-art-prints", "posters"]
