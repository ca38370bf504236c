"""Plain request/response values between the HTTP server and the rule modules, so the rules stay
testable functions and only server.py knows about sockets."""

from __future__ import annotations

import json
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import parse_qs

from balie.training.problems import ApiError


@dataclass
class Request:
    method: str
    path: str
    query: dict[str, list[str]]
    headers: dict[str, str]
    body: bytes = b""
    params: dict[str, str] = field(default_factory=dict)  # from the route pattern
    subject: str = ""  # who the bearer token belongs to

    def q(self, name: str, default: str | None = None) -> str | None:
        values = self.query.get(name) or self.query.get(name + "[]")
        return values[0] if values else default

    def qlist(self, name: str) -> list[str]:
        return (self.query.get(name) or []) + (self.query.get(name + "[]") or [])

    def json(self) -> Any:
        if not self.body.strip():
            raise ApiError(400, "body/missing", "Missing body", "The request body is empty.")
        try:
            return json.loads(self.body)
        except ValueError as exc:
            raise ApiError(400, "body/invalid-syntax", "Invalid JSON", str(exc)) from None

    def form(self) -> dict[str, str]:
        return {k: v[0] for k, v in parse_qs(self.body.decode("utf-8", "replace")).items()}

    def paging(self) -> tuple[int, int]:
        try:
            start = int(self.q("start", "0") or 0)
            limit = int(self.q("limit", "20") or 20)
        except ValueError:
            raise ApiError(400, "url/query-parameter-invalid", "Invalid paging",
                           "start/limit must be integers.") from None
        if limit > 500:
            raise ApiError(400, "url/query-limit-exceeded", "Query limit exceeded",
                           f"limit {limit} is above the maximum of 500.")
        return max(start, 0), max(limit, 0)


@dataclass
class Response:
    status: int = 200
    body: bytes = b""
    content_type: str = "application/json"
    headers: dict[str, str] = field(default_factory=dict)
    stream: Iterator[bytes] | None = None


def json_response(obj: Any, status: int = 200, headers: dict[str, str] | None = None) -> Response:
    return Response(status, json.dumps(obj, ensure_ascii=False).encode("utf-8"), headers=headers or {})


def empty(status: int = 204) -> Response:
    return Response(status, b"", content_type="")


def problem(err: ApiError) -> Response:
    return Response(err.status, json.dumps(err.body(), ensure_ascii=False).encode("utf-8"),
                    "application/problem+json", dict(err.headers))


def page(items: list[Any], total: int) -> dict[str, Any]:
    return {"totalItems": total, "member": items}
