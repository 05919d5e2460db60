"""What a session run on past its booked length costs (`extendSession`).

Extra time is billed pro rata at the session's booked rate: the price agreed at booking for
the booked length, per minute, whatever the provider's rates or a window's multiplier say by
now (the client agreed to that rate, not to today's). Amounts are integers in minor units of
the session's currency.

Rounding: the whole extra time is priced at once and rounded half up to a minor unit, and an
extension costs what it adds to that total. So rounding never accumulates: two extensions of
15 minutes cost together exactly what one of 30 would, and an extension is off by less than
one minor unit from the exact pro rata amount, never more.
"""

from __future__ import annotations

from domain.payment import money_text


def extra_time_total(booked_price: int, booked_minutes: int, minutes: int) -> int:
    """`minutes` of extra time at `booked_price` per `booked_minutes`, rounded half up
    (exact integer arithmetic: no float ever sees money)."""
    if booked_minutes <= 0 or minutes < 0 or booked_price < 0:
        raise ValueError("A booked length, and minutes and a price not below zero.")
    return (2 * booked_price * minutes + booked_minutes) // (2 * booked_minutes)


def extension_price(
    booked_price: int, booked_minutes: int, charged_minutes: int, minutes: int
) -> int:
    """What extending by `minutes` adds, after `charged_minutes` of extra time were charged
    already: the rise of the rounded total, so steps add up to one extension of them all."""
    before = extra_time_total(booked_price, booked_minutes, charged_minutes)
    return extra_time_total(booked_price, booked_minutes, charged_minutes + minutes) - before


def extension_detail(minutes: int, extra: int, price: int, currency: str) -> str:
    """The notice's words for an extension: how long, and what it costs (the session's new
    price), or that it costs nothing."""
    span = f"by {minutes} minute{'' if minutes == 1 else 's'}"
    if extra == 0:
        return f"{span}, at no extra charge"
    return (
        f"{span}: the extra time costs {money_text(extra, currency)}, "
        f"so the session now costs {money_text(price, currency)}"
    )
