"""Mail rendered from jinja2 templates: one brand layout, a text and an HTML part per kind."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from functools import cache

from jinja2 import Environment, PackageLoader, StrictUndefined, select_autoescape

SUBJECT_CHARS = 300


@dataclass(frozen=True, slots=True)
class RenderedMail:
    subject: str
    text: str
    html: str


@cache
def _environment() -> Environment:
    return Environment(
        loader=PackageLoader("integrations.email", "templates"),
        # User text (names, feedback, reasons) lands in the HTML part: escaped there, and
        # left as typed in the text part, where nothing interprets it.
        autoescape=select_autoescape(enabled_extensions=("html",), default_for_string=False),
        # A variable a template names but the caller forgot is a bug, not an empty string.
        undefined=StrictUndefined,
        # Templates ship with the code: no need to stat four files on every milestone.
        auto_reload=False,
        keep_trailing_newline=True,
    )


def render_mail(kind: str, context: Mapping[str, object]) -> RenderedMail:
    """The text template sets `subject`; the HTML one is given it for its title."""
    environment = _environment()
    name = kind.lower()
    text = environment.get_template(f"{name}.txt").make_module(dict(context))
    # Names and titles are user text: a line break in a header would end the header.
    subject = " ".join(str(text.subject).split())[:SUBJECT_CHARS]
    html = environment.get_template(f"{name}.html").render({**context, "subject": subject})
    return RenderedMail(subject=subject, text=str(text), html=html)
