"""Webhook targets inside the network (loopback, private, link-local) are refused unless
WEBHOOK_ALLOW_PRIVATE_TARGETS allows them: at registration by what the URL says, and at each
delivery by what its name resolves to."""

from __future__ import annotations

import pytest

from domain.webhook import check_url, is_public_address
from integrations.webhooks import private_target
from jobs.webhooks import drain
from models.webhook import WebhookDelivery
from tests.test_webhook_delivery import happen
from tests.webhooks import make_endpoint, receiver

PRIVATE = [
    "http://127.0.0.1:8080/hook",
    "http://localhost/hook",
    "http://api.localhost/hook",
    "http://10.0.0.7/hook",
    "http://172.16.3.1/hook",
    "http://192.168.1.10/hook",
    "http://169.254.169.254/latest/meta-data",  # cloud metadata
    "http://100.64.0.1/hook",  # carrier-grade NAT
    "http://0.0.0.0/hook",
    "http://[::1]/hook",
    "http://[fe80::1]/hook",
    "http://[fd00::1]/hook",
    "http://[::ffff:127.0.0.1]/hook",  # IPv4 loopback in IPv6 clothing
]


@pytest.mark.parametrize("url", PRIVATE)
def test_private_targets_are_refused_unless_allowed(url: str) -> None:
    [violation] = check_url(url)
    assert (violation.field, violation.code) == ("url", "PRIVATE_TARGET")
    assert check_url(url, allow_private=True) == []


def test_public_targets_pass() -> None:
    assert check_url("https://hooks.example.com/in") == []
    assert check_url("https://93.184.216.34/in") == []
    assert is_public_address("2606:4700:4700::1111")
    assert not is_public_address("224.0.0.1")  # multicast


async def test_a_name_resolving_to_loopback_is_refused_at_delivery() -> None:
    assert await private_target("http://127.0.0.1/hook") is not None
    # `localhost.` resolves, through the system's resolver, to loopback.
    refusal = await private_target("http://localhost./hook")
    assert refusal is not None
    assert "not a public address" in refusal


async def test_the_worker_does_not_post_to_a_private_target_it_was_not_allowed() -> None:
    with receiver() as hook:
        await make_endpoint(hook.url(), "PROJECT_STATUS_CHANGED")
        await happen("Debut EP")
        refused = await drain()
        assert (refused.delivered, refused.failed) == (0, 1)
        assert hook.received == []
        delivery = await WebhookDelivery.get()
        assert delivery.status == "FAILED"
        assert delivery.last_error.startswith("refused: 127.0.0.1")
        allowed = await drain(allow_private_targets=True, now=delivery.next_attempt_at)
    assert allowed.delivered == 1
    assert len(hook.received) == 1
