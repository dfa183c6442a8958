"""Life wheel repaint during a drag: time per frame at 1920×1080, painted into a QImage.

Goal: at most 8 ms per frame. Each frame changes one area's score (as a drag does) and
repaints the whole widget with 12 areas, long names and the previous wheel's outline.

    .venv/bin/python benchmarks/wheel_paint.py [--frames 300]
"""

from __future__ import annotations

import argparse
import os
import statistics
import time

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--frames", type=int, default=300)
    args = parser.parse_args()

    from PySide6.QtGui import QImage

    from progressionsdialog.domain.life_wheel import LifeWheel
    from ui.app import make_application
    from ui.widgets.life_wheel import LifeWheelWidget

    make_application()
    names = [f"Livsområde med et langt navn {i}" for i in range(1, 13)]
    wheel = LifeWheel.from_names(names)
    previous = wheel
    for i in range(12):
        wheel = wheel.set_score(i, i % 11)
        previous = previous.set_score(i, (i + 3) % 11)
    widget = LifeWheelWidget()
    widget.resize(1920, 1080)
    image = QImage(1920, 1080, QImage.Format.Format_ARGB32_Premultiplied)
    times = []
    for frame in range(args.frames):
        wheel = wheel.set_score(frame % 12, frame % 11)
        start = time.perf_counter()
        widget.set_wheel(wheel, previous)
        widget.render(image)
        times.append((time.perf_counter() - start) * 1000)
    times.sort()
    p95 = times[int(len(times) * 0.95) - 1]
    verdict = "met" if p95 <= 8 else "NOT met"
    print(f"frames: {args.frames} at 1920x1080, 12 areas, outline, long names")
    print(
        f"per frame: median {statistics.median(times):.2f} ms, p95 {p95:.2f} ms, "
        f"max {times[-1]:.2f} ms (goal <= 8 ms: {verdict} at p95)"
    )


if __name__ == "__main__":
    main()
