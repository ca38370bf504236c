"""The client's QR check-in calls against the training platform: the link, its file saved whole,
and the errors a counter must tell apart (unknown event, refused credentials, no platform)."""

from __future__ import annotations

import zipfile
from collections.abc import Iterator

import pytest

from balie.ports import PlatformRefusal, PlatformUnavailable
from balie.sync.auth import ClientCredentialsProvider, discover
from balie.sync.client import UitpasClient, make_session
from balie.sync.environments import training
from balie.sync.online_work import ClientOnlineWork
from balie.sync.problems import ApiError, ErrorClass, NotFound, Unauthorized
from balie.training.demo import EVENTS, ORGANIZERS
from balie.training.qr_checkin import checkin_code


def _client(platform, secret: str) -> UitpasClient:
    env = training(platform.url, platform.auth_url, platform.search_url)
    session = make_session()
    tokens = ClientCredentialsProvider(discover(session, env), platform.client_id, secret,
                                       session=session)
    return UitpasClient(env.api_url, tokens, session=session, timeout=(2.0, 10.0))


@pytest.fixture
def client(platform) -> Iterator[UitpasClient]:
    client = _client(platform, platform.client_secret)
    yield client
    client.session.close()


def test_link_and_file_of_an_event(client, tmp_path):
    link = client.qr_checkin_download_link(EVENTS["museum_today"].id)
    target = tmp_path / "qr.pdf"
    size = client.download_file(link, target)
    assert size == target.stat().st_size > 1000
    assert target.read_bytes().startswith(b"%PDF-")
    assert not list(tmp_path.glob("*.part"))


def test_zip_file_carries_the_events_code(client, tmp_path):
    link = client.qr_checkin_download_link(EVENTS["pool_today"].id, file_format="zip")
    target = tmp_path / "qr.zip"
    client.download_file(link, target)
    with zipfile.ZipFile(target) as zf:
        assert f"qr-checkin-{checkin_code(EVENTS['pool_today'].id)}.png" in zf.namelist()


def test_unknown_event_is_not_found_and_not_retried(client):
    with pytest.raises(NotFound) as info:
        client.qr_checkin_download_link("no-such-event")
    assert info.value.error_class is ErrorClass.PERMANENT
    assert info.value.user_message()


class _RevokedToken:
    """A token the platform no longer accepts (revoked behind the counter's back)."""

    def access_token(self) -> str:
        return "revoked-token"

    def invalidate(self, token: str) -> None:
        pass


def test_a_refused_token_is_an_auth_error(platform):
    client = UitpasClient(platform.url, _RevokedToken(), timeout=(2.0, 10.0))
    with pytest.raises(Unauthorized) as info:
        client.qr_checkin_download_link(EVENTS["museum_today"].id)
    assert info.value.error_class is ErrorClass.AUTH


def test_a_failed_download_leaves_no_file(client, tmp_path, platform):
    link = client.qr_checkin_download_link(EVENTS["museum_today"].id)
    target = tmp_path / "qr.pdf"
    with pytest.raises(ApiError):
        client.download_file(link.replace("hash=", "hash=0"), target)
    assert list(tmp_path.iterdir()) == []


def test_online_work_says_unavailable_or_refused_in_the_counters_terms(platform, client, tmp_path):
    work = ClientOnlineWork(client, ORGANIZERS["museum"].id)
    with pytest.raises(PlatformRefusal) as refused:
        work.qr_checkin_link("no-such-event", "pdf")
    assert refused.value.problem.message == "Deze activiteit is (nog) niet gekend bij UiTPAS."
    assert work.download_qr_checkin_codes(EVENTS["museum_today"].id, "zip",
                                          tmp_path / "a.zip") > 0
    platform.set_faults(refuse_connections=True)
    try:
        with pytest.raises(PlatformUnavailable):
            work.qr_checkin_link(EVENTS["museum_today"].id, "pdf")
    finally:
        platform.clear_faults()
