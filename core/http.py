"""HTTP rules shared by every app: one way to say "never store this", and how public media
files go out."""

from django.conf import settings
from django.http import Http404, HttpRequest, HttpResponse
from django.utils.cache import add_never_cache_headers
from django.views.static import serve

# Personal or secret answers (a citizen's application, an uploaded file, a draft in preview):
# never kept by a browser, a proxy or a CDN.
NO_STORE = "no-store, no-cache, must-revalidate, private, max-age=0"


def no_store(response: HttpResponse) -> HttpResponse:
    """Mark `response` as never to be stored by any cache, and return it."""
    add_never_cache_headers(response)
    response["Cache-Control"] = NO_STORE
    return response


# The folders of MEDIA_ROOT anyone may read: Wagtail's original images and their renditions.
# Documents (MEDIA_ROOT/documents/) go out only through Wagtail's document view, which applies
# collection privacy and passwords and sends everything but PDFs and pictures as an attachment.
PUBLIC_MEDIA_FOLDERS = ("original_images/", "images/")
# Nothing a media file contains may run or load anything, even if a browser renders it as a page.
MEDIA_CSP = "default-src 'none'"


def serve_public_media(request: HttpRequest, path: str) -> HttpResponse:
    """A picture from MEDIA_ROOT (when the app serves media itself); 404 for anything else there."""
    if not path.startswith(PUBLIC_MEDIA_FOLDERS):
        raise Http404("Not a public media file")
    response = serve(request, path, document_root=settings.MEDIA_ROOT)
    response["Content-Security-Policy"] = MEDIA_CSP
    response["X-Content-Type-Options"] = "nosniff"
    return response
