"""Extra time's price: pro rata at the booked rate, rounded half up on the whole extra time."""

from __future__ import annotations

import pytest

from domain.extra_time import extension_detail, extension_price, extra_time_total


def test_whole_minutes_of_a_round_rate_cost_exactly_their_share() -> None:
    # 100.00 for an hour: a quarter of an hour is 25.00.
    assert extra_time_total(10_000, 60, 15) == 2_500
    assert extra_time_total(10_000, 60, 0) == 0
    assert extra_time_total(0, 60, 30) == 0


@pytest.mark.parametrize(
    ("price", "booked", "minutes", "total"),
    [
        (10_000, 90, 1, 111),  # 111.11… rounds down
        (10_000, 90, 5, 556),  # 555.55… rounds up
        (10_001, 60, 30, 5_001),  # 5000.5 exactly: half up
        (9_999, 60, 30, 5_000),  # 4999.5 exactly: half up
        (1, 60, 29, 0),  # 0.48…
        (1, 60, 30, 1),  # 0.5
        (100, 60, 240, 400),  # four times the booked length
    ],
)
def test_rounds_half_up_to_a_minor_unit(price: int, booked: int, minutes: int, total: int) -> None:
    assert extra_time_total(price, booked, minutes) == total


def test_steps_add_up_to_one_extension_of_them_all() -> None:
    # One minute of 100.00 for 90 minutes is 111.11…; charged minute by minute, each rounded
    # alone, ten of them would come to 1110 instead of 1111.
    steps = [extension_price(10_000, 90, charged, 1) for charged in range(10)]
    assert steps[:2] == [111, 111]
    assert sum(steps) == extension_price(10_000, 90, 0, 10) == 1_111
    assert extension_price(10_000, 90, 0, 5) + extension_price(10_000, 90, 5, 5) == 1_111


def test_never_off_by_a_minor_unit_or_more() -> None:
    for charged in range(0, 60, 7):
        for minutes in (1, 2, 13, 59):
            exact = 12_345 * minutes / 47
            assert abs(extension_price(12_345, 47, charged, minutes) - exact) < 1


@pytest.mark.parametrize(("price", "booked", "minutes"), [(100, 0, 5), (100, 60, -1), (-1, 60, 5)])
def test_refuses_what_no_session_has(price: int, booked: int, minutes: int) -> None:
    with pytest.raises(ValueError, match="booked length"):
        extra_time_total(price, booked, minutes)


def test_detail_names_the_extra_and_the_new_price_in_the_session_currency() -> None:
    assert extension_detail(15, 2_500, 12_500, "EUR") == (
        "by 15 minutes: the extra time costs 25.00 EUR, so the session now costs 125.00 EUR"
    )
    assert extension_detail(1, 150, 3_150, "JPY") == (
        "by 1 minute: the extra time costs 150 JPY, so the session now costs 3150 JPY"
    )
    assert extension_detail(30, 0, 10_000, "EUR") == "by 30 minutes, at no extra charge"
