"""The shop's pure rules: totals to the cent, the order lifecycle, signatures."""

from __future__ import annotations

import json

import pytest

from domain.shop import (
    FulfillmentStatus,
    Mover,
    OrderStatus,
    PricedLine,
    PricingRules,
    can_move,
    customization_violation,
    item_moves,
    order_number,
    payment_violations,
    quantity_violation,
    rolled_up,
    ships_now,
    totals,
)
from integrations.fulfillment import BadEvent, parse_event, sign, verify_signature

RULES = PricingRules(tax_rate_bp=1900, shipping_amount=595, free_shipping_over=7500)
F, S = FulfillmentStatus, OrderStatus


def line(amount: int, quantity: int = 1, *, digital: bool = False) -> PricedLine:
    return PricedLine(unit_amount=amount, quantity=quantity, currency="EUR", digital=digital)


def test_physical_goods_under_the_threshold_pay_shipping_and_tax_on_it() -> None:
    priced = totals([line(2500, 2), line(999)], RULES, "EUR")
    assert (priced.subtotal, priced.shipping, priced.discount) == (5999, 595, 0)
    # (5999 + 595) * 19% = 1252.86 -> 1253
    assert priced.tax == 1253
    assert priced.total == 5999 + 595 + 1253


def test_shipping_is_free_from_the_threshold_and_downloads_do_not_count_toward_it() -> None:
    assert totals([line(7500)], RULES, "EUR").shipping == 0
    assert totals([line(7499)], RULES, "EUR").shipping == 595
    assert totals([line(7499), line(1500, digital=True)], RULES, "EUR").shipping == 595


def test_downloads_only_ship_free_and_tax_rounds_half_up() -> None:
    priced = totals([line(50, digital=True)], RULES, "EUR")
    # 50 * 19% = 9.5 -> 10
    assert (priced.shipping, priced.tax, priced.total) == (0, 10, 60)
    empty = totals([], RULES, "USD")
    assert (empty.currency, empty.shipping, empty.total) == ("USD", 0, 0)


def test_order_numbers_are_readable_and_padded() -> None:
    assert order_number(2026, 123) == "SG-2026-000123"


def test_quantities_and_customizations_are_bounded() -> None:
    assert quantity_violation(1, digital=False) is None
    assert quantity_violation(99, digital=False) is None
    assert quantity_violation(0, digital=False) is not None
    assert quantity_violation(100, digital=False) is not None
    assert quantity_violation(2, digital=True) is not None
    assert customization_violation({"text": "x" * 1900}) is None
    too_big = customization_violation({"text": "x" * 2000})
    assert too_big is not None
    assert too_big.code == "TOO_LARGE"
    assert customization_violation(["not", "an", "object"]) is not None


@pytest.mark.parametrize(
    ("current", "target", "mover", "allowed"),
    [
        (S.PENDING, S.PAID, Mover.PAYMENT, True),
        (S.PENDING, S.PAID, Mover.ADMIN, False),
        (S.PENDING, S.CANCELLED, Mover.CUSTOMER, True),
        (S.PAID, S.CANCELLED, Mover.CUSTOMER, False),
        (S.PAID, S.PROCESSING, Mover.CUSTOMER, False),
        (S.PAID, S.PROCESSING, Mover.ADMIN, True),
        (S.PROCESSING, S.SHIPPED, Mover.ADMIN, False),
        (S.SHIPPED, S.DELIVERED, Mover.FULFILLMENT, True),
        (S.DELIVERED, S.REFUNDED, Mover.ADMIN, True),
        (S.PENDING, S.REFUNDED, Mover.ADMIN, False),
        (S.CANCELLED, S.PENDING, Mover.ADMIN, False),
        (S.PAID, S.DELIVERED, Mover.ADMIN, False),
    ],
)
def test_who_may_move_an_order(
    current: OrderStatus, target: OrderStatus, mover: Mover, allowed: bool
) -> None:
    assert can_move(current, target, mover, ships=True) is allowed


def test_an_order_of_downloads_only_is_delivered_once_paid() -> None:
    assert can_move(S.PAID, S.DELIVERED, Mover.ADMIN, ships=False)
    assert not can_move(S.PAID, S.DELIVERED, Mover.CUSTOMER, ships=False)
    assert can_move(S.DELIVERED, S.REFUNDED, Mover.PAYMENT, ships=False)
    # Nothing to print or ship: never "shipped" (its mail would announce no parcel).
    for current, target in ((S.PAID, S.PROCESSING), (S.PROCESSING, S.PRINTED)):
        assert not can_move(current, target, Mover.ADMIN, ships=False)
    assert not can_move(S.PRINTED, S.SHIPPED, Mover.FULFILLMENT, ships=False)


def test_items_only_move_forward_and_orders_follow_the_slowest() -> None:
    assert item_moves(F.PENDING, F.SHIPPED)
    assert not item_moves(F.SHIPPED, F.PRINTED)
    assert not item_moves(F.SHIPPED, F.SHIPPED)
    assert not item_moves(F.SHIPPED, F.CANCELLED)
    assert not item_moves(F.CANCELLED, F.PRINTED)
    assert rolled_up(S.PAID, [F.SHIPPED, F.PRINTED]) is S.PRINTED
    assert rolled_up(S.PAID, [F.SHIPPED, F.PENDING]) is S.PAID
    assert rolled_up(S.SHIPPED, [F.PRINTED]) is S.SHIPPED  # never back
    assert rolled_up(S.PENDING, [F.SHIPPED]) is S.PENDING  # not before payment
    assert rolled_up(S.REFUNDED, [F.DELIVERED]) is S.REFUNDED


def test_an_order_whose_prints_were_all_cancelled_has_nothing_left_to_make() -> None:
    assert rolled_up(S.PROCESSING, [F.CANCELLED, F.CANCELLED]) is S.CANCELLED
    assert rolled_up(S.PAID, [F.CANCELLED], downloads=True) is S.DELIVERED
    assert rolled_up(S.PAID, [F.CANCELLED, F.PENDING]) is S.PAID  # one still to make
    assert rolled_up(S.PENDING, [F.CANCELLED]) is S.PENDING  # not before payment


def test_signatures_need_the_secret_the_body_and_a_fresh_timestamp() -> None:
    body = b'{"id":"evt_1"}'
    header = sign("s3cret", 1_000_000, body)
    assert verify_signature("s3cret", header, body, 1_000_100)
    assert not verify_signature("other", header, body, 1_000_100)
    assert not verify_signature("s3cret", header, body + b" ", 1_000_100)
    assert not verify_signature("s3cret", header, body, 1_000_301)  # replayed too late
    assert not verify_signature("s3cret", header, body, 999_699)  # from the future
    assert not verify_signature("s3cret", None, body, 1_000_000)
    assert not verify_signature("s3cret", "t=abc,v1=00", body, 1_000_000)


def test_events_are_read_strictly() -> None:
    item = "5b0f6c1e-8f5b-4a55-9a53-0d2a8e0a1c11"
    good = {"id": "evt_1", "items": [{"itemId": item, "status": "SHIPPED", "carrier": "DHL"}]}
    event = parse_event(json.dumps(good).encode())
    assert event.reports[0].status is F.SHIPPED
    assert event.reports[0].tracking_number is None
    for bad in (
        b"not json",
        b"[]",
        json.dumps({"id": "evt_1", "items": []}).encode(),
        json.dumps({"id": "e", "items": [{"itemId": item, "status": "LOST"}]}).encode(),
        json.dumps({"id": "e", "items": [{"itemId": "x", "status": "SHIPPED"}]}).encode(),
        json.dumps(
            {"id": "e", "items": [{"itemId": item, "status": "SHIPPED", "carrier": 5}]}
        ).encode(),
    ):
        with pytest.raises(BadEvent):
            parse_event(bad)


def test_a_payment_of_the_wrong_amount_is_told_the_total_as_people_read_it() -> None:
    [wrong] = payment_violations(S.PENDING, 3683, "EUR", 3600)
    assert (wrong.code, wrong.message) == (
        "AMOUNT_MISMATCH",
        "The order's total is 36.83 EUR (amount 3683).",
    )
    assert payment_violations(S.PENDING, 3683, "JPY", 3683) == []
    [paid] = payment_violations(S.PAID, 3683, "EUR", 3683)
    assert paid.code == "INVALID_TRANSITION"


def test_the_buyer_is_told_of_the_parcels_once_the_order_reaches_shipped() -> None:
    assert ships_now(S.PRINTED, S.SHIPPED)
    assert ships_now(S.PAID, S.DELIVERED)  # a lab reporting delivery at once
    assert not ships_now(S.SHIPPED, S.DELIVERED)
    assert not ships_now(S.PAID, S.PRINTED)
    assert not ships_now(S.DELIVERED, S.REFUNDED)
