"""Screenshots of the life wheel: 3, 8 and 12 areas, an outline, long and Arabic names.

xvfb-run -s "-screen 0 1400x900x24" .venv/bin/python scripts/wheel_screenshots.py OUTDIR
"""

from __future__ import annotations

import sys
from pathlib import Path

from progressionsdialog.domain.life_wheel import AreaStatus, LifeWheel
from ui.app import make_application
from ui.widgets.life_wheel import LifeWheelWidget

CASES = {
    "wheel-3": ["Familie", "Job", "Helbred"],
    "wheel-8": ["Familie", "Hjem", "Netværk", "Job", "Helbred", "Økonomi", "Fritid", "Uddannelse"],
    "wheel-12": [f"Område {i}" for i in range(1, 13)],
    "wheel-long-arabic": [
        "Forholdet til mine børn og deres far",
        "العائلة",
        "الصحة النفسية والجسدية",
        "Job",
        "Økonomi og gæld til det offentlige",
        "Netværk",
    ],
}


def main(out: Path) -> None:
    out.mkdir(parents=True, exist_ok=True)
    app = make_application()
    for name, areas in CASES.items():
        wheel = LifeWheel.from_names(areas)
        previous = wheel
        for i in range(len(areas)):
            wheel = wheel.set_score(i, (3 + 2 * i) % 11)
            previous = previous.set_score(i, (1 + i) % 9)
        wheel = wheel.set_status(1, AreaStatus.WANTS_CHANGE, "Mere tid sammen")
        wheel = wheel.set_status(0, AreaStatus.WORKS_WELL)
        for size, suffix in (((900, 640), ""), ((600, 420), "-600")):
            widget = LifeWheelWidget()
            widget.resize(*size)
            widget.set_wheel(wheel, previous if name != "wheel-3" else None)
            widget.show()
            widget.setFocus()
            app.processEvents()
            widget.grab().save(str(out / f"{name}{suffix}.png"))
            widget.close()


if __name__ == "__main__":
    main(Path(sys.argv[1] if len(sys.argv) > 1 else "screenshots"))
