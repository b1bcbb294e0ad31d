"""Staff with an API token draft and publish notices through Wagtail's v3 snippets API,
with the admin's permissions (Editors draft, Moderators publish); every write is in the
notice's history (revisions with their user, and the admin's log)."""

import pytest
from django.contrib.auth.models import Group
from django_otp.plugins.otp_totp.models import TOTPDevice
from wagtail.models import APIToken, ModelLogEntry

from notices.models import Notice

pytestmark = pytest.mark.django_db

NOTICES = "/api/v3/snippets/notices.Notice/"


def token_for(django_user_model, username: str, group: str | None) -> str:
    user = django_user_model.objects.create_user(username=username, password="not-used-here")
    if group:
        user.groups.add(Group.objects.get(name=group))
    # Staff who must use two-factor have set it up; these tests are about permissions.
    TOTPDevice.objects.create(user=user, name="phone", confirmed=True)
    _token, plaintext = APIToken.create_token(user=user, name="front end")
    return plaintext


def bearer(token: str) -> dict:
    return {"HTTP_AUTHORIZATION": f"Bearer {token}"}


NEW_NOTICE = {
    "title": "ভূমি মেলা ২০২৬",
    "category": "news",
    "memo_number": "০৫.৫৫.৮৫০০.০০০.০৬.০০১.২৬-১২",
    "body": "<p>জেলা প্রশাসকের কার্যালয়ে ভূমি মেলা।</p>",
    "published_at": "2026-11-20T10:00:00+06:00",
}


def test_editor_drafts_a_notice_but_cannot_publish_it(client, bilingual_site, django_user_model):
    token = token_for(django_user_model, "editor", "Editors")
    created = client.post(NOTICES, NEW_NOTICE, content_type="application/json", **bearer(token))
    assert created.status_code == 201, created.content
    notice = Notice.objects.get(pk=created.json()["id"])
    assert notice.live is False and notice.title == "ভূমি মেলা ২০২৬"
    assert notice.locale.language_code == "bn"
    revision = notice.latest_revision
    assert revision is not None and revision.user.username == "editor"
    assert ModelLogEntry.objects.for_instance(notice).filter(action="wagtail.create", user__username="editor").exists()

    changed = client.patch(
        f"{NOTICES}{notice.pk}/", {"title": "ভূমি মেলা ২০২৬ (সংশোধিত)"}, content_type="application/json", **bearer(token)
    )
    assert changed.status_code == 200, changed.content
    notice.refresh_from_db()
    assert notice.revisions.count() == 2
    assert notice.get_latest_revision_as_object().title == "ভূমি মেলা ২০২৬ (সংশোধিত)"
    assert ModelLogEntry.objects.for_instance(notice).filter(action="wagtail.edit", user__username="editor").exists()

    refused = client.post(f"{NOTICES}{notice.pk}/actions/publish/", **bearer(token))
    assert refused.status_code == 403
    assert refused["Content-Type"] == "application/problem+json"
    notice.refresh_from_db()
    assert notice.live is False

    publish_on_create = client.post(
        NOTICES, {**NEW_NOTICE, "meta": {"action": "publish"}}, content_type="application/json", **bearer(token)
    )
    assert publish_on_create.status_code == 403
    assert Notice.objects.count() == 1


def test_moderator_publishes_the_draft_and_it_goes_on_the_board(client, bilingual_site, django_user_model):
    editor = token_for(django_user_model, "editor", "Editors")
    moderator = token_for(django_user_model, "moderator", "Moderators")
    created = client.post(NOTICES, NEW_NOTICE, content_type="application/json", **bearer(editor))
    pk = created.json()["id"]
    assert client.get(f"/api/v3/notices/{pk}/").status_code == 404

    published = client.post(f"{NOTICES}{pk}/actions/publish/", **bearer(moderator))
    assert published.status_code == 200, published.content
    notice = Notice.objects.get(pk=pk)
    assert notice.live is True
    assert notice.live_revision.user.username == "editor"
    assert (
        ModelLogEntry.objects.for_instance(notice).filter(action="wagtail.publish", user__username="moderator").exists()
    )
    public = client.get(f"/api/v3/notices/{pk}/")
    assert public.status_code == 200 and public.json()["title"] == NEW_NOTICE["title"]

    history = client.get(f"{NOTICES}{pk}/revisions/", **bearer(moderator))
    assert history.status_code == 200
    assert len(history.json()["items"]) >= 1


def test_writes_need_a_token_and_notice_permissions(client, bilingual_site, django_user_model):
    anonymous = client.post(NOTICES, NEW_NOTICE, content_type="application/json")
    assert anonymous.status_code == 401
    assert anonymous["Content-Type"] == "application/problem+json"
    nobody = token_for(django_user_model, "visitor", None)
    refused = client.post(NOTICES, NEW_NOTICE, content_type="application/json", **bearer(nobody))
    assert refused.status_code == 403
    front_desk = token_for(django_user_model, "desk", "Front desk")
    assert client.post(NOTICES, NEW_NOTICE, content_type="application/json", **bearer(front_desk)).status_code == 403
    assert not Notice.objects.exists()


@pytest.mark.parametrize(
    ("change", "field"),
    [
        ({"published_at": "yesterday"}, "published_at"),
        ({"category": "gossip"}, "category"),
        # Drafts may be incomplete, as in the admin; publishing needs a title.
        ({"title": "", "meta": {"action": "publish"}}, "title"),
        ({"expires_at": "2026-11-01T10:00:00+06:00"}, "expires_at"),
    ],
)
def test_bad_values_answer_field_errors_and_save_nothing(client, bilingual_site, django_user_model, change, field):
    token = token_for(django_user_model, "moderator", "Moderators")
    response = client.post(
        NOTICES, {**NEW_NOTICE, **change}, content_type="application/json", HTTP_ACCEPT_LANGUAGE="en", **bearer(token)
    )
    assert response.status_code == 422, response.content
    assert response["Content-Type"] == "application/problem+json"
    assert field in {str(part) for error in response.json()["errors"] for part in error.get("loc", [])}
    assert not Notice.objects.exists()
