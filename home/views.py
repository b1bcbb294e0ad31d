from django.http import HttpResponse
from django.shortcuts import redirect
from django.urls import reverse
from django.utils.http import url_has_allowed_host_and_scheme
from django.utils.translation import get_language_from_request
from django.views.decorators.http import require_GET

from core.http_cache import CONTRAST_COOKIE, TEXT_COOKIE, TEXT_SIZES


@require_GET
def language_redirect(request):
    """`/` sends Bengali readers (the default) to /bn/ and English-preferring browsers to /en/."""
    language = get_language_from_request(request)
    return redirect(f"/{language}/")


@require_GET
def robots_txt(request):
    lines = [
        "User-agent: *",
        "Disallow: /admin/",
        "Disallow: /bn/eservice/receipt/",
        "Disallow: /en/eservice/receipt/",
        f"Sitemap: {request.build_absolute_uri(reverse('sitemap'))}",
    ]
    return HttpResponse("\n".join(lines) + "\n", content_type="text/plain; charset=utf-8")


@require_GET
def accessibility(request):
    """Remember a reader's text size or contrast choice and go back where they were.

    The answer sets a cookie, so it is never cached; the page it leads back to is the variant
    the new cookies name (core/http_cache.py)."""
    next_url = request.GET.get("next", "/")
    if not url_has_allowed_host_and_scheme(next_url, allowed_hosts={request.get_host()}):
        next_url = "/"
    response = redirect(next_url)
    one_year = 60 * 60 * 24 * 365
    if request.GET.get("text") in TEXT_SIZES:
        response.set_cookie(TEXT_COOKIE, request.GET["text"], max_age=one_year, samesite="Lax")
    if request.GET.get("contrast") in ("on", "off"):
        response.set_cookie(CONTRAST_COOKIE, request.GET["contrast"], max_age=one_year, samesite="Lax")
    return response
