"""Tortoise models; `MODEL_MODULES` is what the ORM and aerich load."""

MODEL_MODULES = [
    "models.account",
    "models.provider",
    "models.availability",
    "models.booking",
    "models.waitlist",
    "models.photography",
    "models.project",
    "models.attachment",
    "models.aftercare",
    "models.consultation",
    "models.file",
    "models.sample_mix",
    "models.gallery",
    "models.notification",
    "models.review",
    "models.outbox",
    "models.shop",
    "models.webhook",
]
