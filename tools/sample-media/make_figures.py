#!/usr/bin/env python3
"""Write the SVG figures of the GuideBuilder sample guide (English, French, Spanish).

Python 3 standard library only. Run from anywhere:

    python3 tools/sample-media/make_figures.py           # write the figures
    python3 tools/sample-media/make_figures.py --check   # also measure every label with the
                                                          # installed fonts and fail on overflow

English goes to guide-content/media/figures/, French and Spanish to
guide-content/<lang>/media/figures/ (same file names; the language folder overrides the shared
one). Colours come from the `tabs:` palette in guide-content/guide.yml. The output is
deterministic: the same input gives byte-identical files.

Drawing rules, so that the figures stay accessible and print well:
- a viewBox of 640 units wide, shown at half the width of an A4 page (105 mm) the smallest
  text (17 units) is still about 8 pt;
- <title> and <desc> in the figure's language, referenced by aria-labelledby;
- text is real SVG text in "Noto Sans", "DejaVu Sans", sans-serif; lines are broken by hand
  per language, and --check verifies that each line fits the space it was given;
- presentation attributes only (no CSS, no markers, no external references), so any renderer
  draws the same picture.
"""

import os
import re
import struct
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
REPO = os.path.normpath(os.path.join(HERE, "..", ".."))
CONTENT = os.path.join(REPO, "guide-content")
LANGS = ("en", "fr", "es")
FONT_STACK = "'Noto Sans', 'DejaVu Sans', sans-serif"
WIDTH = 640

NBSP = "\u00a0"    # before : and % (French, Spanish)
NNBSP = "\u202f"   # before ; ? ! (French)


# --------------------------------------------------------------------------------------------
# Palette


def read_palette():
    """The `tabs:` map of guide.yml (name -> #rrggbb), read without a YAML library."""
    palette = {}
    inside = False
    with open(os.path.join(CONTENT, "guide.yml"), encoding="utf-8") as f:
        for line in f:
            if re.match(r"^tabs:\s*(#.*)?$", line):
                inside = True
                continue
            if inside:
                m = re.match(r"^\s+([A-Za-z0-9_-]+):\s*[\"']?(#[0-9A-Fa-f]{6})[\"']?\s*(#.*)?$", line)
                if m:
                    palette[m.group(1)] = m.group(2).lower()
                elif line.strip() and not line.startswith((" ", "\t", "#")):
                    break
    needed = {"red", "orange", "olive", "green", "teal", "blue", "purple", "slate"}
    missing = needed - palette.keys()
    if missing:
        sys.exit(f"guide.yml: palette lacks {', '.join(sorted(missing))}")
    return palette


P = read_palette()
TEXT = P["slate"]      # body text: slate on white is about 7:1
WHITE = "#ffffff"


def tint(colour, amount):
    """Mix a palette colour with white; amount 0 = white, 1 = the colour."""
    r, g, b = (int(colour[i:i + 2], 16) for i in (1, 3, 5))
    mix = lambda c: round(255 - (255 - c) * amount)
    return "#{:02x}{:02x}{:02x}".format(mix(r), mix(g), mix(b))


# --------------------------------------------------------------------------------------------
# Text measurement (only for --check): advance widths read from the TrueType fonts


FONT_FILES = {
    ("Noto Sans", "normal"): "/usr/share/fonts/truetype/noto/NotoSans-Regular.ttf",
    ("Noto Sans", "bold"): "/usr/share/fonts/truetype/noto/NotoSans-Bold.ttf",
    ("Noto Sans", "italic"): "/usr/share/fonts/truetype/noto/NotoSans-Italic.ttf",
    ("DejaVu Sans", "normal"): "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf",
    ("DejaVu Sans", "bold"): "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf",
    ("DejaVu Sans", "italic"): "/usr/share/fonts/truetype/dejavu/DejaVuSans-Oblique.ttf",
}


class Metrics:
    """Advance widths of one TrueType font (cmap format 4 + hmtx)."""

    def __init__(self, path):
        with open(path, "rb") as f:
            data = f.read()
        num_tables = struct.unpack(">H", data[4:6])[0]
        tables = {}
        for i in range(num_tables):
            tag, _, offset, length = struct.unpack(">4sIII", data[12 + 16 * i:28 + 16 * i])
            tables[tag.decode("latin-1")] = (offset, length)
        head = tables["head"][0]
        self.units = struct.unpack(">H", data[head + 18:head + 20])[0]
        hhea = tables["hhea"][0]
        n_metrics = struct.unpack(">H", data[hhea + 34:hhea + 36])[0]
        hmtx = tables["hmtx"][0]
        self.advances = [struct.unpack(">H", data[hmtx + 4 * i:hmtx + 4 * i + 2])[0] for i in range(n_metrics)]
        self.cmap = self._read_cmap(data, tables["cmap"][0])

    @staticmethod
    def _read_cmap(data, base):
        n = struct.unpack(">H", data[base + 2:base + 4])[0]
        for i in range(n):
            platform, encoding, offset = struct.unpack(">HHI", data[base + 4 + 8 * i:base + 12 + 8 * i])
            sub = base + offset
            if platform == 3 and encoding == 1 and struct.unpack(">H", data[sub:sub + 2])[0] == 4:
                seg2 = struct.unpack(">H", data[sub + 6:sub + 8])[0]
                seg = seg2 // 2
                ends = struct.unpack(f">{seg}H", data[sub + 14:sub + 14 + seg2])
                starts_at = sub + 16 + seg2
                starts = struct.unpack(f">{seg}H", data[starts_at:starts_at + seg2])
                deltas = struct.unpack(f">{seg}h", data[starts_at + seg2:starts_at + 2 * seg2])
                ro_at = starts_at + 2 * seg2
                ranges = struct.unpack(f">{seg}H", data[ro_at:ro_at + seg2])
                cmap = {}
                for k in range(seg):
                    for c in range(starts[k], ends[k] + 1):
                        if c == 0xFFFF:
                            continue
                        if ranges[k] == 0:
                            gid = (c + deltas[k]) & 0xFFFF
                        else:
                            at = ro_at + 2 * k + ranges[k] + 2 * (c - starts[k])
                            gid = struct.unpack(">H", data[at:at + 2])[0]
                            if gid:
                                gid = (gid + deltas[k]) & 0xFFFF
                        cmap[c] = gid
                return cmap
        raise ValueError("no Unicode BMP cmap")

    def width(self, text, size):
        total = 0
        for ch in text:
            gid = self.cmap.get(ord(ch), 0)
            total += self.advances[min(gid, len(self.advances) - 1)]
        return total * size / self.units


_metrics = {}


def text_width(text, size, style):
    """The widest rendering of the text among the fonts of the stack that are installed."""
    widest = None
    for (family, st), path in FONT_FILES.items():
        if st != style or not os.path.exists(path):
            continue
        if path not in _metrics:
            _metrics[path] = Metrics(path)
        w = _metrics[path].width(text, size)
        widest = w if widest is None else max(widest, w)
    return widest


# --------------------------------------------------------------------------------------------
# SVG writing


def esc(s):
    s = s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace('"', "&quot;")
    return s.replace(NBSP, "&#160;").replace(NNBSP, "&#8239;")


def num(v):
    v = round(v, 2)
    return str(int(v)) if v == int(v) else f"{v:g}"


class Svg:
    def __init__(self, height, lang, title, desc):
        self.height = height
        self.lang = lang
        self.title = title
        self.desc = desc
        self.items = []
        self.fits = []   # (text, size, style, available width, where)

    def add(self, markup):
        self.items.append(markup)

    def rect(self, x, y, w, h, fill, rx=0, stroke=None, sw=0, dash=None):
        a = f'<rect x="{num(x)}" y="{num(y)}" width="{num(w)}" height="{num(h)}"'
        if rx:
            a += f' rx="{num(rx)}"'
        a += f' fill="{fill}"'
        if stroke:
            a += f' stroke="{stroke}" stroke-width="{num(sw)}"'
        if dash:
            a += f' stroke-dasharray="{dash}"'
        self.add(a + "/>")

    def line(self, x1, y1, x2, y2, stroke, sw, dash=None, cap=None):
        a = f'<line x1="{num(x1)}" y1="{num(y1)}" x2="{num(x2)}" y2="{num(y2)}" stroke="{stroke}" stroke-width="{num(sw)}"'
        if dash:
            a += f' stroke-dasharray="{dash}"'
        if cap:
            a += f' stroke-linecap="{cap}"'
        self.add(a + "/>")

    def circle(self, cx, cy, r, fill, stroke=None, sw=0):
        a = f'<circle cx="{num(cx)}" cy="{num(cy)}" r="{num(r)}" fill="{fill}"'
        if stroke:
            a += f' stroke="{stroke}" stroke-width="{num(sw)}"'
        self.add(a + "/>")

    def path(self, d, fill="none", stroke=None, sw=0, cap=None, join=None):
        a = f'<path d="{d}" fill="{fill}"'
        if stroke:
            a += f' stroke="{stroke}" stroke-width="{num(sw)}"'
        if cap:
            a += f' stroke-linecap="{cap}"'
        if join:
            a += f' stroke-linejoin="{join}"'
        self.add(a + "/>")

    def text(self, x, y, lines, size, fill=None, weight="normal", anchor="start", italic=False,
             leading=1.25, fit=None):
        """One text element; several lines become <tspan>s. `fit` is the width each line may
        take (checked by --check)."""
        if isinstance(lines, str):
            lines = [lines]
        style = "bold" if weight == "bold" else ("italic" if italic else "normal")
        if fit is not None:
            for ln in lines:
                self.fits.append((ln, size, style, fit))
        a = f'<text x="{num(x)}" y="{num(y)}" font-size="{num(size)}"'
        if weight != "normal":
            a += f' font-weight="{weight}"'
        if italic:
            a += ' font-style="italic"'
        if anchor != "start":
            a += f' text-anchor="{anchor}"'
        a += f' fill="{fill or TEXT}">'
        if len(lines) == 1:
            self.add(a + esc(lines[0]) + "</text>")
        else:
            parts = [a]
            for i, ln in enumerate(lines):
                dy = "" if i == 0 else f' dy="{num(size * leading)}"'
                parts.append(f'<tspan x="{num(x)}"{dy}>{esc(ln)}</tspan>')
            self.add("".join(parts) + "</text>")

    def render(self):
        out = [
            f'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {WIDTH} {num(self.height)}"'
            f' width="{WIDTH}" height="{num(self.height)}" role="img" aria-labelledby="title desc"'
            f' lang="{self.lang}" xml:lang="{self.lang}" font-family="{FONT_STACK}">',
            f'<title id="title">{esc(self.title)}</title>',
            f'<desc id="desc">{esc(self.desc)}</desc>',
            f'<rect width="{WIDTH}" height="{num(self.height)}" fill="{WHITE}"/>',
        ]
        out += self.items
        out.append("</svg>")
        return "\n".join(out) + "\n"

    def check(self, name):
        problems = []
        for text, size, style, avail in self.fits:
            w = text_width(text, size, style)
            if w is None:
                continue
            if w > avail:
                problems.append(f"{name} [{self.lang}]: '{text}' is {w:.0f} wide at {size}px, room for {avail:.0f}")
        return problems


def check_icon(svg, cx, cy, r, ok):
    """A round yes/no sign drawn with paths (no font glyph needed)."""
    svg.circle(cx, cy, r, P["green"] if ok else P["red"])
    if ok:
        svg.path(f"M{num(cx - r * 0.45)} {num(cy + r * 0.02)} L{num(cx - r * 0.12)} {num(cy + r * 0.36)} "
                 f"L{num(cx + r * 0.48)} {num(cy - r * 0.34)}", stroke=WHITE, sw=r * 0.22, cap="round", join="round")
    else:
        k = r * 0.38
        svg.path(f"M{num(cx - k)} {num(cy - k)} L{num(cx + k)} {num(cy + k)} M{num(cx + k)} {num(cy - k)} "
                 f"L{num(cx - k)} {num(cy + k)}", stroke=WHITE, sw=r * 0.22, cap="round")


# --------------------------------------------------------------------------------------------
# The figures. Each takes the language and returns an Svg.

COVERAGE = {
    "en": {
        "title": "Share of the world population with and without comprehensive social security",
        "desc": "Horizontal bar of the world population split in two parts: 27% have access to "
                "comprehensive social security; 73% are without comprehensive coverage, that is "
                "partly covered or not covered at all.",
        "heading": "World population",
        "covered_pct": "27%", "gap_pct": "73%",
        "covered": ["27% have access to comprehensive", "social security"],
        "gap": ["73% without comprehensive coverage", "(partly covered or not covered at all)"],
    },
    "fr": {
        "title": "Part de la population mondiale avec et sans sécurité sociale complète",
        "desc": f"Barre horizontale de la population mondiale divisée en deux parts{NBSP}: 27{NBSP}% "
                f"ont accès à une sécurité sociale complète{NNBSP}; 73{NBSP}% n’ont pas de couverture "
                "complète, c’est-à-dire une couverture partielle ou aucune couverture.",
        "heading": "Population mondiale",
        "covered_pct": f"27{NBSP}%", "gap_pct": f"73{NBSP}%",
        "covered": [f"27{NBSP}% ont accès à une sécurité", "sociale complète"],
        "gap": [f"73{NBSP}% sans couverture complète", "(couverture partielle ou nulle)"],
    },
    "es": {
        "title": "Proporción de la población mundial con y sin seguridad social integral",
        "desc": f"Barra horizontal de la población mundial dividida en dos partes: el 27{NBSP}% tiene "
                f"acceso a una seguridad social integral; el 73{NBSP}% carece de cobertura integral, es "
                "decir, tiene una cobertura parcial o ninguna.",
        "heading": "Población mundial",
        "covered_pct": f"27{NBSP}%", "gap_pct": f"73{NBSP}%",
        "covered": [f"27{NBSP}% tiene acceso a una seguridad", "social integral"],
        "gap": [f"73{NBSP}% sin cobertura integral", "(cobertura parcial o ninguna)"],
    },
}


def coverage_gap(lang):
    t = COVERAGE[lang]
    svg = Svg(300, lang, t["title"], t["desc"])
    x0, w = 40, 560
    y, h = 62, 76
    w1 = w * 0.27
    covered, gap = P["teal"], P["orange"]
    svg.text(x0, 44, t["heading"], 22, weight="bold", fit=w)
    svg.rect(x0, y, w1, h, covered)
    svg.rect(x0 + w1, y, w - w1, h, gap)
    svg.line(x0 + w1, y, x0 + w1, y + h, WHITE, 3)
    svg.text(x0 + w1 / 2, y + h / 2 + 11, t["covered_pct"], 32, fill=WHITE, weight="bold", anchor="middle", fit=w1 - 16)
    svg.text(x0 + w1 + (w - w1) / 2, y + h / 2 + 11, t["gap_pct"], 32, fill=WHITE, weight="bold", anchor="middle",
             fit=w - w1 - 16)
    # Legend: swatch + two lines each; the percentage is repeated so colour is not the only cue.
    for i, (key, colour) in enumerate((("covered", covered), ("gap", gap))):
        ly = 180 + i * 64
        svg.rect(x0, ly - 17, 22, 22, colour, rx=3)
        svg.text(x0 + 34, ly, t[key], 19, leading=1.25, fit=w - 34)
    return svg


TOTALISATION = {
    "en": {
        "title": "How totalisation of insurance periods works",
        "desc": "A worker has 6 years of contributions in country A and 9 years in country B. "
                "The qualifying period for a pension is 15 years: in country A alone 9 years are "
                "missing, in country B alone 6 years are missing. Added together, A and B make 15 "
                "years, which opens the right to a pension. Each country then pays a pro-rata "
                "pension: country A pays 6/15 and country B pays 9/15.",
        "threshold": "Qualifying period: 15 years",
        "rows": ["Country A", "Country B", "A + B"],
        "years": "{} years", "missing": "{} years missing", "axis_end": "15 years",
        "result": "15 years: the right to a pension is open",
        "share_heading": "Each country pays a pro-rata pension",
        "pension": "Pension",
        "paid_by": ["paid by country A", "paid by country B"],
    },
    "fr": {
        "title": "Comment fonctionne la totalisation des périodes d’assurance",
        "desc": f"Un travailleur a cotisé 6 ans dans le pays A et 9 ans dans le pays B. La période "
                f"de stage ouvrant droit à pension est de 15 ans{NBSP}: dans le pays A seul, il manque "
                f"9 ans{NNBSP}; dans le pays B seul, il manque 6 ans. Additionnées, les périodes de A et "
                "de B font 15 ans, ce qui ouvre le droit à pension. Chaque pays verse ensuite une "
                f"pension au prorata{NBSP}: le pays A verse 6/15 et le pays B 9/15.",
        "threshold": f"Période de stage{NBSP}: 15 ans",
        "rows": ["Pays A", "Pays B", "A + B"],
        "years": "{} ans", "missing": "il manque {} ans", "axis_end": "15 ans",
        "result": f"15 ans{NBSP}: le droit à pension est ouvert",
        "share_heading": "Chaque pays verse une pension au prorata",
        "pension": "Pension",
        "paid_by": ["versée par le pays A", "versée par le pays B"],
    },
    "es": {
        "title": "Cómo funciona la totalización de los períodos de seguro",
        "desc": "Un trabajador tiene 6 años de cotizaciones en el país A y 9 años en el país B. "
                "El período de calificación para una pensión es de 15 años: en el país A por sí "
                "solo faltan 9 años; en el país B por sí solo faltan 6 años. Sumados, A y B dan 15 "
                "años, lo que abre el derecho a la pensión. Después, cada país paga una pensión a "
                "prorrata: el país A paga 6/15 y el país B, 9/15.",
        "threshold": "Período de calificación: 15 años",
        "rows": ["País A", "País B", "A + B"],
        "years": "{} años", "missing": "faltan {} años", "axis_end": "15 años",
        "result": "15 años: se abre el derecho a la pensión",
        "share_heading": "Cada país paga una pensión a prorrata",
        "pension": "Pensión",
        "paid_by": ["a cargo del país A", "a cargo del país B"],
    },
}


def totalisation(lang):
    t = TOTALISATION[lang]
    svg = Svg(478, lang, t["title"], t["desc"])
    X0, YEAR = 150, 28            # 15 years = 420 units, from x 150 to 570
    X15 = X0 + 15 * YEAR
    A, B = P["blue"], P["purple"]
    H = 46
    rows_y = (56, 116, 186)
    # Qualifying period: a dashed line at 15 years through all rows.
    svg.text(X15, 36, t["threshold"], 18, weight="bold", anchor="end", fit=X15 - 20)
    svg.line(X15, 44, X15, rows_y[2] + H + 8, TEXT, 2, dash="6 5")
    # Separator before the total row.
    svg.line(20, rows_y[1] + H + 12, X15 + 50, rows_y[1] + H + 12, tint(TEXT, 0.35), 1.5)

    def block(x, years, colour, y):
        svg.rect(x, y, years * YEAR, H, colour)
        svg.text(x + years * YEAR / 2, y + H / 2 + 7, t["years"].format(years), 19, fill=WHITE, weight="bold",
                 anchor="middle", fit=years * YEAR - 12)

    def missing(x, years, y):
        svg.rect(x, y + 1, years * YEAR, H - 2, tint(TEXT, 0.06), stroke=tint(TEXT, 0.55), sw=1.5, dash="5 4")
        svg.text(x + years * YEAR / 2, y + H / 2 + 6, t["missing"].format(years), 17, anchor="middle",
                 fit=years * YEAR - 12)

    for i, y in enumerate(rows_y):
        svg.text(20, y + H / 2 + 7, t["rows"][i], 19, weight="bold", fit=X0 - 30)
    # Country A alone, country B alone, then both.
    block(X0, 6, A, rows_y[0])
    missing(X0 + 6 * YEAR, 9, rows_y[0])
    check_icon(svg, X15 + 32, rows_y[0] + H / 2, 15, False)
    block(X0, 9, B, rows_y[1])
    missing(X0 + 9 * YEAR, 6, rows_y[1])
    check_icon(svg, X15 + 32, rows_y[1] + H / 2, 15, False)
    block(X0, 6, A, rows_y[2])
    block(X0 + 6 * YEAR, 9, B, rows_y[2])
    svg.line(X0 + 6 * YEAR, rows_y[2], X0 + 6 * YEAR, rows_y[2] + H, WHITE, 2)
    check_icon(svg, X15 + 32, rows_y[2] + H / 2, 15, True)
    # Axis in years under the total row.
    ay = rows_y[2] + H + 10
    svg.line(X0, ay, X15, ay, TEXT, 1.5)
    for yr in (0, 5, 10, 15):
        x = X0 + yr * YEAR
        svg.line(x, ay, x, ay + 6, TEXT, 1.5)
        label = t["axis_end"] if yr == 15 else str(yr)
        svg.text(x, ay + 24, label, 17, anchor="end" if yr == 15 else "middle", fit=100)
    # Result.
    svg.text(WIDTH / 2, 318, t["result"], 20, fill=P["green"], weight="bold", anchor="middle", fit=WIDTH - 40)
    # Each country pays its share.
    svg.line(20, 338, WIDTH - 20, 338, tint(TEXT, 0.35), 1.5)
    svg.text(20, 368, t["share_heading"], 19, weight="bold", fit=WIDTH - 40)
    py, ph = 384, 50
    svg.text(20, py + ph / 2 + 7, t["pension"], 19, weight="bold", fit=X0 - 30)
    svg.rect(X0, py, 6 * YEAR, ph, A)
    svg.rect(X0 + 6 * YEAR, py, 9 * YEAR, ph, B)
    svg.line(X0 + 6 * YEAR, py, X0 + 6 * YEAR, py + ph, WHITE, 2)
    svg.text(X0 + 3 * YEAR, py + ph / 2 + 9, "A: 6/15" if lang != "fr" else f"A{NBSP}: 6/15", 24, fill=WHITE,
             weight="bold", anchor="middle", fit=6 * YEAR - 12)
    svg.text(X0 + 10.5 * YEAR, py + ph / 2 + 9, "B: 9/15" if lang != "fr" else f"B{NBSP}: 9/15", 24, fill=WHITE,
             weight="bold", anchor="middle", fit=9 * YEAR - 12)
    svg.text(X0 + 3 * YEAR, py + ph + 24, t["paid_by"][0], 17, anchor="middle", fit=2 * (3 * YEAR + 10))
    svg.text(X0 + 10.5 * YEAR, py + ph + 24, t["paid_by"][1], 17, anchor="middle", fit=9 * YEAR)
    return svg


FLOOR = {
    "en": {
        "title": "Two pillars of a social protection system resting on a social protection floor",
        "desc": "A building. The roof is the social protection system. It stands on two pillars. "
                "The contributory pillar is social insurance: pensions, health, employment injury "
                "and unemployment. The non-contributory pillar needs no prior contributions: social "
                "assistance, universal schemes and tax-financed schemes. Both pillars rest on the "
                "social protection floor: basic income security and essential health care for all.",
        "roof": "Social protection system",
        "left": ["Contributory", "pillar"], "left_sub": "Social insurance",
        "left_items": [["Pensions"], ["Health"], ["Employment injury"], ["Unemployment"]],
        "right": ["Non-contributory", "pillar"], "right_sub": "No prior contributions",
        "right_items": [["Social assistance"], ["Universal schemes"], ["Tax-financed schemes"]],
        "floor": "Social protection floor",
        "floor_text": ["Basic income security and essential", "health care for all"],
    },
    "fr": {
        "title": "Les deux piliers d’un système de protection sociale reposant sur un socle de protection sociale",
        "desc": f"Un bâtiment. Le toit est le système de protection sociale. Il repose sur deux piliers. "
                f"Le pilier contributif est l’assurance sociale{NBSP}: pensions, santé, accidents du "
                f"travail et chômage. Le pilier non contributif ne demande pas de cotisation "
                f"préalable{NBSP}: assistance sociale, régimes universels et régimes financés par "
                f"l’impôt. Les deux piliers reposent sur le socle de protection sociale{NBSP}: sécurité "
                f"élémentaire de revenu et soins de santé essentiels pour tous.",
        "roof": "Système de protection sociale",
        "left": ["Pilier", "contributif"], "left_sub": "Assurance sociale",
        "left_items": [["Pensions"], ["Santé"], ["Accidents du travail"], ["Chômage"]],
        "right": ["Pilier", "non contributif"], "right_sub": "Sans cotisation préalable",
        "right_items": [["Assistance sociale"], ["Régimes universels"], ["Régimes financés", "par l’impôt"]],
        "floor": "Socle de protection sociale",
        "floor_text": ["Sécurité élémentaire de revenu et soins", "de santé essentiels pour tous"],
    },
    "es": {
        "title": "Los dos pilares de un sistema de protección social apoyados en un piso de protección social",
        "desc": "Un edificio. El techo es el sistema de protección social. Se apoya en dos pilares. "
                "El pilar contributivo es el seguro social: pensiones, salud, accidentes del trabajo "
                "y desempleo. El pilar no contributivo no exige cotizaciones previas: asistencia "
                "social, regímenes universales y regímenes financiados con impuestos. Ambos pilares "
                "descansan sobre el piso de protección social: seguridad básica del ingreso y "
                "atención de salud esencial para todas las personas.",
        "roof": "Sistema de protección social",
        "left": ["Pilar", "contributivo"], "left_sub": "Seguro social",
        "left_items": [["Pensiones"], ["Salud"], ["Accidentes del trabajo"], ["Desempleo"]],
        "right": ["Pilar", "no contributivo"], "right_sub": "Sin cotización previa",
        "right_items": [["Asistencia social"], ["Regímenes universales"], ["Regímenes financiados", "con impuestos"]],
        "floor": "Piso de protección social",
        "floor_text": ["Seguridad básica del ingreso y atención", "de salud esencial para todas las personas"],
    },
}


def floor_pillars(lang):
    t = FLOOR[lang]
    svg = Svg(566, lang, t["title"], t["desc"])
    roof_c, floor_c = P["slate"], P["green"]
    # Roof (a pediment) and its beam carrying the name of the whole.
    svg.path("M40 96 L320 22 L600 96 Z", fill=roof_c)
    svg.rect(30, 96, 580, 46, roof_c)
    svg.line(30, 96, 610, 96, tint(roof_c, 0.55), 2)
    svg.text(320, 127, t["roof"], 22, fill=WHITE, weight="bold", anchor="middle", fit=560)
    pillars = (
        (55, P["blue"], t["left"], t["left_sub"], t["left_items"]),
        (335, P["purple"], t["right"], t["right_sub"], t["right_items"]),
    )
    top, bottom, pw = 156, 420, 250
    for x, colour, head, sub, items in pillars:
        svg.rect(x - 10, 142, pw + 20, 14, tint(colour, 0.75))        # capital
        svg.rect(x, top, pw, bottom - top, tint(colour, 0.12), stroke=colour, sw=2)
        svg.rect(x, top, pw, 66, colour)
        svg.text(x + pw / 2, top + 27, head, 20, fill=WHITE, weight="bold", anchor="middle", leading=1.2,
                 fit=pw - 16)
        svg.text(x + pw / 2, top + 96, sub, 18, fill=colour, italic=True, anchor="middle", fit=pw - 16)
        y = top + 134
        for item in items:
            svg.circle(x + 18, y - 6, 4, colour)
            svg.text(x + 30, y, item, 18, leading=1.2, fit=pw - 36)
            y += 30 + 22 * (len(item) - 1)
        svg.rect(x - 10, bottom, pw + 20, 12, tint(colour, 0.75))     # base
    # The floor.
    svg.rect(20, 440, 600, 112, floor_c, rx=4)
    svg.text(320, 474, t["floor"], 22, fill=WHITE, weight="bold", anchor="middle", fit=580)
    svg.text(320, 504, t["floor_text"], 18, fill=WHITE, anchor="middle", leading=1.3, fit=580)
    return svg


CYCLE = {
    "en": {
        "title": "The partnership cycle: establish, implement, assess, adjust",
        "desc": "Four steps arranged in a circle, with arrows going clockwise from each step to the "
                "next and from the last back to the first. 1 Establish: agree on shared goals and "
                "roles. 2 Implement: carry out the joint action plan. 3 Assess: review the results "
                "with all partners. 4 Adjust: improve the plan and start again.",
        "centre": ["Partnership", "cycle"],
        "steps": [
            ("Establish", ["Agree on shared goals", "and roles"]),
            ("Implement", ["Carry out the joint", "action plan"]),
            ("Assess", ["Review the results", "with all partners"]),
            ("Adjust", ["Improve the plan", "and start again"]),
        ],
    },
    "fr": {
        "title": f"Le cycle du partenariat{NBSP}: établir, mettre en œuvre, évaluer, ajuster",
        "desc": f"Quatre étapes disposées en cercle, reliées par des flèches dans le sens des aiguilles "
                f"d’une montre, de chaque étape à la suivante et de la dernière à la première. "
                f"1 Établir{NBSP}: convenir des objectifs et des rôles. 2 Mettre en œuvre{NBSP}: réaliser "
                f"le plan d’action commun. 3 Évaluer{NBSP}: examiner les résultats avec tous les "
                f"partenaires. 4 Ajuster{NBSP}: améliorer le plan et recommencer.",
        "centre": ["Cycle du", "partenariat"],
        "steps": [
            ("Établir", ["Convenir des objectifs", "et des rôles"]),
            ("Mettre en œuvre", ["Réaliser le plan", "d’action commun"]),
            ("Évaluer", ["Examiner les résultats", "avec les partenaires"]),
            ("Ajuster", ["Améliorer le plan", "et recommencer"]),
        ],
    },
    "es": {
        "title": "El ciclo de la alianza: establecer, aplicar, evaluar, ajustar",
        "desc": "Cuatro etapas dispuestas en círculo, unidas por flechas en el sentido de las agujas "
                "del reloj, de cada etapa a la siguiente y de la última a la primera. 1 Establecer: "
                "acordar objetivos y funciones. 2 Aplicar: ejecutar el plan de acción conjunto. "
                "3 Evaluar: revisar los resultados con todos los socios. 4 Ajustar: mejorar el plan "
                "y volver a empezar.",
        "centre": ["Ciclo de", "la alianza"],
        "steps": [
            ("Establecer", ["Acordar objetivos", "y funciones"]),
            ("Aplicar", ["Ejecutar el plan de", "acción conjunto"]),
            ("Evaluar", ["Revisar los resultados", "con todos los socios"]),
            ("Ajustar", ["Mejorar el plan y", "volver a empezar"]),
        ],
    },
}


def partnership_cycle(lang):
    import math
    t = CYCLE[lang]
    svg = Svg(560, lang, t["title"], t["desc"])
    cx, cy, r = 320, 290, 200
    bw, bh = 212, 100
    colours = (P["teal"], P["blue"], P["purple"], P["orange"])
    centres = ((cx, cy - r), (cx + r, cy), (cx, cy + r), (cx - r, cy))
    boxes = [(x - bw / 2, y - bh / 2, bw, bh) for x, y in centres]

    def inside(angle, pad):
        px, py = cx + r * math.cos(angle), cy + r * math.sin(angle)
        return any(bx - pad <= px <= bx + w + pad and by - pad <= py <= by + h + pad for bx, by, w, h in boxes)

    # Arcs between the boxes, clockwise, each ending in an arrowhead.
    arc = tint(TEXT, 0.8)
    for k in range(4):
        start = -math.pi / 2 + k * math.pi / 2
        a0 = start
        while inside(a0, 10):
            a0 += 0.002
        a1 = a0
        while not inside(a1, 10):
            a1 += 0.002
        head = 16
        a_line_end = a1 - head / r             # the shaft stops where the arrowhead begins
        x0, y0 = cx + r * math.cos(a0), cy + r * math.sin(a0)
        x1, y1 = cx + r * math.cos(a_line_end), cy + r * math.sin(a_line_end)
        svg.path(f"M{num(x0)} {num(y0)} A{r} {r} 0 0 1 {num(x1)} {num(y1)}", stroke=arc, sw=5)
        tx, ty = cx + r * math.cos(a1), cy + r * math.sin(a1)     # tip
        dx, dy = -math.sin(a1), math.cos(a1)                        # clockwise tangent
        bx, by = tx - dx * (head + 2), ty - dy * (head + 2)
        nx, ny = -dy, dx
        svg.path(f"M{num(tx)} {num(ty)} L{num(bx + nx * 10)} {num(by + ny * 10)} "
                 f"L{num(bx - nx * 10)} {num(by - ny * 10)} Z", fill=arc)
    svg.text(cx, cy - 6, t["centre"], 21, weight="bold", anchor="middle", leading=1.2, fit=2 * r - bw - 24)
    for i, ((bx, by, w, h), (name, lines), colour) in enumerate(zip(boxes, t["steps"], colours)):
        svg.rect(bx, by, w, h, tint(colour, 0.12), rx=10, stroke=colour, sw=2.5)
        # The step number sits on the top edge, so the name can use the whole width.
        svg.circle(bx + 24, by, 16, colour, stroke=WHITE, sw=2.5)
        svg.text(bx + 24, by + 6.5, str(i + 1), 18, fill=WHITE, weight="bold", anchor="middle")
        svg.text(bx + w / 2, by + 38, name, 20, fill=colour, weight="bold", anchor="middle", fit=w - 16)
        svg.text(bx + w / 2, by + 64, lines, 17, anchor="middle", leading=1.25, fit=w - 16)
    return svg


FIGURES = (
    ("coverage-gap.svg", coverage_gap),
    ("totalisation.svg", totalisation),
    ("floor-pillars.svg", floor_pillars),
    ("partnership-cycle.svg", partnership_cycle),
)


def out_dir(lang):
    if lang == "en":
        return os.path.join(CONTENT, "media", "figures")
    return os.path.join(CONTENT, lang, "media", "figures")


def main(argv):
    check = "--check" in argv
    problems = []
    for lang in LANGS:
        folder = out_dir(lang)
        os.makedirs(folder, exist_ok=True)
        for name, make in FIGURES:
            svg = make(lang)
            if check:
                problems += svg.check(name)
            path = os.path.join(folder, name)
            with open(path, "w", encoding="utf-8", newline="\n") as f:
                f.write(svg.render())
            print(os.path.relpath(path, REPO))
    if check:
        if not any(os.path.exists(p) for p in FONT_FILES.values()):
            print("--check: no Noto Sans or DejaVu Sans font installed, nothing measured", file=sys.stderr)
        for p in problems:
            print("too wide: " + p, file=sys.stderr)
        if problems:
            return 1
        print("--check: every label fits")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
