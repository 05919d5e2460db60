"""The package's included photos against the family's picks, as pure arithmetic."""

from __future__ import annotations

from domain.gallery import extra_photos_price, plan_selection


def test_the_first_picks_are_included_and_the_rest_extra() -> None:
    plan = plan_selection(["a", "b", "c", "d"], included=2)
    assert (plan.included, plan.extra) == (("a", "b"), ("c", "d"))
    assert (plan.covered, plan.charged, plan.owned) == (2, 2, 0)
    assert extra_photos_price(plan.charged, 1500) == 3000


def test_fewer_picks_than_included_cost_nothing() -> None:
    plan = plan_selection(["a"], included=5)
    assert (plan.included, plan.extra, plan.covered, plan.charged) == (("a",), (), 1, 0)
    assert plan_selection([], included=5).covered == 0


def test_picks_the_family_owns_already_take_no_place() -> None:
    plan = plan_selection(["free", "a", "b"], included=1, owned={"free"})
    assert (plan.included, plan.extra, plan.owned) == (("a",), ("b",), 1)


def test_a_selection_sent_again_keeps_what_earlier_ones_gave() -> None:
    """a and b were included, c paid for: d is new, and no place is left for it."""
    plan = plan_selection(
        ["a", "b", "c", "d"], included=2, earlier_included={"a", "b"}, earlier_extra={"c"}
    )
    assert (plan.included, plan.extra) == ((), ("d",))
    assert (plan.covered, plan.charged) == (2, 2)


def test_an_included_place_stays_taken_when_its_photo_is_no_longer_picked() -> None:
    """The delivered photo stays the family's: swapping it would give the package twice."""
    plan = plan_selection(["b"], included=1, earlier_included={"a"})
    assert (plan.included, plan.extra, plan.covered, plan.charged) == ((), ("b",), 0, 1)


def test_places_left_after_an_earlier_selection_are_filled() -> None:
    plan = plan_selection(["a", "b", "c"], included=3, earlier_included={"a"})
    assert (plan.included, plan.extra, plan.covered) == (("b", "c"), (), 3)
