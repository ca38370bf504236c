"""Problem+json answers become typed errors the worker can act on and the cashier can read."""

from __future__ import annotations

import json

from balie.sync.problems import (
    ErrorClass,
    Forbidden,
    NotFound,
    PlatformProblem,
    ProblemType,
    RateLimited,
    Refused,
    ServerError,
    Unauthorized,
    is_type,
    problem_from_answer,
)


def _answer(status: int, body: dict | str | bytes, retry_after: str | None = None) -> PlatformProblem:
    raw = body if isinstance(body, bytes) else (body if isinstance(body, str) else json.dumps(body)).encode()
    return problem_from_answer(status, raw, "application/problem+json", retry_after)


def test_end_user_message_reaches_the_cashier_unchanged_in_dutch_and_french():
    err = _answer(400, {
        "type": "https://api.publiq.be/probs/uitpas/social-tariff-expired", "title": "Social tariff expired",
        "status": 400, "detail": "dev text",
        "endUserMessage": {"nl": "Je kansentarief is verlopen.", "fr": "Ton tarif social a expiré."},
    })
    assert isinstance(err, Refused)
    assert err.error_class is ErrorClass.PERMANENT
    assert err.user_message() == "Je kansentarief is verlopen."
    assert err.user_message("fr") == "Ton tarif social a expiré."
    assert err.user_message("en") == "Je kansentarief is verlopen."
    assert err.is_type(ProblemType.SOCIAL_TARIFF_EXPIRED)
    assert err.detail == "dev text" and err.status == 400


def test_both_spellings_of_invalid_uitpas_number_are_the_same_problem():
    a = _answer(400, {"type": "https://api.publiq.be/probs/uitpas/invalid-uitpasnumber", "status": 400})
    b = _answer(400, {"type": "https://api.publiq.be/probs/uitpas/invalid-uitpas-number", "status": 400})
    assert a.type == b.type == ProblemType.INVALID_UITPAS_NUMBER
    assert is_type("https://api.publiq.be/probs/uitpas/invalid-uitpasnumber", ProblemType.INVALID_UITPAS_NUMBER)


def test_type_is_compared_as_full_uri_not_last_segment():
    assert not is_type("https://example.org/probs/uitpas/pass-not-found", ProblemType.PASS_NOT_FOUND)
    assert is_type("https://api.publiq.be/probs/uitpas/pass-not-found", ProblemType.PASS_NOT_FOUND)


def test_rate_limit_is_retryable_with_retry_after_seconds():
    err = _answer(429, {"type": "https://api.publiq.be/probs/uitpas/rate-limited", "status": 429}, retry_after="7")
    assert isinstance(err, RateLimited)
    assert err.error_class is ErrorClass.RETRYABLE
    assert err.retry_after == 7.0
    assert "te veel" in err.user_message()


def test_server_error_without_json_is_retryable_platform_down_in_dutch():
    err = _answer(503, b"<html>Service Unavailable</html>")
    assert isinstance(err, ServerError)
    assert err.error_class is ErrorClass.RETRYABLE
    assert err.type == "about:blank"
    assert "storing" in err.user_message()


def test_unauthorized_asks_for_sign_in_and_forbidden_explains_permission():
    u = _answer(401, {"type": "https://api.publiq.be/probs/auth/unauthorized", "status": 401})
    f = _answer(403, {"type": "https://api.publiq.be/probs/auth/forbidden", "status": 403,
                      "detail": "user must be admin of organiser"})
    assert isinstance(u, Unauthorized) and u.error_class is ErrorClass.AUTH
    assert "aanmelding" in u.user_message().lower()
    assert isinstance(f, Forbidden) and f.error_class is ErrorClass.PERMANENT
    assert "toestemming" in f.user_message()


def test_not_found_keeps_extensions_for_the_screen():
    err = _answer(400, {"type": "https://api.publiq.be/probs/uitpas/invalid-card-status", "status": 400,
                        "cardStatus": "BLOCKED", "passholderId": "p-1", "groupPass": False})
    assert err.extensions["cardStatus"] == "BLOCKED"
    problem = err.to_problem()
    assert problem.platform_type == ProblemType.INVALID_CARD_STATUS
    assert problem.extras["cardStatus"] == "BLOCKED"
    assert problem.code == "uitpas/invalid-card-status"
    nf = _answer(404, {"type": "https://api.publiq.be/probs/uitpas/pass-not-found", "status": 404})
    assert isinstance(nf, NotFound)


def test_corrupt_problem_body_still_gives_a_typed_error():
    err = _answer(400, b"{not json")
    assert isinstance(err, Refused)
    assert err.status == 400
    assert err.user_message()


def test_status_given_as_string_in_body_does_not_break_parsing():
    err = _answer(404, {"type": "https://api.publiq.be/probs/uitpas/event-not-found", "status": "404"})
    assert err.status == 404 and err.is_type(ProblemType.EVENT_NOT_FOUND)


def test_a_cut_off_refusal_reads_as_dutch_with_the_status_and_keeps_the_raw_answer():
    cut = b'{"type": "https://api.publiq.be/probs/uitpas/social-tariff-expired", "title": "Soc'
    err = _answer(400, cut)
    assert isinstance(err, Refused) and err.error_class is ErrorClass.PERMANENT
    text = str(err)
    assert "HTTP 400 (Bad Request)" in text and "zonder leesbare uitleg" in text
    assert "about:blank:" not in text
    assert err.raw_body == cut.decode()
    assert cut.decode() in text  # what support needs to see what came back


def test_an_empty_refusal_says_the_answer_was_empty():
    err = problem_from_answer(409, b"", "text/plain")
    assert str(err) == "UiTPAS antwoordde HTTP 409 (Conflict) zonder leesbare uitleg. Het antwoord was leeg."


def test_a_huge_unreadable_answer_is_kept_only_in_part():
    err = problem_from_answer(400, b"<html>" + b"x" * 100_000, "text/html")
    assert len(err.raw_body) == 1000 and len(str(err)) < 1200
