"""The handover's chart goes into the PDF as plain pixels: one RGB image, compressed, with
no alpha mask and no ASCII85 text encoding (both cost time and size); and the chart kept
between reports shows each citizen's own meetings."""

from __future__ import annotations

from datetime import date, timedelta

from pypdf import PdfReader

from progressionsdialog.domain.citizen import CitizenDraft
from progressionsdialog.domain.meeting import IndicatorScore
from progressionsdialog.reports.make import make_report
from progressionsdialog.storage.citizens import add_citizen
from progressionsdialog.storage.meetings import add_meeting, save_score


def citizen_with_meetings(db, name: str, count: int) -> int:
    citizen = add_citizen(db, CitizenDraft(name=name, birth_or_cpr="01-01-1980"))
    for i in range(count):
        meeting = add_meeting(db, citizen.id, date.today() - timedelta(days=14 * (count - i)))
        save_score(db, meeting, IndicatorScore("motivation", 1 + i % 10, 1 + (i + 3) % 10))
    return citizen.id


def images(path):
    found = []
    for page in PdfReader(path).pages:
        xobjects = page["/Resources"].get("/XObject") or {}
        for ref in xobjects.values():
            image = ref.get_object()
            if image["/Subtype"] == "/Image":
                found.append(image)
    return found


def test_the_chart_is_one_rgb_image_without_mask_or_ascii85(db, tmp_path):
    citizen_id = citizen_with_meetings(db, "Mange Samtaler", 30)
    out = make_report(db, citizen_id, "handover", tmp_path / "handover.pdf")
    (image,) = images(out)
    assert image["/ColorSpace"] == "/DeviceRGB"
    assert list(image["/Filter"]) == ["/FlateDecode"]
    assert "/SMask" not in image and "/Mask" not in image
    assert image["/Width"] == 8 * 170
    assert b"ASCII85Decode" not in out.read_bytes()


def test_each_report_draws_its_own_citizen(db, tmp_path):
    first = citizen_with_meetings(db, "Mange Samtaler", 30)
    second = citizen_with_meetings(db, "Få Samtaler", 2)
    pictures = []
    for n, citizen_id in enumerate((first, second, first)):
        out = make_report(db, citizen_id, "handover", tmp_path / f"{n}.pdf")
        (image,) = images(out)
        pictures.append(image.get_data())
    assert pictures[0] == pictures[2]
    assert pictures[0] != pictures[1]
