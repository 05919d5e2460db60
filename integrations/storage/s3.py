"""Objects in an S3-compatible bucket, streamed with multipart uploads."""

from __future__ import annotations

import hashlib
from collections.abc import AsyncIterator
from datetime import datetime
from typing import Any

import aioboto3
from botocore.exceptions import ClientError

from integrations.storage.base import (
    InvalidKey,
    ListedObject,
    StoredObject,
    TooLarge,
    check_key,
)

PART_SIZE = 8 * 1024 * 1024  # S3 wants parts of at least 5 MiB, except the last


class S3Storage:
    def __init__(
        self,
        bucket: str,
        prefix: str = "",
        *,
        endpoint_url: str | None = None,
        region: str = "us-east-1",
        access_key_id: str | None = None,
        secret_access_key: str | None = None,
    ) -> None:
        self.bucket = bucket
        self.prefix = prefix.strip("/")
        self._session = aioboto3.Session(
            aws_access_key_id=access_key_id,
            aws_secret_access_key=secret_access_key,
            region_name=region,
        )
        self._endpoint_url = endpoint_url

    def _key(self, key: str) -> str:
        check_key(key)
        return f"{self.prefix}/{key}" if self.prefix else key

    def _client(self) -> Any:
        return self._session.client("s3", endpoint_url=self._endpoint_url)

    async def save(
        self, key: str, chunks: AsyncIterator[bytes], *, content_type: str, max_bytes: int
    ) -> StoredObject:
        """Uploads part by part, so memory holds one part at most; any failure (including
        TooLarge) aborts the multipart upload and nothing is left in the bucket."""
        name = self._key(key)
        async with self._client() as s3:
            upload = await s3.create_multipart_upload(
                Bucket=self.bucket, Key=name, ContentType=content_type
            )
            upload_id = upload["UploadId"]
            try:
                size, sha256, parts = await _upload_parts(
                    s3, self.bucket, name, upload_id, chunks, max_bytes
                )
                await s3.complete_multipart_upload(
                    Bucket=self.bucket,
                    Key=name,
                    UploadId=upload_id,
                    MultipartUpload={"Parts": parts},
                )
            except BaseException:
                await s3.abort_multipart_upload(Bucket=self.bucket, Key=name, UploadId=upload_id)
                raise
            # The checksum is known only at the end: a server-side copy records it as metadata.
            await s3.copy_object(
                Bucket=self.bucket,
                Key=name,
                CopySource={"Bucket": self.bucket, "Key": name},
                Metadata={"sha256": sha256},
                MetadataDirective="REPLACE",
                ContentType=content_type,
            )
        return StoredObject(key, size, content_type, sha256)

    async def open(self, key: str) -> AsyncIterator[bytes]:
        async with self._client() as s3:
            response = await s3.get_object(Bucket=self.bucket, Key=self._key(key))
            body = response["Body"]
            try:
                async for chunk in body.iter_chunks(PART_SIZE):
                    yield chunk
            finally:
                body.close()

    async def stat(self, key: str) -> StoredObject | None:
        async with self._client() as s3:
            try:
                head = await s3.head_object(Bucket=self.bucket, Key=self._key(key))
            except ClientError as error:
                if error.response["Error"]["Code"] in ("404", "NoSuchKey", "NotFound"):
                    return None
                raise
        return StoredObject(
            key, head["ContentLength"], head["ContentType"], head["Metadata"].get("sha256", "")
        )

    async def delete(self, key: str) -> None:
        async with self._client() as s3:
            await s3.delete_object(Bucket=self.bucket, Key=self._key(key))

    def _folder(self, prefix: str) -> str:
        """The bucket-wide prefix of a folder of ours, ending in "/" unless it is the bucket."""
        name = self._key(prefix) if prefix else self.prefix
        return f"{name}/" if name else ""

    async def list(self, prefix: str = "") -> AsyncIterator[ListedObject]:
        folder, strip = self._folder(prefix), len(self._folder(""))
        async with self._client() as s3:
            pages = s3.get_paginator("list_objects_v2").paginate(Bucket=self.bucket, Prefix=folder)
            async for page in pages:
                for item in page.get("Contents", []):
                    key = item["Key"][strip:]
                    try:
                        check_key(key)
                    except InvalidKey:
                        continue  # not written by us: not ours to report or remove
                    yield ListedObject(key, item["LastModified"])

    async def discard_partial(self, older_than: datetime) -> int:
        """Aborts multipart uploads never completed: their parts are kept (and billed) until
        then. A bucket lifecycle rule (AbortIncompleteMultipartUpload) does the same."""
        aborted = 0
        async with self._client() as s3:
            pages = s3.get_paginator("list_multipart_uploads").paginate(
                Bucket=self.bucket, Prefix=self._folder("")
            )
            async for page in pages:
                for upload in page.get("Uploads", []):
                    if upload["Initiated"] < older_than:
                        await s3.abort_multipart_upload(
                            Bucket=self.bucket, Key=upload["Key"], UploadId=upload["UploadId"]
                        )
                        aborted += 1
        return aborted

    async def download_url(self, key: str, *, filename: str, expires_in: int = 300) -> str:
        async with self._client() as s3:
            return await s3.generate_presigned_url(
                "get_object",
                Params={
                    "Bucket": self.bucket,
                    "Key": self._key(key),
                    "ResponseContentDisposition": f'attachment; filename="{_quoted(filename)}"',
                },
                ExpiresIn=expires_in,
            )

    async def upload_url(
        self, key: str, *, content_type: str, max_bytes: int, expires_in: int = 300
    ) -> str:
        """A presigned PUT bound to the content type; the size is checked on completion
        (a presigned PUT cannot cap it)."""
        async with self._client() as s3:
            return await s3.generate_presigned_url(
                "put_object",
                Params={"Bucket": self.bucket, "Key": self._key(key), "ContentType": content_type},
                ExpiresIn=expires_in,
            )


async def _upload_parts(
    s3: Any, bucket: str, name: str, upload_id: str, chunks: AsyncIterator[bytes], max_bytes: int
) -> tuple[int, str, list[dict[str, Any]]]:
    digest, size, parts, buffer = hashlib.sha256(), 0, [], bytearray()

    async def flush() -> None:
        number = len(parts) + 1
        sent = await s3.upload_part(
            Bucket=bucket, Key=name, UploadId=upload_id, PartNumber=number, Body=bytes(buffer)
        )
        parts.append({"PartNumber": number, "ETag": sent["ETag"]})
        buffer.clear()

    async for chunk in chunks:
        size += len(chunk)
        if size > max_bytes:
            raise TooLarge(name)
        digest.update(chunk)
        buffer += chunk
        if len(buffer) >= PART_SIZE:
            await flush()
    if buffer or not parts:
        await flush()
    return size, digest.hexdigest(), parts


def _quoted(filename: str) -> str:
    return filename.replace("\\", "_").replace('"', "_")
