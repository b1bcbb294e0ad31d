"""Staff find applications by the applicant's name, guardian's name or address, in Bengali typed
any way (NFC or decomposed, Bengali or ASCII digits), besides tracking number and mobile."""

import unicodedata

import pytest
from django.urls import reverse

from eservice.models import Application
from tests.eservice.factories import make_application

pytestmark = pytest.mark.django_db
INDEX = "eservice_applications:index"


def listed(response) -> set[str]:
    assert response.status_code == 200
    content = response.content.decode()
    return {number for number in Application.objects.values_list("tracking_number", flat=True) if number in content}


@pytest.fixture
def applications(centre):
    rahima = make_application(centre.plain)  # মোছাঃ রহিমা বেগম, মোঃ করিম উদ্দিন, পায়রাবন্দ, মিঠাপুকুর
    jorina = make_application(
        centre.plain,
        data={
            "applicant_name": "জরিনা খাতুন",
            "guardian_name": "আব্দুল কুদ্দুস",
            "mobile": "01898765432",
            "address": "বাড়ি ৭৭, রোড ৩, কাউনিয়া, রংপুর",
        },
    )
    selim = make_application(
        centre.plain,
        data={"applicant_name": "Selim Reza", "guardian_name": "Abdur Rahman", "address": "House 45, Pirgachha"},
    )
    return rahima, jorina, selim


def search(client, query: str) -> set[str]:
    return listed(client.get(reverse(INDEX), {"q": query}))


def test_by_applicant_name(officer_client, applications):
    rahima, jorina, selim = applications
    assert search(officer_client, "রহিমা") == {rahima.tracking_number}
    assert search(officer_client, "জরিনা খাতুন") == {jorina.tracking_number}
    assert search(officer_client, "selim") == {selim.tracking_number}


def test_by_guardian_name(officer_client, applications):
    rahima, jorina, selim = applications
    assert search(officer_client, "করিম") == {rahima.tracking_number}
    assert search(officer_client, "কুদ্দুস") == {jorina.tracking_number}
    assert search(officer_client, "RAHMAN") == {selim.tracking_number}


def test_by_address(officer_client, applications):
    rahima, jorina, selim = applications
    assert search(officer_client, "পায়রাবন্দ") == {rahima.tracking_number}
    assert search(officer_client, "রংপুর") == {rahima.tracking_number, jorina.tracking_number}
    # Every word must match, in any of the three fields.
    assert search(officer_client, "জরিনা রংপুর") == {jorina.tracking_number}
    assert search(officer_client, "রহিমা কাউনিয়া") == set()


def test_decomposed_and_precomposed_letters_find_the_stored_text(officer_client, applications):
    rahima, jorina, _selim = applications
    decomposed = unicodedata.normalize("NFD", "মোছাঃ রহিমা")
    assert decomposed != "মোছাঃ রহিমা"
    assert search(officer_client, decomposed) == {rahima.tracking_number}
    # "য়" typed as the one code point U+09DF; stored (NFC) as য + ়.
    assert search(officer_client, "কাউনি\u09dfা") == {jorina.tracking_number}
    assert search(officer_client, "পা\u09dfরাবন্দ") == {rahima.tracking_number}


def test_digits_are_found_in_either_script(officer_client, applications):
    _rahima, jorina, selim = applications
    assert search(officer_client, "বাড়ি 77") == {jorina.tracking_number}
    # 77: no tracking number (RNG-YYYYMMDD-NNNN) can hold it, whatever the date
    assert search(officer_client, "৭৭") == {jorina.tracking_number}
    assert search(officer_client, "House ৪৫") == {selim.tracking_number}


def test_tracking_number_and_mobile_still_work(officer_client, applications):
    _rahima, jorina, _selim = applications
    assert search(officer_client, jorina.tracking_number.lower()) == {jorina.tracking_number}
    assert search(officer_client, "০১৮৯৮৭৬৫৪৩২") == {jorina.tracking_number}


def test_single_letters_match_nothing_by_themselves(officer_client, applications):
    # One letter is in nearly every name: it would list everyone, so it is not searched as text.
    assert search(officer_client, "র") == set()


def test_only_staff_with_permission_can_search(client, applications, django_user_model):
    editor = django_user_model.objects.create_user("editor", password="pw")
    client.force_login(editor)
    response = client.get(reverse(INDEX), {"q": "রহিমা"})
    assert response.status_code in (302, 403)
    assert "রহিমা" not in response.content.decode()


def test_an_inflected_word_finds_its_base_form(officer_client, applications):
    rahima, jorina, _selim = applications
    assert search(officer_client, "রংপুরের") == {rahima.tracking_number, jorina.tracking_number}
    assert search(officer_client, "কাউনিয়ায়") == {jorina.tracking_number}
    assert search(officer_client, "রহিমার") == {rahima.tracking_number}
    # A stem is still a whole word of the query: "রংপুরের জরিনা" needs both.
    assert search(officer_client, "রংপুরের জরিনাকে") == {jorina.tracking_number}
