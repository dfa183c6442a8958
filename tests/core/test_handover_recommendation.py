"""The handover leads with the worker's recommended next step, dated; without one it falls
back to the open step due soonest (issue 13)."""

from __future__ import annotations

from datetime import timedelta

from pypdf import PdfReader

from progressionsdialog import clock
from progressionsdialog.domain.dates import format_date
from progressionsdialog.reports.make import make_report
from progressionsdialog.storage.citizens import list_citizens
from progressionsdialog.storage.recommendations import (
    add_recommendation,
    delete_recommendation,
    recommendation_history,
)


def text_of(path) -> str:
    return " ".join(" ".join(page.extract_text() for page in PdfReader(path).pages).split())


def test_the_handover_leads_with_the_latest_recommendation_and_its_date(demo_db, tmp_path):
    hanne = next(c for c in list_citizens(demo_db) if c.name == "Hanne Bøgh")
    earlier = clock.today() - timedelta(days=40)
    add_recommendation(demo_db, hanne.id, "Mentor i tre måneder", earlier)
    latest = add_recommendation(
        demo_db, hanne.id, "Start virksomhedspraktik i ældreplejen, 12 timer om ugen"
    )
    text = text_of(make_report(demo_db, hanne.id, "handover", tmp_path / "h.pdf"))
    start = text.index("Næste skridt")
    assert text.index("Start virksomhedspraktik i ældreplejen, 12 timer om ugen") > start
    assert f"Sagsbehandlerens anbefaling, skrevet {format_date(clock.today())}." in text
    assert "Mentor i tre måneder" not in text
    assert "Det åbne skridt med den tidligste frist i planen." not in text
    assert latest is not None
    for recommendation in recommendation_history(demo_db, hanne.id):  # none left
        delete_recommendation(demo_db, recommendation.id)
    text = text_of(make_report(demo_db, hanne.id, "handover", tmp_path / "h2.pdf"))
    assert "Det åbne skridt med den tidligste frist i planen." in text  # the fall-back
    assert "Sagsbehandlerens anbefaling" not in text
