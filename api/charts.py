"""Pictures drawn on the server as SVG: bars, a timeline, a network and a year-by-year grid.

SVG written here needs no script and no asset from anywhere (the pages work offline and print), scales
with the page, and each mark is a link with a title (its tooltip) where it stands for an entity.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from html import escape

from markupsafe import Markup

PALETTE = ["#2563eb", "#d97706", "#059669", "#dc2626", "#7c3aed", "#0891b2", "#db2777", "#65a30d"]
FONT = 'font-family="system-ui, -apple-system, Segoe UI, Noto Sans, Noto Sans CJK SC, sans-serif"'


@dataclass(frozen=True)
class Bar:
    label: str
    value: float
    href: str | None = None
    note: str = ""


def _a(href: str | None, inner: str, title: str) -> str:
    t = f"<title>{escape(title)}</title>"
    if href:
        return f'<a href="{escape(href)}">{t}{inner}</a>'
    return f"<g>{t}{inner}</g>"


def bars(items: list[Bar], title: str, width: int = 520, unit: str = "") -> Markup:
    """Horizontal bars, largest first as given."""
    if not items:
        return Markup("")
    row, left = 24, min(300, 20 + 8 * max(len(b.label) for b in items))
    top = 28
    height = top + row * len(items) + 8
    peak = max(b.value for b in items) or 1
    span = width - left - 60
    out = [f'<svg class="chart" role="img" viewBox="0 0 {width} {height}" width="100%" {FONT} font-size="13">',
           f"<title>{escape(title)}</title>",
           f'<text x="0" y="16" font-weight="600">{escape(title)}</text>']
    for i, b in enumerate(items):
        y = top + i * row
        w = max(2.0, span * b.value / peak)
        label = b.label if len(b.label) <= 36 else b.label[:35] + "…"
        mark = (f'<text x="{left - 8}" y="{y + 15}" text-anchor="end">{escape(label)}</text>'
                f'<rect x="{left}" y="{y + 3}" width="{w:.1f}" height="{row - 8}" rx="3" fill="{PALETTE[0]}"/>'
                f'<text x="{left + w + 6:.1f}" y="{y + 15}" fill="#374151">{b.value:g}{escape(unit)}</text>')
        out.append(_a(b.href, mark, f"{b.label}: {b.value:g}{unit}" + (f" ({b.note})" if b.note else "")))
    out.append("</svg>")
    return Markup("".join(out))


@dataclass(frozen=True)
class Moment:
    date: str  # ISO date or year (YYYY, YYYY-MM-DD)
    label: str
    href: str | None = None
    group: str = ""


def _year_fraction(date: str) -> float | None:
    try:
        y = int(date[:4])
    except (ValueError, TypeError):
        return None
    month = int(date[5:7]) if len(date) >= 7 and date[5:7].isdigit() else 7
    day = int(date[8:10]) if len(date) >= 10 and date[8:10].isdigit() else 1
    return y + (month - 1) / 12 + (day - 1) / 365


def timeline(moments: list[Moment], title: str, width: int = 560) -> Markup:
    """Dated moments on a horizontal axis of years, one lane per group, labels staggered."""
    dated = [(t, m) for m in moments if (t := _year_fraction(m.date)) is not None]
    if not dated:
        return Markup("")
    lo, hi = min(t for t, _ in dated), max(t for t, _ in dated)
    lo, hi = math.floor(lo) - (1 if hi - lo < 2 else 0), math.ceil(hi) + 1
    groups = list(dict.fromkeys(m.group for _, m in dated))
    lane, left, right, top = 74, 16, 16, 34
    height = top + lane * len(groups) + 30
    scale = (width - left - right) / (hi - lo)
    out = [f'<svg class="chart" role="img" viewBox="0 0 {width} {height}" width="100%" {FONT} font-size="12">',
           f"<title>{escape(title)}</title>", f'<text x="0" y="16" font-weight="600" font-size="13">{escape(title)}</text>']
    axis_y = height - 24
    out.append(f'<line x1="{left}" x2="{width - right}" y1="{axis_y}" y2="{axis_y}" stroke="#9ca3af"/>')
    step = max(1, math.ceil((hi - lo) / 12))
    for y in range(int(lo), int(hi) + 1, step):
        x = left + (y - lo) * scale
        out.append(f'<line x1="{x:.1f}" x2="{x:.1f}" y1="{axis_y}" y2="{axis_y + 5}" stroke="#9ca3af"/>'
                   f'<text x="{x:.1f}" y="{axis_y + 18}" text-anchor="middle" fill="#4b5563">{y}</text>')
    for gi, g in enumerate(groups):
        base = top + gi * lane
        if g:
            out.append(f'<text x="{left}" y="{base + 10}" fill="#6b7280" font-size="11">{escape(g)}</text>')
        items = sorted(((t, m) for t, m in dated if m.group == g), key=lambda x: x[0])
        for i, (t, m) in enumerate(items):
            x = left + (t - lo) * scale
            cy = base + 44
            color = PALETTE[gi % len(PALETTE)]
            label = m.label if len(m.label) <= 28 else m.label[:27] + "…"
            ty = cy - 12 - (i % 2) * 14
            anchor = "start" if x < width * 0.75 else "end"
            mark = (f'<line x1="{x:.1f}" x2="{x:.1f}" y1="{cy}" y2="{axis_y}" stroke="{color}" stroke-opacity="0.25"/>'
                    f'<circle cx="{x:.1f}" cy="{cy}" r="6" fill="{color}"/>'
                    f'<text x="{x + (4 if anchor == "start" else -4):.1f}" y="{ty}" text-anchor="{anchor}">{escape(label)}</text>')
            out.append(_a(m.href, mark, f"{m.date}: {m.label}"))
    out.append("</svg>")
    return Markup("".join(out))


@dataclass(frozen=True)
class Node:
    key: str
    label: str
    href: str | None = None
    weight: float = 1.0


def network(nodes: list[Node], edges: list[tuple[str, str, float]], title: str, width: int = 640) -> Markup:
    """Nodes on a circle, the heaviest first; an edge's width is its weight."""
    if not nodes:
        return Markup("")
    height = width
    cx, cy, r = width / 2, height / 2 + 10, width / 2 - 110
    pos = {}
    for i, n in enumerate(nodes):
        a = 2 * math.pi * i / len(nodes) - math.pi / 2
        pos[n.key] = (cx + r * math.cos(a), cy + r * math.sin(a), a)
    peak = max((w for _, _, w in edges), default=1) or 1
    out = [f'<svg class="chart" role="img" viewBox="0 0 {width} {height + 20}" width="100%" {FONT} font-size="12">',
           f"<title>{escape(title)}</title>", f'<text x="0" y="16" font-weight="600" font-size="13">{escape(title)}</text>']
    for a, b, w in sorted(edges, key=lambda e: e[2]):
        if a in pos and b in pos:
            (x1, y1, _), (x2, y2, _) = pos[a], pos[b]
            out.append(f'<line x1="{x1:.1f}" y1="{y1:.1f}" x2="{x2:.1f}" y2="{y2:.1f}" stroke="{PALETTE[0]}" '
                       f'stroke-opacity="{0.15 + 0.6 * w / peak:.2f}" stroke-width="{1 + 6 * w / peak:.1f}">'
                       f"<title>{escape(a)} – {escape(b)}: {w:g}</title></line>")
    top = max((n.weight for n in nodes), default=1) or 1
    for n in nodes:
        x, y, a = pos[n.key]
        rad = 5 + 9 * math.sqrt(n.weight / top)
        anchor = "start" if math.cos(a) > 0.1 else "end" if math.cos(a) < -0.1 else "middle"
        lx, ly = x + (rad + 4) * math.cos(a), y + (rad + 4) * math.sin(a) + 4
        mark = (f'<circle cx="{x:.1f}" cy="{y:.1f}" r="{rad:.1f}" fill="{PALETTE[1]}" stroke="#fff"/>'
                f'<text x="{lx:.1f}" y="{ly:.1f}" text-anchor="{anchor}">{escape(n.label)}</text>')
        out.append(_a(n.href, mark, f"{n.label}: {n.weight:g}"))
    out.append("</svg>")
    return Markup("".join(out))


def grid(rows: list[tuple[str, str | None]], columns: list[str], cells: dict[tuple[int, str], str],
         title: str) -> Markup:
    """A year-by-year grid: one row per thing, a filled cell where it appears in that column (the cell's
    text is its tooltip)."""
    if not rows or not columns:
        return Markup("")
    cell, left, top = 30, 280, 44
    width, height = left + cell * len(columns) + 10, top + cell * len(rows) + 6
    out = [f'<svg class="chart" role="img" viewBox="0 0 {width} {height}" width="100%" {FONT} font-size="12">',
           f"<title>{escape(title)}</title>", f'<text x="0" y="16" font-weight="600" font-size="13">{escape(title)}</text>']
    for j, c in enumerate(columns):
        out.append(f'<text x="{left + j * cell + cell / 2}" y="{top - 8}" text-anchor="middle" fill="#4b5563">{escape(c)}</text>')
    for i, (label, href) in enumerate(rows):
        y = top + i * cell
        text = label if len(label) <= 40 else label[:39] + "…"
        out.append(_a(href, f'<text x="{left - 8}" y="{y + 19}" text-anchor="end">{escape(text)}</text>', label))
        for j, c in enumerate(columns):
            tip = cells.get((i, c))
            fill = PALETTE[2] if tip else "#f3f4f6"
            out.append(f'<rect x="{left + j * cell + 2}" y="{y + 2}" width="{cell - 4}" height="{cell - 4}" rx="4" '
                       f'fill="{fill}"><title>{escape(tip or c)}</title></rect>')
    out.append("</svg>")
    return Markup("".join(out))
