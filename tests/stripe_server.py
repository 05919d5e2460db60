"""A stand-in for the Stripe API on loopback: the official library talks to it as to Stripe.

It keeps PaymentIntents and refunds (with their metadata) in memory, cancels intents not yet
succeeded, replays the first answer for an idempotency key as Stripe does (refusing the key
reused with other parameters, as Stripe does), records every key it was sent, and declines
off-session charges, fails or holds back its answers on demand. Customers and the cards saved
to them (`save_card`) are read back as Stripe's GETs answer them.
"""

from __future__ import annotations

import json
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from itertools import count
from typing import Any
from urllib.parse import parse_qsl


@dataclass
class Call:
    path: str
    params: dict[str, str]
    idempotency_key: str | None


@dataclass
class StripeStandIn:
    url: str = ""
    calls: list[Call] = field(default_factory=list)
    intents: dict[str, dict[str, Any]] = field(default_factory=dict)
    refunds: dict[str, dict[str, Any]] = field(default_factory=dict)
    customers: dict[str, dict[str, Any]] = field(default_factory=dict)
    payment_methods: dict[str, dict[str, Any]] = field(default_factory=dict)
    declines: int = 0  # how many of the next off-session charges are declined
    # Saved cards Stripe no longer knows (detached, deleted): charging one is a 400.
    missing_methods: set[str] = field(default_factory=set)
    outage: int = 0  # how many of the next requests get a 500 (the library retries twice)
    retried: bool = True  # False: a 500 tells the library not to retry (no backoff sleeps)
    # Set `hold` to keep the next new PaymentIntents unanswered until it is set; `held` is set
    # once one waits.
    hold: threading.Event | None = None
    held: threading.Event = field(default_factory=threading.Event)
    # Set `refund_hold` to make new refunds, then keep the answer back until it is set (as
    # Stripe may send the refund's webhook before our request has its answer); `refund_held`
    # is set once one waits.
    refund_hold: threading.Event | None = None
    refund_held: threading.Event = field(default_factory=threading.Event)
    _answers: dict[str, tuple[int, dict[str, Any]]] = field(default_factory=dict)
    _asked: dict[str, dict[str, str]] = field(default_factory=dict)  # each key's parameters
    _serial: Iterator[int] = field(default_factory=count)
    _lock: threading.Lock = field(default_factory=threading.Lock)

    def save_card(self, customer: str, payment_method: str, email: str) -> None:
        """A customer with this e-mail, and a card saved to it."""
        self.customers[customer] = {"id": customer, "object": "customer", "email": email}
        self.payment_methods[payment_method] = {
            "id": payment_method,
            "object": "payment_method",
            "type": "card",
            "customer": customer,
        }

    def read(self, path: str) -> tuple[int, dict[str, Any]]:
        """GET /v1/customers/{id}, /v1/payment_methods/{id} and /v1/payment_intents/{id}."""
        with self._lock:
            self.calls.append(Call(path, {}, None))
            _, _, collection, object_id = path.split("/", 3)
            found = {
                "customers": self.customers,
                "payment_methods": self.payment_methods,
                "payment_intents": self.intents,
            }.get(collection, {})
            if object_id in found:
                return 200, found[object_id]
            error = {"type": "invalid_request_error", "code": "resource_missing", "message": path}
            return 404, {"error": error}

    def keys(self, path: str) -> list[str | None]:
        return [call.idempotency_key for call in self.calls if call.path == path]

    def answer(self, path: str, params: dict[str, str], key: str | None) -> tuple[int, dict]:
        with self._lock:
            self.calls.append(Call(path, params, key))
            if self.outage > 0:
                self.outage -= 1
                return 500, {"error": {"type": "api_error", "message": "Stripe is down."}}
            if key is not None and key in self._answers:
                if self._asked[key] != params:
                    # Stripe refuses a key reused with other parameters rather than guess.
                    message = (
                        "Keys for idempotent requests can only be used with the same parameters."
                    )
                    return 400, {"error": {"type": "idempotency_error", "message": message}}
                return self._answers[key]
            if path == "/v1/payment_intents":
                reply = self._intent(params)
            elif path == "/v1/refunds":
                reply = self._refund(params)
            elif path.startswith("/v1/payment_intents/") and path.endswith("/cancel"):
                reply = self._cancel(path.split("/")[3])
            else:
                reply = 404, {"error": {"type": "invalid_request_error", "message": path}}
            if key is not None:
                self._answers[key] = reply
                self._asked[key] = params
            return reply

    def _intent(self, params: dict[str, str]) -> tuple[int, dict[str, Any]]:
        method = params.get("payment_method", "")
        if method in self.missing_methods:
            error = {
                "type": "invalid_request_error",
                "code": "resource_missing",
                "param": "payment_method",
                "message": f"No such PaymentMethod: '{method}'",
            }
            return 400, {"error": error}
        n = next(self._serial)
        intent = {
            "id": f"pi_{n}",
            "object": "payment_intent",
            "amount": int(params["amount"]),
            "currency": params["currency"],
            "client_secret": f"pi_{n}_secret_{n}",
            "metadata": {k[9:-1]: v for k, v in params.items() if k.startswith("metadata[")},
            "status": "requires_payment_method",
        }
        self.intents[intent["id"]] = intent
        if params.get("off_session") == "true":
            if self.declines > 0:
                self.declines -= 1
                error = {
                    "type": "card_error",
                    "code": "card_declined",
                    "message": "Your card was declined.",
                    "payment_intent": intent,
                }
                return 402, {"error": error}
            intent["status"] = "succeeded"
        return 200, intent

    def _cancel(self, intent_id: str) -> tuple[int, dict[str, Any]]:
        intent = self.intents.get(intent_id)
        if intent is None:
            return 404, {"error": {"type": "invalid_request_error", "message": intent_id}}
        if intent["status"] in {"succeeded", "canceled"}:
            message = (
                "You cannot cancel this PaymentIntent because it has a status of "
                f"{intent['status']}."
            )
            error = {
                "type": "invalid_request_error",
                "code": "payment_intent_unexpected_state",
                "message": message,
            }
            return 400, {"error": error}
        intent["status"] = "canceled"
        return 200, intent

    def _refund(self, params: dict[str, str]) -> tuple[int, dict[str, Any]]:
        n = next(self._serial)
        refund = {
            "id": f"re_{n}",
            "object": "refund",
            "amount": int(params["amount"]),
            "currency": "eur",
            "payment_intent": params["payment_intent"],
            "metadata": {k[9:-1]: v for k, v in params.items() if k.startswith("metadata[")},
            "status": "succeeded",
        }
        self.refunds[refund["id"]] = refund
        return 200, refund


def _handler(stand_in: StripeStandIn) -> type[BaseHTTPRequestHandler]:
    class Handler(BaseHTTPRequestHandler):
        def do_GET(self) -> None:
            self._send(*stand_in.read(self.path.partition("?")[0]))

        def do_POST(self) -> None:
            length = int(self.headers.get("content-length") or 0)
            params = dict(parse_qsl(self.rfile.read(length).decode()))
            if self.path == "/v1/payment_intents" and stand_in.hold is not None:
                stand_in.held.set()
                stand_in.hold.wait(timeout=10)
            status, body = stand_in.answer(self.path, params, self.headers.get("idempotency-key"))
            if self.path == "/v1/refunds" and stand_in.refund_hold is not None:
                stand_in.refund_held.set()
                stand_in.refund_hold.wait(timeout=10)
            self._send(status, body)

        def _send(self, status: int, body: dict[str, Any]) -> None:
            data = json.dumps(body).encode()
            self.send_response(status)
            if status >= 500 and not stand_in.retried:
                self.send_header("stripe-should-retry", "false")
            self.send_header("content-type", "application/json")
            self.send_header("content-length", str(len(data)))
            self.end_headers()
            self.wfile.write(data)

        def log_message(self, format: str, *args: Any) -> None:
            """Quiet: the tests read `calls` instead."""

    return Handler


@contextmanager
def stripe_stand_in() -> Iterator[StripeStandIn]:
    stand_in = StripeStandIn()
    server = ThreadingHTTPServer(("127.0.0.1", 0), _handler(stand_in))
    stand_in.url = f"http://127.0.0.1:{server.server_address[1]}"
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield stand_in
    finally:
        server.shutdown()
        server.server_close()
