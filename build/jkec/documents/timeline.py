"""The timeline figure: the dated events of the dispute by event type, and the trade measures as spans from entry
into force to removal, drawn from the `events` and `measures` tables. It starts with the year of the first article
or measure (earlier, background events are counted, not drawn). PNG and SVG, byte-identical on every build."""

from __future__ import annotations

import datetime as dt
import io
from pathlib import Path

import matplotlib
from matplotlib import dates as mdates
from matplotlib.axes import Axes
from matplotlib.figure import Figure
from matplotlib.lines import Line2D

from jkec.query.views import connect_tables, run_query
from jkec.tables.schema import TableSchema

COUNTRY_COLOURS = {"JPN": "#c0392b", "KOR": "#1f5fa8"}
OTHER_COLOUR = "#7f7f7f"
MEASURE_COLOUR = "#555555"
PERIOD_DAYS = {"week": 7, "month": 30, "year": 365}
STYLE = {
    "font.family": "DejaVu Sans",  # shipped with matplotlib: the same glyphs on every machine
    "font.size": 9,
    "svg.hashsalt": "jkec-timeline",  # fixed ids in the SVG
    "svg.fonttype": "path",
}
PNG_METADATA = {"Software": None}
SVG_METADATA = {"Date": None, "Creator": None}

START_QUERY = """\
SELECT make_date(CAST(year(least(coalesce(p, m), coalesce(m, p))) AS INTEGER), 1, 1)
FROM (SELECT (SELECT min(published) FROM sources) AS p, (SELECT min(in_force_on) FROM measures) AS m)"""
EVENTS_QUERY = """\
SELECT e.date, e.date_precision, e.status, t.label, a.country
FROM events e JOIN event_types t USING (event_type) LEFT JOIN actors a USING (actor_id)
WHERE e.date >= DATE '{start}'
ORDER BY e.date, e.event_id"""
ROWS_QUERY = "SELECT label FROM event_types WHERE event_type IN (SELECT event_type FROM events WHERE date >= DATE '{start}')"
MEASURES_QUERY = """\
SELECT name, in_force_on, removed_on, status FROM measures WHERE in_force_on IS NOT NULL ORDER BY in_force_on, measure_id"""
COUNTS_QUERY = "SELECT count(*), count(date), count(*) FILTER (WHERE date < DATE '{start}') FROM events"


def _days(moment: dt.date) -> float:
    return mdates.date2num(moment)


def _line(axes: Axes, xs: list[float], ys: list[float], **style: object) -> None:
    """A line (or marker) drawn as `axes.plot` draws it, with a colour given, and the limits set afterwards: the
    same artist, made without `plot`'s argument parsing (which took most of the drawing of 1,700 events)."""
    axes.add_line(Line2D(xs, ys, **style))


def draw(figure: Figure, schemas: dict[str, TableSchema], data_dir: Path, title: str) -> None:
    connection = connect_tables(schemas, data_dir)
    (start,), = run_query(connection, START_QUERY)[1]
    start = start or dt.date(2019, 1, 1)
    events = run_query(connection, EVENTS_QUERY.format(start=start))[1]
    labels = [label for (label,) in run_query(connection, ROWS_QUERY.format(start=start))[1]]
    measures = run_query(connection, MEASURES_QUERY)[1]
    (n_events, n_dated, n_earlier), = run_query(connection, COUNTS_QUERY.format(start=start))[1]
    rows = [name for name, *_ in measures] + labels
    figure.set_size_inches(11, 2.2 + 0.32 * len(rows))
    axes = figure.add_axes((0.38, 1.5 / (2.2 + 0.32 * len(rows)), 0.6, 1 - 2.0 / (2.2 + 0.32 * len(rows))))
    last = max([date for date, *_ in events] + [d for _, begin, end, _ in measures for d in (begin, end) if d], default=start)
    right = _days(last) + 60
    for y, (name, begin, end, status) in enumerate(measures):
        _line(axes, [_days(begin), _days(end) if end else right], [y, y], color=MEASURE_COLOUR, linewidth=6,
              solid_capstyle="butt")
        if not end:
            _line(axes, [right], [y], marker=">", color=MEASURE_COLOUR, markersize=7)
    for date, precision, status, label, country in events:
        y = rows.index(label)
        colour = COUNTRY_COLOURS.get(country, OTHER_COLOUR)
        if precision in PERIOD_DAYS:
            _line(axes, [_days(date), _days(date) + PERIOD_DAYS[precision]], [y, y], color=colour, linewidth=4,
                  alpha=0.45, solid_capstyle="butt")
        _line(axes, [_days(date)], [y], marker="o", markersize=6, color=colour,
              markerfacecolor=colour if status == "occurred" else "white")
    axes.set_yticks(range(len(rows)), rows)
    for tick in axes.get_yticklabels()[: len(measures)]:
        tick.set_fontweight("bold")
    axes.axhline(len(measures) - 0.5, color="#999999", linewidth=0.8)
    axes.set_ylim(len(rows) - 0.5, -0.5)
    axes.set_xlim(_days(start) - 30, right + 30)
    axes.xaxis.set_major_locator(mdates.YearLocator(base=max(1, (last.year - start.year) // 8)))
    axes.xaxis.set_major_formatter(mdates.DateFormatter("%Y"))
    axes.grid(axis="x", color="#dddddd")
    axes.set_axisbelow(True)
    axes.set_title(title, loc="left")
    legend = [
        Line2D([], [], color=COUNTRY_COLOURS["JPN"], marker="o", linestyle="", label="actor: Japan"),
        Line2D([], [], color=COUNTRY_COLOURS["KOR"], marker="o", linestyle="", label="actor: South Korea"),
        Line2D([], [], color=OTHER_COLOUR, marker="o", linestyle="", label="actor: other or unknown"),
        Line2D([], [], color=OTHER_COLOUR, marker="o", markerfacecolor="white", linestyle="",
               label="not (yet) occurred: planned, scheduled, demanded, threatened, denied"),
        Line2D([], [], color=OTHER_COLOUR, linewidth=4, alpha=0.45, label="date known to the week, month or year only"),
        Line2D([], [], color=MEASURE_COLOUR, linewidth=6, label="trade measure (bold) in force; arrow: not removed"),
    ]
    figure.legend(handles=legend, loc="lower left", ncols=2, frameon=False, fontsize=8)
    earlier = f", nor the {n_earlier} dated before {start.year} (background)" if n_earlier else ""
    axes.set_xlabel(f"{n_dated} of {n_events} events have a date in the texts; undated events are not shown{earlier}.",
                    fontsize=7, color="#555555")


def render_timeline(schemas: dict[str, TableSchema], data_dir: Path, title: str) -> tuple[bytes, bytes]:
    """The figure as PNG and SVG bytes."""
    with matplotlib.rc_context(STYLE):
        figure = Figure()
        draw(figure, schemas, data_dir, title)
        png, svg = io.BytesIO(), io.BytesIO()
        figure.savefig(png, format="png", dpi=110, metadata=PNG_METADATA, bbox_inches="tight", pad_inches=0.2)
        figure.savefig(svg, format="svg", metadata=SVG_METADATA, bbox_inches="tight", pad_inches=0.2)
    return png.getvalue(), svg.getvalue()
