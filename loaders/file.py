"""Loaders for stored files, and for who may read them."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass
from uuid import UUID

from aiodataloader import DataLoader
from tortoise.expressions import Q

from domain.attachment import KINDS as ATTACHABLE_KINDS
from domain.attachment import AttachmentUse
from domain.media import FileKind
from loaders.batching import one_per_key
from models.aftercare import SummaryFile
from models.attachment import Attachment
from models.consultation import Consultation
from models.file import StoredFile
from models.project import Project
from models.sample_mix import SampleMix


class FileByIdLoader(DataLoader[UUID, StoredFile | None]):
    async def batch_load_fn(self, keys: Sequence[UUID]) -> list[StoredFile | None]:
        return one_per_key(keys, await StoredFile.filter(id__in=keys), lambda row: row.id)


# Where each kind of file can be used, so a batch asks only the tables that may hold its keys.
_IN_PROJECTS = ATTACHABLE_KINDS[AttachmentUse.MESSAGE] | ATTACHABLE_KINDS[AttachmentUse.DELIVERABLE]
_IN_SUMMARIES = ATTACHABLE_KINDS[AttachmentUse.SUMMARY]
_IN_BRIEFS = ATTACHABLE_KINDS[AttachmentUse.CONSULTATION]
_SAMPLE_MIX_KINDS = frozenset({FileKind.SAMPLE_MIX_SOURCE, FileKind.REFERENCE_TRACK})


@dataclass(frozen=True, slots=True)
class Readers:
    """Users besides its owner whom a file's use lets read it, by the side they are on: a
    provider's account reads as one only while its role is PROVIDER."""

    clients: frozenset[UUID] = frozenset()
    providers: frozenset[UUID] = frozenset()


class ReadersByFileLoader(DataLoader[tuple[UUID, FileKind], Readers]):
    """Keyed by (file id, kind): the client and provider of a project the file is shared in
    or is the script of, of the session whose summary shows it, of the consultation it was
    sent with, and of the consultation whose sample mix it is (the engineer mixes the
    client's section, the client hears the mix)."""

    async def batch_load_fn(self, keys: Sequence[tuple[UUID, FileKind]]) -> list[Readers]:
        clients: defaultdict[UUID, set[UUID]] = defaultdict(set)
        providers: defaultdict[UUID, set[UUID]] = defaultdict(set)
        shared = await self._shared_in_projects(keys) + await self._shared_in_sessions(keys)
        for file_id, client_id, provider_user_id in shared:
            clients[file_id].add(client_id)
            providers[file_id].add(provider_user_id)
        for *files, client_id, provider_user_id in await self._in_sample_mixes(keys):
            for file_id in filter(None, files):  # no mix until it is delivered
                clients[file_id].add(client_id)
                providers[file_id].add(provider_user_id)
        return [
            Readers(frozenset(clients.get(file_id, ())), frozenset(providers.get(file_id, ())))
            for file_id, _ in keys
        ]

    @staticmethod
    async def _shared_in_projects(keys: Sequence[tuple[UUID, FileKind]]) -> list[tuple]:
        rows: list[tuple] = []
        if attached := [file_id for file_id, kind in keys if kind in _IN_PROJECTS]:
            rows += await Attachment.filter(file_id__in=attached).values_list(
                "file_id", "project__client_id", "project__provider__user_id"
            )
        if scripts := [file_id for file_id, kind in keys if kind == FileKind.SCRIPT]:
            rows += await Project.filter(script_id__in=scripts).values_list(
                "script_id", "client_id", "provider__user_id"
            )
        return rows

    @staticmethod
    async def _shared_in_sessions(keys: Sequence[tuple[UUID, FileKind]]) -> list[tuple]:
        rows: list[tuple] = []
        if shown := [file_id for file_id, kind in keys if kind in _IN_SUMMARIES]:
            rows += await SummaryFile.filter(file_id__in=shown).values_list(
                "file_id", "summary__session__client_id", "summary__session__provider__user_id"
            )
        if sent := [file_id for file_id, kind in keys if kind in _IN_BRIEFS]:
            rows += await Consultation.filter(reference_file_id__in=sent).values_list(
                "reference_file_id", "session__client_id", "session__provider__user_id"
            )
        return rows

    @staticmethod
    async def _in_sample_mixes(keys: Sequence[tuple[UUID, FileKind]]) -> list[tuple]:
        audio = [file_id for file_id, kind in keys if kind in _SAMPLE_MIX_KINDS]
        if not audio:
            return []
        return await SampleMix.filter(Q(source_id__in=audio) | Q(mix_id__in=audio)).values_list(
            "source_id",
            "mix_id",
            "consultation__session__client_id",
            "consultation__session__provider__user_id",
        )
