"""Client projects (a mix, a voice-over, a photo edit), their milestones and messages."""

from __future__ import annotations

from tortoise import fields

from domain.deliverable import DeliverableStatus
from domain.project import ProjectStatus, ProjectWorkflow
from models.account import User
from models.base import TimestampedModel
from models.booking import Session
from models.file import StoredFile
from models.provider import ProviderProfile, Service


class Project(TimestampedModel):
    client: fields.ForeignKeyRelation[User] = fields.ForeignKeyField(
        "models.User", related_name="projects", on_delete=fields.RESTRICT
    )
    provider: fields.ForeignKeyRelation[ProviderProfile] = fields.ForeignKeyField(
        "models.ProviderProfile", related_name="projects", on_delete=fields.RESTRICT
    )
    service: fields.ForeignKeyRelation[Service] = fields.ForeignKeyField(
        "models.Service", related_name="projects", on_delete=fields.RESTRICT
    )
    # The consultation it grew out of: the client and provider agreed on it there.
    consultation: fields.ForeignKeyNullableRelation[Session] = fields.ForeignKeyField(
        "models.Session", related_name="projects", null=True, on_delete=fields.SET_NULL
    )
    name = fields.CharField(max_length=200)
    description = fields.TextField(default="")
    genre = fields.CharField(max_length=60, default="")
    bpm = fields.SmallIntField(null=True)
    special_instructions = fields.TextField(default="")
    workflow = fields.CharEnumField(
        ProjectWorkflow, max_length=16, default=ProjectWorkflow.STANDARD
    )
    status = fields.CharEnumField(ProjectStatus, max_length=16, default=ProjectStatus.PLANNING)
    last_message_at = fields.DatetimeField(null=True)
    # The client's script (scripted workflow); holding it lets the provider download it.
    script: fields.ForeignKeyNullableRelation[StoredFile] = fields.ForeignKeyField(
        "models.StoredFile", related_name="script_of", null=True, on_delete=fields.RESTRICT
    )
    deadline = fields.DatetimeField(null=True)
    # The deadline its provider was reminded of (jobs/deadlines.py): once per deadline, so a
    # deadline moved since is reminded of again.
    deadline_reminded_for = fields.DatetimeField(null=True)
    rush = fields.BooleanField(default=False)
    # The price quoted at creation; null for projects started before quotes were recorded.
    price_amount = fields.BigIntField(null=True)
    currency = fields.CharField(max_length=3, null=True)
    # When its first payment succeeded (resolvers/project_paid.py); a refund leaves it set.
    paid_at = fields.DatetimeField(null=True)

    class Meta:
        table = "projects"
        indexes = (("client", "created_at"), ("provider", "created_at"))


class Milestone(TimestampedModel):
    project: fields.ForeignKeyRelation[Project] = fields.ForeignKeyField(
        "models.Project", related_name="milestones", on_delete=fields.CASCADE
    )
    title = fields.CharField(max_length=200)
    due_date = fields.DateField()
    done_at = fields.DatetimeField(null=True)
    # When its client was told it was reached (MILESTONE_REACHED): once, however often the
    # studio takes the step back and marks it done again.
    reached_notified_at = fields.DatetimeField(null=True)

    class Meta:
        table = "project_milestones"


class Message(TimestampedModel):
    project: fields.ForeignKeyRelation[Project] = fields.ForeignKeyField(
        "models.Project", related_name="messages", on_delete=fields.CASCADE
    )
    sender: fields.ForeignKeyRelation[User] = fields.ForeignKeyField(
        "models.User", related_name="messages", on_delete=fields.RESTRICT
    )
    body = fields.TextField()

    class Meta:
        table = "project_messages"
        indexes = (("project", "created_at"),)


class ThreadState(TimestampedModel):
    """A participant's view of a project's thread. The unread count is kept as a counter
    (raised for the others on every message, zeroed on reading) so a dashboard of many
    projects reads it with one indexed query instead of counting messages."""

    project: fields.ForeignKeyRelation[Project] = fields.ForeignKeyField(
        "models.Project", related_name="thread_states", on_delete=fields.CASCADE
    )
    user: fields.ForeignKeyRelation[User] = fields.ForeignKeyField(
        "models.User", related_name="thread_states", on_delete=fields.CASCADE
    )
    unread_count = fields.IntField(default=0)
    read_at = fields.DatetimeField(null=True)

    class Meta:
        table = "project_thread_states"
        unique_together = (("project", "user"),)


class Deliverable(TimestampedModel):
    """One handed-in version of the work; files attach to it through the upload path."""

    project: fields.ForeignKeyRelation[Project] = fields.ForeignKeyField(
        "models.Project", related_name="deliverables", on_delete=fields.CASCADE
    )
    version = fields.SmallIntField()
    notes = fields.TextField(default="")
    status = fields.CharEnumField(
        DeliverableStatus, max_length=20, default=DeliverableStatus.SUBMITTED
    )
    feedback = fields.TextField(default="")
    billable_revision = fields.BooleanField(default=False)  # asked beyond the included rounds

    class Meta:
        table = "project_deliverables"
        unique_together = (("project", "version"),)
