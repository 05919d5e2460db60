"""A client's dashboard: the GraphQL query, and the same JSON from one hand-written query.

The dashboard is what a client's home page asks for: their upcoming sessions with provider
and service, their projects with status, unread messages, latest version handed in, the next
session and who works on it, and their newest notifications with the unread count. It touches
the pagination of three lists and seven loaders.

`FLOOR` builds the identical `data` object inside PostgreSQL (json_build_object/json_agg, one
round trip): what the dashboard would cost with no API server at all. bench/load.py checks
that both return equal JSON before timing either. `floor_app` serves the same query over
HTTP (no GraphQL, no authentication, no middleware): what one round trip through a web
server adds to it.
"""

from __future__ import annotations

import json
from datetime import datetime
from typing import Any
from uuid import UUID

import asyncpg
from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import Response
from starlette.routing import Route

PAGE = 5
QUERY = f"""
query Dashboard($from: DateTime!) {{
  me {{
    firstName
    projects(first: {PAGE}) {{ edges {{ node {{
      id name status lastMessageAt unreadMessages
      latestDeliverable {{ version status createdAt }}
      nextSession {{ start }}
      provider {{ displayName }}
      service {{ name }}
    }} }} }}
  }}
  mySessions(first: {PAGE}, from: $from) {{ edges {{ node {{
    id start end status
    rateAtBooking {{ amount currency }}
    service {{ name }}
    provider {{ displayName }}
  }} }} }}
  myNotifications(first: {PAGE}) {{
    unreadCount
    edges {{ node {{ id kind title createdAt readAt }} }}
  }}
}}"""


def _gid(type_name: str, column: str) -> str:
    """Strawberry's global ID: base64 of "Type:id" (short enough for one base64 line)."""
    return f"encode(convert_to('{type_name}:' || {column}::text, 'UTF8'), 'base64')"


def _iso(column: str) -> str:
    """Python's isoformat of a UTC datetime: microseconds only when there are some."""
    utc = f"({column} AT TIME ZONE 'UTC')"
    return (
        f"CASE WHEN {column} IS NULL THEN NULL ELSE to_char({utc}, 'YYYY-MM-DD\"T\"HH24:MI:SS')"
        f" || CASE WHEN extract(microseconds FROM {utc})::int % 1000000 = 0 THEN ''"
        f" ELSE to_char({utc}, '.US') END || '+00:00' END"
    )


# $1: the client's user id; $2: sessions from this instant on. Each list is ordered and
# limited as the API pages it (created_at or start_at, then id). Built from constants only.
FLOOR = f"""
SELECT json_build_object(
  'me', (SELECT json_build_object(
    'firstName', u.first_name,
    'projects', json_build_object('edges', (
      SELECT coalesce(json_agg(json_build_object('node', json_build_object(
        'id', {_gid("Project", "p.id")},
        'name', p.name,
        'status', p.status,
        'lastMessageAt', {_iso("p.last_message_at")},
        'unreadMessages', coalesce((SELECT t.unread_count FROM project_thread_states t
                                    WHERE t.project_id = p.id AND t.user_id = $1), 0),
        'latestDeliverable', (SELECT json_build_object('version', d.version,
                                'status', d.status, 'createdAt', {_iso("d.created_at")})
                              FROM project_deliverables d WHERE d.project_id = p.id
                              ORDER BY d.version DESC LIMIT 1),
        'nextSession', (SELECT json_build_object('start', {_iso("s.start_at")})
                        FROM sessions s
                        WHERE s.client_id = p.client_id AND s.provider_id = p.provider_id
                          AND s.status IN ('REQUESTED', 'CONFIRMED', 'IN_PROGRESS')
                          AND s.end_at >= now()
                        ORDER BY s.start_at LIMIT 1),
        'provider', (SELECT json_build_object('displayName', pp.display_name)
                     FROM provider_profiles pp WHERE pp.id = p.provider_id),
        'service', (SELECT json_build_object('name', sv.name)
                    FROM services sv WHERE sv.id = p.service_id)
      )) ORDER BY p.created_at, p.id), '[]'::json)
      FROM (SELECT * FROM projects p
            WHERE p.client_id = $1
               OR p.provider_id IN (SELECT id FROM provider_profiles WHERE user_id = $1)
            ORDER BY p.created_at, p.id LIMIT {PAGE}) p))
  ) FROM users u WHERE u.id = $1),
  'mySessions', json_build_object('edges', (
    SELECT coalesce(json_agg(json_build_object('node', json_build_object(
      'id', {_gid("Session", "s.id")},
      'start', {_iso("s.start_at")},
      'end', {_iso("s.end_at")},
      'status', s.status,
      'rateAtBooking', json_build_object('amount', s.price_amount - s.extra_amount,
                                       'currency', s.currency),
      'service', (SELECT json_build_object('name', sv.name)
                  FROM services sv WHERE sv.id = s.service_id),
      'provider', (SELECT json_build_object('displayName', pp.display_name)
                   FROM provider_profiles pp WHERE pp.id = s.provider_id)
    )) ORDER BY s.start_at, s.id), '[]'::json)
    FROM (SELECT * FROM sessions s
          WHERE (s.client_id = $1
                 OR s.provider_id IN (SELECT id FROM provider_profiles WHERE user_id = $1))
            AND s.start_at >= $2
          ORDER BY s.start_at, s.id LIMIT {PAGE}) s)),
  'myNotifications', json_build_object(
    'unreadCount', (SELECT count(*) FROM notifications n
                    WHERE n.recipient_id = $1 AND n.read_at IS NULL),
    'edges', (
      SELECT coalesce(json_agg(json_build_object('node', json_build_object(
        'id', {_gid("Notification", "n.id")},
        'kind', n.kind,
        'title', n.title,
        'createdAt', {_iso("n.created_at")},
        'readAt', {_iso("n.read_at")}
      )) ORDER BY n.created_at DESC, n.id DESC), '[]'::json)
      FROM (SELECT * FROM notifications n WHERE n.recipient_id = $1
            ORDER BY n.created_at DESC, n.id DESC LIMIT {PAGE}) n))
)::text
"""  # noqa: S608


async def floor(connection: asyncpg.Connection, user_id: UUID, start: datetime) -> str:
    """The dashboard's `data` as JSON text, built by PostgreSQL."""
    return await connection.fetchval(FLOOR, user_id, start)


def same_data(graphql_body: bytes, floor_json: str) -> tuple[bool, Any]:
    """Whether the API's answer carries exactly the floor's data; the answer's `data`."""
    data = json.loads(graphql_body).get("data")
    return data == json.loads(floor_json), data


def floor_app(pool: asyncpg.Pool) -> Starlette:
    """POST /floor {"user": id, "from": instant}: the floor's JSON as a GraphQL answer."""

    async def answer(request: Request) -> Response:
        asked = await request.json()
        async with pool.acquire() as db:
            data = await floor(db, UUID(asked["user"]), datetime.fromisoformat(asked["from"]))
        return Response(b'{"data":' + data.encode() + b"}", media_type="application/json")

    return Starlette(routes=[Route("/floor", answer, methods=["POST"])])
