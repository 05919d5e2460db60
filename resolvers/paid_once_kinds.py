"""Which thing paid once (resolvers/paid_once.py) a payment is for, if any."""

from __future__ import annotations

from models.payment import Payment
from resolvers.bundle_paid import BUNDLE
from resolvers.follow_up_paid import FOLLOW_UP
from resolvers.paid_once import PaidOnce
from resolvers.project_paid import PROJECT

KINDS = (FOLLOW_UP, PROJECT, BUNDLE)


def paid_once_of(payment: Payment) -> PaidOnce | None:
    """A follow-up's, a project's or a bundle's payment's kind; None for a session's or an
    order's."""
    return next((what for what in KINDS if what.owner_id(payment) is not None), None)
