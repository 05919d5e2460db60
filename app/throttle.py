"""Failed-attempt throttling with the limits library (memory by default, Redis by URL)."""

from __future__ import annotations

from limits import RateLimitItem, parse, storage
from limits.aio.strategies import MovingWindowRateLimiter

# Guessing a gallery's code: a family mistyping it stays far below these.
GALLERY_CODE_PER_GALLERY = parse("10/15 minutes")
GALLERY_CODE_PER_ADDRESS = parse("30/hour")


class AttemptThrottle:
    """Counts failures per key in a moving window; a key over its limit is refused until
    old failures age out, whether or not the next attempt would have been right."""

    def __init__(self, storage_url: str) -> None:
        self._limiter = MovingWindowRateLimiter(storage.storage_from_string(storage_url))

    async def allows(self, *limits: tuple[RateLimitItem, str]) -> bool:
        for item, key in limits:
            if not await self._limiter.test(item, key):
                return False
        return True

    async def failed(self, *limits: tuple[RateLimitItem, str]) -> None:
        for item, key in limits:
            await self._limiter.hit(item, key)
