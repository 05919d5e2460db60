"""Moving orders along: staff by hand (the manual provider), the print lab by webhook."""

from __future__ import annotations

from uuid import UUID

import strawberry
from strawberry import relay
from tortoise.transactions import in_transaction

from app.context import Info
from domain.payment import PaymentStatus
from domain.shop import (
    TRACKABLE,
    FulfillmentStatus,
    Mover,
    OrderStatus,
    item_moves,
    item_status_for,
    status_violation,
)
from domain.violation import Violation
from models.payment import Payment as PaymentModel
from models.shop import Order as OrderModel
from models.shop import OrderItem as OrderItemModel
from resolvers.audit import audit
from resolvers.errors import to_user_errors
from resolvers.fulfillment_reports import roll_up
from resolvers.nodes import decode_id
from resolvers.order_notify import notify_order_shipped
from resolvers.order_paid import PaidOrder, hand_over, print_lines
from resolvers.permissions import Forbidden, IsAdmin, IsAuthenticated
from schema.shop import Order, OrderItem, ShopErrorCode, ShopUserError, may_see
from schema.shop_inputs import (
    AddTrackingInput,
    OrderPayload,
    SubmitOrderInput,
    UpdateOrderStatusInput,
)

NOT_FOUND = Violation("orderId", "NOT_FOUND", "No such order.")
CARD_PENDING = Violation(
    "orderId", "INVALID_STATE", "A card payment is on its way; cancel it first (cancelPayment)."
)
MONEY_HELD = Violation(
    "status", "INVALID_STATE", "Its payment still holds money: refund it (refundPayment)."
)


def _errors(violations: list[Violation]) -> list[ShopUserError]:
    return to_user_errors(violations, ShopUserError, ShopErrorCode)


async def locked_order(info: Info, global_id: relay.GlobalID) -> OrderModel | None:
    """Inside a transaction: the order, locked; someone else's is refused, not revealed."""
    found = decode_id(global_id, Order)
    order = await OrderModel.select_for_update().get_or_none(id=found) if found else None
    if order is not None and not may_see(info, order):
        raise Forbidden("This order is not yours.")
    return order


async def _follow_order(order: OrderModel) -> None:
    """Staff moved the whole order by hand: its items go with it."""
    if order.status is OrderStatus.CANCELLED:
        await OrderItemModel.filter(order_id=order.id).update(
            fulfillment_status=FulfillmentStatus.CANCELLED
        )
    elif (target := item_status_for(order.status)) is not None:
        for item in await OrderItemModel.filter(order_id=order.id, digital=False):
            if item_moves(item.fulfillment_status, target):
                item.fulfillment_status = target
                await item.save(update_fields=["fulfillment_status", "updated_at"])


async def _money_violation(order: OrderModel, target: OrderStatus) -> Violation | None:
    """The order's state must agree with its money: a cancelled order would keep what its
    card form still takes, and one marked refunded would say so while the studio kept it."""
    payments = PaymentModel.filter(order_id=order.id)
    pending = payments.filter(status=PaymentStatus.PENDING)
    if target is OrderStatus.CANCELLED and await pending.exists():
        return CARD_PENDING
    held = (PaymentStatus.SUCCEEDED, PaymentStatus.PARTIALLY_REFUNDED)
    if target is OrderStatus.REFUNDED and await payments.filter(status__in=held).exists():
        return MONEY_HELD
    return None


def _tracking_violations(data: AddTrackingInput, order: OrderModel) -> list[Violation]:
    violations = []
    if order.status not in TRACKABLE:
        message = f"A {order.status.lower()} order takes no tracking."
        violations.append(Violation("orderId", "INVALID_TRANSITION", message))
    if not 0 < len(data.tracking_number.strip()) <= 100:
        violations.append(Violation("trackingNumber", "INVALID_VALUE", "Use 1 to 100 characters."))
    if len(data.carrier) > 60:
        violations.append(Violation("carrier", "INVALID_VALUE", "Use at most 60 characters."))
    return violations


@strawberry.type
class FulfillmentMutations:
    @strawberry.mutation(
        description="Move an order: admins along making and shipping (or refund it), the "
        "owner only to cancel an unpaid order. Payment alone makes an order PAID; an order "
        "whose card payment is on its way is cancelled once that is (`cancelPayment`), and "
        "one is REFUNDED by refunding its payment in full (`refundPayment`).",
        permission_classes=[IsAuthenticated],
    )
    async def update_order_status(self, info: Info, input: UpdateOrderStatusInput) -> OrderPayload:
        mover = Mover.ADMIN if info.context.is_admin else Mover.CUSTOMER
        async with in_transaction():
            order = await locked_order(info, input.order_id)
            if order is None:
                return OrderPayload(user_errors=_errors([NOT_FOUND]))
            ships = await OrderItemModel.exists(order_id=order.id, digital=False)
            problem = status_violation(order.status, input.status, mover, ships=ships)
            problem = problem or await _money_violation(order, input.status)
            if problem is not None:
                return OrderPayload(user_errors=_errors([problem]))
            before = order.status
            order.status = input.status
            await order.save(update_fields=["status", "updated_at"])
            await audit(info, info.field_name, "Order", order.id, status=(before, order.status))
            await _follow_order(order)
            if order.status is OrderStatus.SHIPPED:
                await notify_order_shipped(order)
        return OrderPayload(order=Order.from_model(order))

    @strawberry.mutation(
        description="Hand a paid order's prints not yet in production to the fulfillment "
        "provider again, after it did not take them when the order was paid (admins). The "
        "order number is the provider's idempotency key: a lab that got them keeps one copy.",
        permission_classes=[IsAdmin],
    )
    async def submit_order_to_fulfillment(
        self, info: Info, input: SubmitOrderInput
    ) -> OrderPayload:
        order = await OrderModel.get_or_none(id=decode_id(input.order_id, Order) or UUID(int=0))
        if order is None:
            return OrderPayload(user_errors=_errors([NOT_FOUND]))
        lines = await print_lines(order.id) if order.status is OrderStatus.PAID else []
        if not lines:
            message = "Only a paid order with prints not yet in production."
            return OrderPayload(
                user_errors=_errors([Violation("orderId", "INVALID_STATE", message)])
            )
        if not await hand_over(info.context.fulfillment, PaidOrder(order.number, lines)):
            message = "The fulfillment provider did not take the order; try again later."
            return OrderPayload(user_errors=_errors([Violation(None, "UNAVAILABLE", message)]))
        return OrderPayload(order=Order.from_model(order))

    @strawberry.mutation(
        description="Record that items left the studio with this tracking number: they "
        "become SHIPPED, and the order too once all its prints are.",
        permission_classes=[IsAdmin],
    )
    async def add_tracking(self, info: Info, input: AddTrackingInput) -> OrderPayload:
        async with in_transaction():
            order = await locked_order(info, input.order_id)
            if order is None:
                return OrderPayload(user_errors=_errors([NOT_FOUND]))
            # Prints the lab cancelled never leave: no parcel, so no tracking number either.
            shipping = await OrderItemModel.filter(order_id=order.id, digital=False).exclude(
                fulfillment_status=FulfillmentStatus.CANCELLED
            )
            wanted = {decode_id(i, OrderItem) for i in input.item_ids or []}
            chosen = [i for i in shipping if i.id in wanted] if input.item_ids else shipping
            violations = _tracking_violations(input, order)
            if not chosen or len(chosen) != len(wanted or chosen):
                message = "Name items of this order that are shipped."
                violations.append(Violation("itemIds", "NOT_FOUND", message))
            if violations:
                return OrderPayload(user_errors=_errors(violations))
            for item in chosen:
                if item_moves(item.fulfillment_status, FulfillmentStatus.SHIPPED):
                    item.fulfillment_status = FulfillmentStatus.SHIPPED
                item.tracking_number = input.tracking_number.strip()
                item.carrier = input.carrier.strip()
                await item.save(
                    update_fields=["fulfillment_status", "carrier", "tracking_number", "updated_at"]
                )
            before = order.status
            await roll_up([order.id])
            await order.refresh_from_db()
            tracking = (None, f"{input.carrier.strip()} {input.tracking_number.strip()}".strip())
            changes = {"tracking": tracking, "status": (before, order.status)}
            await audit(info, info.field_name, "Order", order.id, **changes)
        return OrderPayload(order=Order.from_model(order))
