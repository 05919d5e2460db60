"""What an erased account leaves elsewhere: the files it uploaded and never shared, and its
words in the webhook deliveries that told endpoints about them."""

from __future__ import annotations

from pathlib import Path

import httpx
from strawberry.relay import from_base64

from app.settings import Settings
from domain.session import SessionStatus
from models.booking import Session
from models.file import StoredFile
from tests.api import gql
from tests.erased_words_scenario import DELETE, WORDS, erased_words
from tests.factories import PASSWORD
from tests.fresh_database import scenario_answers
from tests.scheduling import open_studio
from tests.test_attachments import PDF, SEND, uploaded
from tests.test_privacy import EXPORT
from tests.test_projects import quiet_project
from tests.test_uploads import wav_bytes

ERASED = "[deleted]"
EXPECTED = [
    ["NEW_MESSAGE", "erased", ERASED],
    ["NEW_MESSAGE", "other", WORDS],
    ["NEW_MESSAGE", "erased", "Sure, tomorrow at ten"],
    ["PROJECT_STATUS_CHANGED", "erased", "IN_PROGRESS"],
    ["REVISION_REQUESTED", "erased", ERASED],
    ["PROJECT_STATUS_CHANGED", "other", "IN_PROGRESS"],
    ["REVISION_REQUESTED", "other", "More bass"],
    ["FOLLOW_UP_ASKED", "erased", ERASED],
]
MAILS = [
    ["REVISION_REQUESTED", ERASED],
    ["REVISION_REQUESTED", "More bass"],  # the other client's, about their own Debut EP
    ["FOLLOW_UP_ASKED", ERASED],
]


def _stored(settings: Settings, key: str) -> bool:
    return (Path(settings.storage_url.removeprefix("file://")) / key).exists()


async def test_files_never_shared_go_with_the_account_and_shared_ones_stay(
    client: httpx.AsyncClient, settings: Settings
) -> None:
    studio = await open_studio()
    project_id, client_tok = await quiet_project(client, studio)
    other_id, other_tok = await quiet_project(client, studio, hour=14)
    shared = await uploaded(client, client_tok, "ATTACHMENT", "shared.pdf", PDF)
    kept_back = await uploaded(client, client_tok, "REFERENCE_TRACK", "never sent.wav", wav_bytes())
    draft = await uploaded(client, client_tok, "ATTACHMENT", "draft.pdf", PDF)
    theirs = await uploaded(client, other_tok, "ATTACHMENT", "theirs.pdf", PDF)
    message = {"projectId": project_id, "body": "Notes", "attachmentIds": [shared]}
    sent = await gql(client, SEND, {"input": message}, token=client_tok)
    assert sent["sendMessage"]["userErrors"] == []
    assert (await gql(client, EXPORT, token=client_tok))["exportMyData"]["userErrors"] == []
    rows = {str(row.id): row for row in await StoredFile.all()}
    keys = {name: rows[from_base64(name)[1]].key for name in (shared, kept_back, draft, theirs)}
    export_key = next(row.key for row in rows.values() if row.kind == "EXPORT")
    await Session.filter(provider_id=studio.profile.id).update(status=SessionStatus.COMPLETED)

    done = await gql(client, DELETE, {"input": {"password": PASSWORD}}, token=client_tok)
    assert done["deleteMyAccount"] == {"deleted": True, "userErrors": []}

    left = set(await StoredFile.all().values_list("name", flat=True))
    assert left == {"shared.pdf", "theirs.pdf"}
    for name, key in keys.items():
        assert _stored(settings, key) == (name in (shared, theirs)), name
    assert not _stored(settings, export_key)
    assert other_id  # the other client's project, untouched


async def test_an_erased_clients_words_leave_webhook_deliveries_on_postgres(
    client: httpx.AsyncClient,
) -> None:
    answer = await erased_words(client)
    assert answer["deleted"] == {"deleted": True, "userErrors": []}
    assert answer["deliveries"] == EXPECTED
    assert answer["mails"] == MAILS


async def test_an_erased_clients_words_leave_webhook_deliveries_on_sqlite(tmp_path: Path) -> None:
    url, files = f"sqlite://{tmp_path}/w.sqlite3", str(tmp_path / "files")
    answer = await scenario_answers("erased_words_scenario", url, files)
    assert answer["deleted"] == {"deleted": True, "userErrors": []}
    assert answer["deliveries"] == EXPECTED
    assert answer["mails"] == MAILS
