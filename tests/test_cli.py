"""The `studiograph` command against the test database, in a separate process."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

import httpx

from app.database import MIGRATIONS_ROOT
from domain.audio import sample_mix_violations
from integrations.audio import read_audio_facts
from models.account import Role, User
from models.availability import AvailabilityWindow
from models.booking import Session
from models.consultation import Consultation
from models.gallery import Photo
from models.payment import Payment
from models.project import Deliverable, Message
from models.provider import ProviderProfile, Service
from models.sample_mix import SampleMix, SampleMixStatus
from models.shop import Order, Product, ProductVariant
from tests.galleries import open_gallery
from tests.shop import photos_bought

STUDIOGRAPH = Path(sys.executable).parent / "studiograph"


def run(database_url: str, *args: str, **env: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [STUDIOGRAPH, *args],
        env=os.environ | {"DATABASE_URL": database_url, "LOG_LEVEL": "WARNING"} | env,
        capture_output=True,
        text=True,
        check=False,
    )


async def test_seed_demo_is_idempotent(
    database_url: str, tmp_path: Path, client: httpx.AsyncClient
) -> None:
    storage = {"STORAGE_URL": f"file://{tmp_path}"}
    first = run(database_url, "seed-demo", **storage)
    assert first.returncode == 0, first.stderr
    assert (
        "seeded 4 demo provider(s) and 4 session(s) with a project, "
        "5 product variant(s) and 1 paid order"
    ) in first.stdout
    again = run(database_url, "seed-demo", **storage)
    assert (
        "seeded 0 demo provider(s) and 0 session(s) with a project, "
        "0 product variant(s) and 0 paid order"
    ) in again.stdout
    assert await ProviderProfile.all().count() == 4
    assert await Service.filter(kind="CONSULTATION").count() == 1
    assert await AvailabilityWindow.all().count() == 4 * 6
    assert await Session.filter(status="CONFIRMED").count() == 2
    assert await Consultation.all().count() == 1
    assert await Message.filter(project__name="Harbour Lights EP").count() == 2
    assert await Deliverable.filter(project__name="Harbour Lights EP").count() == 1
    assert await Photo.filter(gallery__name="Rock-star day").count() == 4
    assert await Product.all().count() == 3
    assert await ProductVariant.all().count() == 5
    order = await Order.get(user__email="clara@client.example")
    assert order.status == "PAID"
    paid = await Payment.filter(order_id=order.id).values_list("status", "provider", "amount")
    assert paid == [("SUCCEEDED", "offline", order.total_amount)]
    assert [
        (i.sku, i.fulfillment_status) for i in await order.items.all().order_by("position")
    ] == [
        ("DEMO-PRINT-20x30", "PENDING"),
        ("DEMO-DIGITAL", "DELIVERED"),
    ]
    assert len(await photos_bought()) == 1
    slug = re.search(r"gallery slug (\S+) opens with code (\S+)", first.stdout)
    assert slug is not None, first.stdout
    opened = await open_gallery(client, slug.group(1), slug.group(2))
    assert opened["userErrors"] == []


async def test_seed_demo_sample_mix_files_are_stored_and_pass_the_audio_rules(
    database_url: str, tmp_path: Path
) -> None:
    seeded = run(database_url, "seed-demo", STORAGE_URL=f"file://{tmp_path}")
    assert seeded.returncode == 0, seeded.stderr
    sample_mix = await SampleMix.get().prefetch_related("source", "mix")
    assert sample_mix.status == SampleMixStatus.DELIVERED
    for stored in (sample_mix.source, sample_mix.mix):
        with (tmp_path / stored.key).open("rb") as audio:
            facts = read_audio_facts(audio, stored.size)
        assert facts.format == "WAV"
        assert sample_mix_violations(facts) == []


async def test_create_admin_validates_then_creates(database_url: str) -> None:
    weak = run(
        database_url,
        "create-admin",
        "--email",
        "boss@example.com",
        STUDIOGRAPH_ADMIN_PASSWORD="short",
    )
    assert weak.returncode != 0
    assert await User.all().count() == 0
    made = run(
        database_url,
        "create-admin",
        "--email",
        "Boss@Example.com",
        STUDIOGRAPH_ADMIN_PASSWORD="stage-lights-4471",
    )
    assert made.returncode == 0, made.stderr
    admin = await User.get(email="boss@example.com")
    assert admin.role == Role.ADMIN


async def test_migrate_reports_nothing_pending(database_url: str) -> None:
    result = run(database_url, "migrate")
    assert result.returncode == 0, result.stderr
    assert "applied 0 migration(s)" in result.stdout


async def test_embedded_sqlite_database_migrates_from_scratch(tmp_path: Path) -> None:
    sqlite_url = f"sqlite://{tmp_path}/embedded.sqlite3"
    first = run(sqlite_url, "migrate")
    assert first.returncode == 0, first.stderr
    applied = len(list((MIGRATIONS_ROOT / "sqlite" / "models").glob("*.py")))
    assert f"applied {applied} migration(s)" in first.stdout
    assert "applied 0 migration(s)" in run(sqlite_url, "migrate").stdout
    seeded = run(sqlite_url, "seed-demo", STORAGE_URL=f"file://{tmp_path}/storage")
    assert seeded.returncode == 0, seeded.stderr
