"""Staff-only views in the admin."""

from django.contrib.auth.decorators import permission_required
from django.http import FileResponse, HttpRequest
from django.shortcuts import get_object_or_404

from core.http import no_store
from eservice.models import ApplicationUpload


@permission_required("eservice.view_applicationupload", raise_exception=True)
def open_upload(request: HttpRequest, pk: int) -> FileResponse:
    """Stream one of a citizen's uploads to a member of staff; never cached by any proxy."""
    upload = get_object_or_404(ApplicationUpload, pk=pk)
    response = FileResponse(upload.file.open("rb"), content_type=upload.content_type)
    response["Content-Disposition"] = (
        f'inline; filename="{upload.application.tracking_number}-{upload.pk}.{upload.file.name.rsplit(".", 1)[-1]}"'
    )
    response["X-Content-Type-Options"] = "nosniff"
    return no_store(response)
