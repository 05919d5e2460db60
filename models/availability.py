"""When providers work: weekly windows in their own time zone, and per-date exceptions."""

from __future__ import annotations

from datetime import time

from tortoise import fields

from models.base import TimestampedModel
from models.provider import ProviderProfile


class AvailabilityWindow(TimestampedModel):
    """A weekly opening as local wall-clock times, so it follows the zone across DST."""

    provider: fields.ForeignKeyRelation[ProviderProfile] = fields.ForeignKeyField(
        "models.ProviderProfile", related_name="availability_windows", on_delete=fields.CASCADE
    )
    weekday = fields.SmallIntField()  # 0 = Monday, as datetime.weekday()
    # Minutes after local midnight: a wall-clock time with no zone attached (TIME WITH TIME
    # ZONE, which Tortoise's TimeField becomes, would pin it to one UTC offset).
    start_minute = fields.SmallIntField()
    end_minute = fields.SmallIntField()
    price_multiplier = fields.DecimalField(max_digits=5, decimal_places=2, default=1)

    class Meta:
        table = "availability_windows"

    @property
    def start_time(self) -> time:
        return time(*divmod(self.start_minute, 60))

    @property
    def end_time(self) -> time:
        return time_of_minute(self.end_minute)


MINUTES_PER_DAY = 24 * 60


def minute_of_day(moment: time) -> int:
    return moment.hour * 60 + moment.minute


def end_minute_of(moment: time) -> int:
    """A window's end as minutes after midnight: 00:00 is the day's end, 1440, so that a
    stored window always ends after it starts."""
    return minute_of_day(moment) or MINUTES_PER_DAY


def time_of_minute(minute: int) -> time:
    """The wall-clock time of a stored minute; 1440, the day's end, reads as 00:00."""
    return time(*divmod(minute % MINUTES_PER_DAY, 60))


class AvailabilityOverride(TimestampedModel):
    """One local date that differs from the week: closed (no windows) or custom windows."""

    provider: fields.ForeignKeyRelation[ProviderProfile] = fields.ForeignKeyField(
        "models.ProviderProfile", related_name="availability_overrides", on_delete=fields.CASCADE
    )
    day = fields.DateField()
    # [{"start": "10:00", "end": "14:00", "multiplier": "1.5"}]; empty means closed all day.
    windows = fields.JSONField(default=list)
    note = fields.CharField(max_length=200, default="")

    class Meta:
        table = "availability_overrides"
        unique_together = (("provider", "day"),)
