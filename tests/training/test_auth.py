"""Both token flows, discovery, refresh rotation and 401 behaviour, over real HTTP."""

from __future__ import annotations

import base64
import hashlib
import re
import secrets
from urllib.parse import parse_qs, urlsplit

import requests

from balie.training import TrainingPlatform
from balie.training.demo import PASSES
from tests.training.conftest import problem_type


def _pass(platform: TrainingPlatform, token: str | None) -> requests.Response:
    headers = {"Authorization": f"Bearer {token}"} if token else {}
    return requests.get(platform.url + "/passes", params={"identifier": PASSES["regular"].uitpas_number},
                        headers=headers, timeout=10)


def _login(platform: TrainingPlatform, verifier: str, user: str = "kassa", password: str = "training",
           redirect: str = "http://127.0.0.1:53682/callback") -> requests.Response:
    challenge = base64.urlsafe_b64encode(hashlib.sha256(verifier.encode()).digest()).rstrip(b"=").decode()
    params = {"response_type": "code", "client_id": platform.public_client_id, "redirect_uri": redirect,
              "scope": "openid email offline_access", "state": "xyz", "code_challenge": challenge,
              "code_challenge_method": "S256"}
    auth = platform.url + "/realms/uitid/protocol/openid-connect/auth"
    page = requests.get(auth, params=params, timeout=10)
    assert page.status_code == 200 and "<form" in page.text and "Aanmelden" in page.text
    hidden = dict(re.findall(r'name="(\w+)" value="([^"]*)"', page.text))
    return requests.post(auth, data={**hidden, "username": user, "password": password},
                         allow_redirects=False, timeout=10)


def test_call_without_token_is_401_problem(platform: TrainingPlatform) -> None:
    response = _pass(platform, None)
    assert response.status_code == 401
    assert problem_type(response) == "auth/unauthorized"
    assert response.headers["X-Balie-Training"] == "1"


def test_call_with_unknown_token_is_401(platform: TrainingPlatform) -> None:
    assert _pass(platform, "not-a-real-token").status_code == 401


def test_discovery_is_served_at_both_addresses_and_names_endpoints(platform: TrainingPlatform) -> None:
    for path in ("/realms/uitid/.well-known/openid-configuration", "/.well-known/openid-configuration"):
        doc = requests.get(platform.url + path, timeout=10).json()
        assert doc["token_endpoint"] == platform.token_url
        assert doc["authorization_endpoint"] == platform.url + "/realms/uitid/protocol/openid-connect/auth"
        assert doc["code_challenge_methods_supported"] == ["S256"]
        assert {"authorization_code", "client_credentials", "refresh_token"} <= set(doc["grant_types_supported"])
        assert doc["userinfo_endpoint"] and doc["end_session_endpoint"] and doc["issuer"]


def test_client_credentials_token_opens_the_api(platform: TrainingPlatform, platform_token: str) -> None:
    assert _pass(platform, platform_token).status_code == 200


def test_client_credentials_accepts_http_basic(platform: TrainingPlatform) -> None:
    response = requests.post(platform.token_url, data={"grant_type": "client_credentials"},
                             auth=(platform.client_id, platform.client_secret), timeout=10)
    assert response.status_code == 200 and response.json()["token_type"] == "Bearer"


def test_wrong_client_secret_is_an_oauth_error(platform: TrainingPlatform) -> None:
    response = requests.post(platform.token_url, data={"grant_type": "client_credentials",
                                                       "client_id": platform.client_id, "client_secret": "nope"},
                             timeout=10)
    assert response.status_code == 401 and response.json()["error"] == "invalid_client"


def test_authorization_code_with_pkce_gives_tokens_for_the_employee(platform: TrainingPlatform) -> None:
    verifier = secrets.token_urlsafe(48)
    redirect = _login(platform, verifier)
    assert redirect.status_code == 302
    location = urlsplit(redirect.headers["Location"])
    assert location.netloc == "127.0.0.1:53682"
    query = parse_qs(location.query)
    assert query["state"] == ["xyz"]
    tokens = requests.post(platform.token_url, data={
        "grant_type": "authorization_code", "client_id": platform.public_client_id, "code": query["code"][0],
        "code_verifier": verifier, "redirect_uri": "http://127.0.0.1:53682/callback"}, timeout=10).json()
    assert {"access_token", "refresh_token", "id_token", "expires_in"} <= set(tokens)
    assert _pass(platform, tokens["access_token"]).status_code == 200
    me = requests.get(platform.url + "/realms/uitid/protocol/openid-connect/userinfo",
                      headers={"Authorization": f"Bearer {tokens['access_token']}"}, timeout=10).json()
    assert me["given_name"] == "Kassa Oefenbalie"


def test_wrong_pkce_verifier_is_refused(platform: TrainingPlatform) -> None:
    redirect = _login(platform, secrets.token_urlsafe(48))
    code = parse_qs(urlsplit(redirect.headers["Location"]).query)["code"][0]
    response = requests.post(platform.token_url, data={
        "grant_type": "authorization_code", "client_id": platform.public_client_id, "code": code,
        "code_verifier": "wrong-verifier"}, timeout=10)
    assert response.status_code == 400 and response.json()["error"] == "invalid_grant"


def test_wrong_password_shows_the_login_page_again_in_dutch(platform: TrainingPlatform) -> None:
    response = _login(platform, secrets.token_urlsafe(48), password="fout")
    assert response.status_code == 200 and "klopt niet" in response.text


def test_refresh_rotates_and_the_old_refresh_token_dies(platform: TrainingPlatform) -> None:
    verifier = secrets.token_urlsafe(48)
    code = parse_qs(urlsplit(_login(platform, verifier).headers["Location"]).query)["code"][0]
    first = requests.post(platform.token_url, data={
        "grant_type": "authorization_code", "client_id": platform.public_client_id, "code": code,
        "code_verifier": verifier}, timeout=10).json()
    second = requests.post(platform.token_url, data={"grant_type": "refresh_token", "client_id":
                           platform.public_client_id, "refresh_token": first["refresh_token"]}, timeout=10)
    assert second.status_code == 200 and second.json()["refresh_token"] != first["refresh_token"]
    again = requests.post(platform.token_url, data={"grant_type": "refresh_token", "client_id":
                          platform.public_client_id, "refresh_token": first["refresh_token"]}, timeout=10)
    assert again.status_code == 400 and again.json()["error"] == "invalid_grant"


def test_expire_tokens_makes_access_tokens_fail_but_refresh_still_works(platform: TrainingPlatform) -> None:
    verifier = secrets.token_urlsafe(48)
    code = parse_qs(urlsplit(_login(platform, verifier).headers["Location"]).query)["code"][0]
    tokens = requests.post(platform.token_url, data={
        "grant_type": "authorization_code", "client_id": platform.public_client_id, "code": code,
        "code_verifier": verifier}, timeout=10).json()
    platform.expire_tokens()
    assert _pass(platform, tokens["access_token"]).status_code == 401
    fresh = requests.post(platform.token_url, data={"grant_type": "refresh_token", "client_id":
                          platform.public_client_id, "refresh_token": tokens["refresh_token"]}, timeout=10).json()
    assert _pass(platform, fresh["access_token"]).status_code == 200


def test_short_token_lifetime_expires_by_itself(platform: TrainingPlatform) -> None:
    platform.set_token_lifetime(0)
    token = requests.post(platform.token_url, data={"grant_type": "client_credentials", "client_id":
                          platform.client_id, "client_secret": platform.client_secret}, timeout=10).json()
    assert token["expires_in"] == 0
    assert _pass(platform, token["access_token"]).status_code == 401


def test_login_refuses_redirects_outside_loopback(platform: TrainingPlatform) -> None:
    response = requests.get(platform.url + "/realms/uitid/protocol/openid-connect/auth", params={
        "response_type": "code", "client_id": platform.public_client_id, "redirect_uri": "https://evil.example/cb",
        "code_challenge": "x", "code_challenge_method": "S256"}, timeout=10)
    assert response.status_code == 400 and "<form" not in response.text
