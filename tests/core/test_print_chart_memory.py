"""The handover's chart is kept from one report to the next, but not its drawing surfaces:
once the chart's pixels are in the PDF, no renderer it was drawn with is still alive
(each is ~5 MB; the texts drawn kept theirs, so a kept chart held one or two, issue 16)."""

from __future__ import annotations

import gc
import weakref

from progressionsdialog.reports.handover import _charts
from progressionsdialog.reports.make import make_report
from tests.core.test_handover_picture import citizen_with_meetings


def test_no_renderer_outlives_the_print_chart_s_picture(db, tmp_path, monkeypatch):
    from matplotlib.backends.backend_agg import FigureCanvasAgg

    made: list[weakref.ref] = []
    get_renderer = FigureCanvasAgg.get_renderer

    def recorded(canvas):
        renderer = get_renderer(canvas)
        made.append(weakref.ref(renderer))
        return renderer

    monkeypatch.setattr(FigureCanvasAgg, "get_renderer", recorded)
    many = citizen_with_meetings(db, "Mange Samtaler", 30)
    few = citizen_with_meetings(db, "Nguyễn Thị Lan", 3)
    for n, citizen_id in enumerate((many, few, many)):
        make_report(db, citizen_id, "handover", tmp_path / f"{n}.pdf")
    gc.collect()
    assert _charts, "the print chart is kept between reports"
    assert made, "the chart was drawn"
    assert [ref for ref in made if ref() is not None] == []
