"""The EndTime scalar: a window's closing time, where ISO 8601's 24:00 is also accepted.

Hours until midnight are naturally typed as 24:00, which Time (a time of day) refuses; the
domain already reads a closing 00:00 as the day's end (models/availability.py stores either
as minute 1440). Only ends take it: a start of 24:00 would be the next day's."""

from __future__ import annotations

import datetime as dt
from typing import NewType

from graphql import GraphQLError
from strawberry.types.scalar import ScalarDefinition, scalar

EndTime = NewType("EndTime", dt.time)

_END_OF_DAY = frozenset({"24:00", "24:00:00"})


def _end_time(value: object) -> dt.time:
    if value in _END_OF_DAY:
        return dt.time(0)
    if isinstance(value, str):
        try:
            return dt.time.fromisoformat(value)
        except ValueError:
            pass
    # A GraphQLError, as in schema/upload.py: production would mask any other as unexpected.
    message = (
        f"Not a time of day: {value!r}. Give HH:MM; use 24:00 or 00:00 for midnight at the "
        "end of the day."
    )
    raise GraphQLError(message, extensions={"code": "BAD_USER_INPUT"})


END_TIME: ScalarDefinition = scalar(
    name="EndTime",
    description="A local closing time, HH:MM[:SS]; 24:00 and 00:00 both mean midnight at the "
    "end of the day.",
    serialize=lambda value: value.isoformat(),
    parse_value=_end_time,
)
