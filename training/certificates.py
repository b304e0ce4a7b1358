"""The certificate of participation: an A4 landscape PDF made by WeasyPrint, never cached."""

from __future__ import annotations

from django.http import HttpRequest, HttpResponse
from django.template.loader import render_to_string

from portal.pdf import html_to_pdf, pdf_response

from .models import Enrollment, TrainingProgrammePage


def certificate_response(
    request: HttpRequest, programme: TrainingProgrammePage, enrollment: Enrollment
) -> HttpResponse:
    """The PDF certificate of `enrollment` for `programme` (in the visitor's language)."""
    html = render_to_string(
        "training/certificate.html",
        {"programme": programme, "enrollment": enrollment, "page": programme},
        request=request,
    )
    response = pdf_response(
        html_to_pdf(html, request), f"sertifika-{enrollment.certificate_number}.pdf"
    )
    response["Cache-Control"] = "private, no-store"
    return response
