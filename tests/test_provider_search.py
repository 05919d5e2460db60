"""providers(specialty:) looks specialties up by a normalised key that an index serves."""

from __future__ import annotations

import httpx
from tortoise.transactions import in_transaction

from resolvers.provider import provider_listing
from tests.api import gql
from tests.factories import make_provider, token_for
from tests.test_providers import PROVIDERS

SPECIALTIES = """
mutation ($input: UpdateProviderProfileInput!) {
  updateProviderProfile(input: $input) { provider { specialties } userErrors { code } }
}"""


async def test_the_specialty_filter_is_an_index_lookup_on_postgresql() -> None:
    """The tables are nearly empty in a test, where a scan is cheapest: scans are priced out
    so that the plan shows whether an index can serve the filter at all. UPPER(name) could
    not use the index on name; the key can use its own."""
    query = provider_listing(specialty="  MIXING ", search=None)
    async with in_transaction() as connection:
        await connection.execute_script("SET LOCAL enable_seqscan = off")
        _, rows = await connection.execute_query("EXPLAIN " + query.sql(params_inline=True))
    plan = "\n".join(row["QUERY PLAN"] for row in rows)
    conditions = [line for line in plan.splitlines() if "Index Cond" in line]
    assert any("name_key" in line and "'mixing'" in line for line in conditions), plan
    assert "upper(" not in plan.lower(), plan


async def test_specialties_are_found_whatever_their_case(client: httpx.AsyncClient) -> None:
    profile = await make_provider(display_name="Ópera Studio")
    token = await token_for(await profile.user)
    names = {"input": {"specialties": ["Fotografía", " Ópera "]}}
    saved = await gql(client, SPECIALTIES, names, token=token)
    assert saved["updateProviderProfile"]["provider"]["specialties"] == ["Fotografía", "Ópera"]
    await make_provider(display_name="Elsewhere")

    for asked in ("ópera", "ÓPERA", " Fotografía ", "FOTOGRAFÍA"):
        found = await gql(client, PROVIDERS, {"first": 10, "specialty": asked})
        names_found = [e["node"]["displayName"] for e in found["providers"]["edges"]]
        assert names_found == ["Ópera Studio"], asked
