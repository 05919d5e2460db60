"""Hand-written loader statements (models/raw.py): the rows asked for, in order, one text."""

from __future__ import annotations

from uuid import uuid4

from models.provider import Service
from models.raw import rows_in
from tests.api import StatementCounter
from tests.factories import make_provider, make_service


async def test_rows_in_reads_the_keys_rows_in_order_with_one_statement_text(
    statements: StatementCounter,
) -> None:
    first, second = await make_provider(), await make_provider()
    a, b = await make_service(first), await make_service(first)
    c = await make_service(second)
    await make_service(await make_provider())  # of a provider not asked for
    statements.reset()
    rows = await rows_in(Service, 'r."created_at", r."id"', provider_id=[first.id, second.id])
    assert [row.id for row in rows] == [a.id, b.id, c.id]
    assert rows[0].name == a.name
    assert await rows_in(Service, id=[c.id, uuid4()], provider_id=[second.id]) == [c]
    assert await rows_in(Service, id=[uuid4()]) == []
    statements.reset()
    assert len(await rows_in(Service, id=[a.id])) == 1
    assert len(await rows_in(Service, id=[a.id, b.id, c.id])) == 3
    # Batches of any size share one statement text, so asyncpg prepares it once.
    one, three = statements.queries
    assert one == three
    assert "ANY" in one


async def test_rows_in_also_keeps_only_the_rows_meeting_its_condition() -> None:
    provider = await make_provider()
    a, b = await make_service(provider), await make_service(provider)
    await Service.filter(id=b.id).update(name="Mastering")
    rows = await rows_in(Service, provider_id=[provider.id], also=('r."name" = ?', ["Mastering"]))
    assert [row.id for row in rows] == [b.id]
    assert a.name != "Mastering"
