"""Text of the project results page (issue 19 §7); its targets are the project's own
(results.targets), its figures are measured from the demo's sample content."""

from __future__ import annotations

from portal.bilingual import PageText, Text

RESULTS = PageText(
    key="results",
    title=Text("Proje sonuçları", "Project results"),
    slug=Text("proje-sonuclari", "project-results"),
    intro=Text(
        tr=(
            "Projenin söz verdiği hedefler ve portalın yayımlanmış verilerinin bugün bunlar "
            "hakkında söyledikleri: incelenen planlar, raporlar, eğitimler ve toplantılar."
        ),
        en=(
            "The targets the project promised and what the portal's published data says of "
            "them today: plans examined, reports, training and meetings."
        ),
    ),
)
