"""Configuration, read once from the environment (and an optional `.env` file)."""

from __future__ import annotations

from functools import lru_cache
from typing import Annotated, Literal

from pydantic import Field, field_validator, model_validator
from pydantic_settings import BaseSettings, NoDecode, SettingsConfigDict

from integrations.fulfillment import FulfillmentProvider, ManualFulfillment
from integrations.payments import PaymentProvider, provider_for
from integrations.print_lab import PrintLabFulfillment
from integrations.storage import Storage

DEFAULT_SECRET_KEY = "insecure-development-key-change-me"  # noqa: S105 - refused in production


class Settings(BaseSettings):
    """Every knob the server has; each field maps to the upper-case environment variable."""

    model_config = SettingsConfigDict(env_file=".env", extra="ignore")

    environment: Literal["development", "production"] = "development"
    database_url: str = "sqlite://var/studiograph.sqlite3"
    secret_key: str = DEFAULT_SECRET_KEY
    storage_url: str = "file://var/storage"
    s3_endpoint_url: str | None = None  # for S3-compatible services other than AWS
    public_url: str = "http://127.0.0.1:8000"
    log_level: str = "INFO"
    # NoDecode: a comma-separated string is friendlier in an env file than a JSON list.
    cors_origins: Annotated[list[str], NoDecode] = Field(default_factory=list)

    token_ttl_days: int = 30
    graphql_introspection: bool = True
    graphql_max_depth: int = 12
    graphql_max_aliases: int = 30
    graphql_max_tokens: int = 2_000
    max_request_bytes: int = 1_000_000
    max_upload_bytes: int = 210_000_000  # multipart requests; each file kind has its own cap
    page_size_max: int = 100
    # An idle keep-alive connection is closed after this many seconds. Longer than the idle
    # timeout of the load balancers in front (60 s on AWS's, nginx's default 60 s), or a
    # request they send on a connection we close at that moment fails (a 502 for its client).
    http_keep_alive_seconds: int = Field(default=65, gt=0)
    # A websocket that has not sent `connection_init` within this many seconds is closed (4408).
    ws_init_timeout_seconds: float = Field(default=10.0, gt=0)
    # Prometheus metrics at /metrics; with METRICS_TOKEN set, scrapers must send it as a bearer.
    metrics_enabled: bool = True
    metrics_token: str | None = None
    # OpenTelemetry traces of every request, when the opentelemetry packages are installed
    # (`pip install studiograph[otel]`); exporters are configured by the OTEL_* variables.
    otel_enabled: bool = False
    # Where failed-attempt counters live: per process by default, shared through Redis
    # ("async+redis://host:6379") when several processes serve one site.
    rate_limit_url: str = "async+memory://"
    # Files one account may upload per hour (refused ones count): a wedding's photos fit in
    # an hour, a runaway script filling the disk does not get far. Keep it >= 100, the most
    # photos one uploadPhotos request may carry.
    upload_files_per_hour: int = Field(default=2_000, gt=0)
    # Outgoing mail. Without SMTP_URL nothing is sent: mail waits in the outbox, where admins
    # can read it (`outbox` query), and goes out once SMTP_URL is set and a worker runs.
    smtp_url: str | None = None  # smtp://user:pass@host:587 or smtps://user:pass@host:465
    smtp_from: str = "studiograph <no-reply@localhost>"
    smtp_starttls: bool | None = None  # None: upgrade when the server offers STARTTLS
    smtp_timeout_seconds: float = 30.0
    # Where clients open galleries: e-mails link to APP_URL/galleries/<slug>; PUBLIC_URL if unset.
    app_url: str | None = None
    # `serve` also runs the job worker in-process (PostgreSQL only), so one command serves a
    # small deployment; larger ones run `studiograph worker` on its own.
    run_worker: bool = False
    # The shop (see domain/shop.PricingRules); amounts in minor units of the shop's currency.
    shop_currency: str = "EUR"
    shop_tax_rate_bp: int = Field(default=1_900, ge=0, le=10_000)  # basis points: 1900 = 19%
    shop_shipping_amount: int = Field(default=595, ge=0)
    shop_free_shipping_over: int = Field(default=7_500, ge=0)
    # Outgoing webhooks: how long one delivery may take before it counts as failed.
    webhook_timeout_seconds: float = 10.0
    # Loopback, private and link-local endpoints are refused (at registration and, after
    # resolving the name, at each delivery) unless this is set: local development, tests.
    webhook_allow_private_targets: bool = False
    # Shared with the print lab; unset, its webhook refuses every request.
    print_webhook_secret: str | None = None
    # The signing key of the Calendly webhook subscription; unset, its webhook answers 404.
    calendly_signing_key: str | None = None
    # Who makes paid prints: "manual" (the studio; staff record progress) or "print_lab" (a
    # print-on-demand API at PRINT_LAB_URL, sent orders signed with PRINT_WEBHOOK_SECRET).
    fulfillment_provider: Literal["manual", "print_lab"] = "manual"
    print_lab_url: str | None = None
    # Payments: "offline" (admins record money received) or "stripe". STRIPE_API_BASE points
    # the library elsewhere (a local stand-in in tests); unset, it talks to Stripe itself.
    payments_provider: Literal["offline", "stripe"] = "offline"
    stripe_api_key: str | None = None
    stripe_webhook_secret: str | None = None
    stripe_api_base: str | None = None
    deposit_percent: int = Field(default=30, ge=0, le=100)  # of a package session's price
    # How long before a project's deadline its provider is reminded while the work is not
    # handed in (jobs/deadlines.py): a day leaves time to finish or to warn the client.
    deadline_reminder_hours: int = Field(default=24, gt=0)

    @field_validator("cors_origins", mode="before")
    @classmethod
    def _split_origins(cls, value: object) -> object:
        if isinstance(value, str):
            return [origin.strip() for origin in value.split(",") if origin.strip()]
        return value

    @field_validator("smtp_url")
    @classmethod
    def _check_smtp_url(cls, value: str | None) -> str | None:
        # Refused at start-up rather than by every delivery job afterwards.
        if value and not value.startswith(("smtp://", "smtps://")):
            msg = "SMTP_URL must look like smtp://user:pass@host:port or smtps://…"
            raise ValueError(msg)
        return value or None

    @model_validator(mode="after")
    def _refuse_default_secret_in_production(self) -> Settings:
        if self.environment == "production" and self.secret_key == DEFAULT_SECRET_KEY:
            msg = "SECRET_KEY must be set to a private value when ENVIRONMENT=production"
            raise ValueError(msg)
        return self

    @model_validator(mode="after")
    def _print_lab_needs_url_and_secret(self) -> Settings:
        if self.fulfillment_provider == "print_lab" and not (
            self.print_lab_url and self.print_webhook_secret
        ):
            msg = "FULFILLMENT_PROVIDER=print_lab needs PRINT_LAB_URL and PRINT_WEBHOOK_SECRET"
            raise ValueError(msg)
        return self

    @property
    def client_url(self) -> str:
        return (self.app_url or self.public_url).rstrip("/")

    @property
    def is_sqlite(self) -> bool:
        return self.database_url.startswith("sqlite")


def payment_provider(settings: Settings) -> PaymentProvider:
    return provider_for(
        settings.payments_provider,
        api_key=settings.stripe_api_key,
        api_base=settings.stripe_api_base,
    )


def fulfillment_provider(settings: Settings, storage: Storage) -> FulfillmentProvider:
    """`storage` signs the links the lab fetches the photos through."""
    if settings.fulfillment_provider == "print_lab":
        return PrintLabFulfillment(
            settings.print_lab_url or "", settings.print_webhook_secret or "", storage
        )
    return ManualFulfillment()


@lru_cache
def get_settings() -> Settings:
    return Settings()
