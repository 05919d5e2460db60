"""Rate limits with the limits library (memory by default, Redis by URL).

Each limit is a moving window: a key over its limit is refused until old attempts age out,
whether or not the next attempt would have been right, so a lock cannot be bypassed by
guessing correctly. A refusal says how many seconds to wait (for `Retry-After`).
"""

from __future__ import annotations

import math
import time

from limits import RateLimitItem, parse, storage
from limits.aio.strategies import MovingWindowRateLimiter

Limit = tuple[RateLimitItem, str]  # the limit and the key it counts, e.g. "login:ada@x.org"

# Guessing a gallery's code: a family mistyping it stays far below these.
GALLERY_CODE_PER_GALLERY = parse("10/15 minutes")
GALLERY_CODE_PER_ADDRESS = parse("30/hour")
# Guessing a guest's consultation link (signed: only hammering it is in reach), as a code.
LINK_FAILURES_PER_ADDRESS = parse("30/hour")
# Guessing one account's password: ten slips in a quarter hour is more than a person makes,
# and a guesser gets forty tries an hour. The per-address cap stops one client from spraying
# a common password over many accounts; it is higher because offices share an address.
LOGIN_FAILURES_PER_EMAIL = parse("10/15 minutes")
LOGIN_FAILURES_PER_ADDRESS = parse("100/hour")
# Every sign-up counts, refused ones too: mass account creation and probing which e-mails
# are taken (EMAIL_TAKEN) both need many attempts from one place.
REGISTRATIONS_PER_ADDRESS = parse("20/hour")
# A stolen token must not become a way to guess the account's password.
PASSWORD_CHANGE_FAILURES_PER_USER = parse("5/15 minutes")


class AttemptThrottle:
    """Counts attempts per key; `wait` tells whether (and how long) a key is refused."""

    def __init__(self, storage_url: str) -> None:
        self._storage = storage.storage_from_string(storage_url)
        self._limiter = MovingWindowRateLimiter(self._storage)

    async def wait(self, *limits: Limit, cost: int = 1) -> int | None:
        """Seconds until all `limits` allow `cost` more attempts; None when they allow it now."""
        waits = []
        for item, key in limits:
            if not await self._limiter.test(item, key, cost=cost):
                stats = await self._limiter.get_window_stats(item, key)
                waits.append(max(1, math.ceil(stats.reset_time - time.time())))
        return max(waits, default=None)

    async def failed(self, *limits: Limit) -> None:
        """Counts a failed attempt (a wrong password or code) against every limit."""
        for item, key in limits:
            await self._limiter.hit(item, key)

    async def spend(self, *limits: Limit, cost: int = 1) -> int | None:
        """Counts an attempt of `cost` units whatever its outcome, unless it is refused: then
        nothing is counted and the wait is returned."""
        if (seconds := await self.wait(*limits, cost=cost)) is not None:
            return seconds
        for item, key in limits:
            await self._limiter.hit(item, key, cost=cost)
        return None

    async def reset(self) -> None:
        """Forgets every counter (each test starts from zero)."""
        await self._storage.reset()
