"""Inputs of the project mutations: starting one, moving it, its thread, versions and timeline."""

from __future__ import annotations

import datetime as dt

import strawberry
from strawberry import relay

from schema.project import ProjectStatus


@strawberry.input(description="A step of the timeline.")
class MilestoneInput:
    title: str
    due_date: dt.date


@strawberry.input(description="Start a project from a consultation session.")
class CreateProjectInput:
    consultation_id: relay.GlobalID = strawberry.field(
        description="A session booked with you; its client becomes the project's client."
    )
    service_id: relay.GlobalID
    name: str
    description: str = ""
    genre: str = ""
    bpm: int | None = None
    special_instructions: str = ""
    timeline: list[MilestoneInput] = strawberry.field(default_factory=list)
    requires_script: bool = strawberry.field(
        default=False,
        description="The client hands in a script first: the SCRIPTED workflow.",
    )
    deadline: dt.datetime | None = strawberry.field(
        default=None,
        description="When the client needs it (with UTC offset); one under 7 days away "
        "raises the price by 25%, under 48 hours by 50%.",
    )
    rush: bool = strawberry.field(
        default=False, description="Jump the queue: at least 50% on top of the base price."
    )


@strawberry.input(description="Mark a step of a project's timeline done, or not done.")
class UpdateMilestoneInput:
    id: relay.GlobalID
    done: bool = strawberry.field(description="False takes a step marked done back.")


@strawberry.input(description="Move a project to another status.")
class UpdateProjectStatusInput:
    id: relay.GlobalID
    status: ProjectStatus  # type: ignore[valid-type]


@strawberry.input(description="Write in a project's thread.")
class SendMessageInput:
    project_id: relay.GlobalID
    body: str = strawberry.field(description="May be empty when files are attached.")
    attachment_ids: list[relay.GlobalID] = strawberry.field(
        default_factory=list,
        description="Files you uploaded (audio, images, PDFs; kinds ATTACHMENT or "
        "REFERENCE_TRACK), at most 10, not shared anywhere yet.",
    )


@strawberry.input(description="Mark a project's thread as read.")
class MarkProjectReadInput:
    project_id: relay.GlobalID


@strawberry.input(description="Hand in (or, before production, replace) a project's script.")
class SubmitScriptInput:
    project_id: relay.GlobalID
    file_id: relay.GlobalID = strawberry.field(
        description="A SCRIPT file you uploaded with uploadFile or completeUpload."
    )


@strawberry.input(description="Hand in a new version of the work.")
class SubmitDeliverableInput:
    project_id: relay.GlobalID
    notes: str = ""
    file_ids: list[relay.GlobalID] = strawberry.field(
        default_factory=list,
        description="Files you uploaded (kinds DELIVERABLE or ATTACHMENT), at most 20, not "
        "shared anywhere yet.",
    )


@strawberry.input(description="Accept a version: the project is done.")
class ApproveDeliverableInput:
    id: relay.GlobalID


@strawberry.input(description="Ask for changes to a version.")
class RequestRevisionInput:
    id: relay.GlobalID
    feedback: str


@strawberry.input(description="Pay your own project at its quoted price.")
class PayProjectInput:
    project_id: relay.GlobalID = strawberry.field(description="The project paid for.")
