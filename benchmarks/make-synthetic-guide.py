#!/usr/bin/env python3
"""Writes a synthetic guide for benchmarks, always the same for the same arguments.

Usage: make-synthetic-guide.py OUT_DIR [MODULES] [SECTIONS_PER_MODULE] [--languages en,fr,es] [--lists] [--hugo HUGO_DIR]

Without options: 10 modules of 14 sections in English, about 150 printed pages (the PDF benchmark).
--languages  parallel language folders (en, fr, es); the translations have the same structure and ids
             in words of their own language (run `guide translations stamp --all LANG` to mark them up to date)
--lists      a bulleted list in every other section (the site benchmark's guide)
--hugo DIR   also writes a Hugo site in DIR whose content folders are this guide's language folders, so Hugo
             builds the very same Markdown, with a minimal multilingual layout (navigation on every page)
Modules go up to 99 (two-digit file names). The text is generated from a fixed seed.
"""
import argparse
import os
import random

parser = argparse.ArgumentParser()
parser.add_argument("out")
parser.add_argument("modules", nargs="?", type=int, default=10)
parser.add_argument("sections", nargs="?", type=int, default=14)
parser.add_argument("--languages", default="en")
parser.add_argument("--lists", action="store_true")
parser.add_argument("--hugo")
args = parser.parse_args()
if not 1 <= args.modules <= 99:
    parser.error("MODULES must be 1 to 99")

out = args.out
languages = args.languages.split(",")
vocabulary = {
    "en": "social protection migrant workers coverage benefits contribution agreement portability pension health "
          "insurance employment injury family allowance equality treatment territory nationality residence "
          "institution ministry labour partnership dialogue assessment floor guarantee income care",
    "fr": "protection sociale travailleurs migrants couverture prestations cotisation accord portabilité pension santé "
          "assurance emploi accident famille allocation égalité traitement territoire nationalité résidence "
          "institution ministère travail partenariat dialogue évaluation socle garantie revenu soins",
    "es": "protección social trabajadores migrantes cobertura prestaciones cotización acuerdo portabilidad pensión salud "
          "seguro empleo accidente familia asignación igualdad trato territorio nacionalidad residencia "
          "institución ministerio trabajo asociación diálogo evaluación piso garantía ingreso cuidados",
}
titles = {"en": "Module {} of the synthetic guide", "fr": "Module {} du guide synthétique", "es": "Módulo {} de la guía sintética"}
colors = ["#b0252d", "#a34700", "#6b6200", "#2a7a2e", "#00707a", "#1d5fa6", "#6b3fa0", "#455a64", "#a01f62", "#3f51b5"]


def write_guide_yml():
    with open(os.path.join(out, "guide.yml"), "w", encoding="utf-8") as f:
        f.write("title:\n" + "".join(f"  {lang}: Synthetic benchmark guide\n" for lang in languages))
        f.write("subtitle:\n" + "".join(f"  {lang}: About 150 pages of generated text\n" for lang in languages))
        f.write(f"languages: [{', '.join(languages)}]\ndefault-language: {languages[0]}\ntabs:\n")
        for i, color in enumerate(colors):
            f.write(f'  c{i}: "{color}"\n')
        f.write("site:\n  base-url: https://example.org/synthetic/\n")


def module_writer(language):
    rng = random.Random(42)
    words = vocabulary[language].split()

    def sentence():
        text = " ".join(rng.choice(words) for _ in range(rng.randint(8, 22)))
        return text[0].upper() + text[1:] + "."

    def paragraph():
        return " ".join(sentence() for _ in range(rng.randint(3, 7)))

    def write(m, f):
        f.write(f"---\nid: module-{m}\nmodule: {m}\ntitle: {titles[language].format(m)}\ntab: c{(m - 1) % len(colors)}\n")
        f.write("summary: " + sentence() + "\nobjectives:\n" + "".join(f"  - {sentence()}\n" for _ in range(3)))
        f.write("key-messages:\n" + "".join(f"  - {sentence()}\n" for _ in range(3)))
        f.write("exercises:\n  - id: exercise\n    title: Group work\n    type: group-work\n    duration: 45 min\n    instructions: |\n")
        f.write("".join(f"      {i}. {sentence()}\n" for i in range(1, 6)))
        f.write("---\n\n" + paragraph() + "\n\n")
        for s in range(1, args.sections + 1):
            f.write(f"## Section {m}.{s} {{#s{s}}}\n\n")
            for _ in range(rng.randint(1, 3) if args.lists else rng.randint(2, 4)):
                f.write(paragraph() + "\n\n")
            if args.lists and s % 2 == 0:
                f.write("".join(f"- {sentence()}\n" for _ in range(rng.randint(3, 6))) + "\n")
            if s % 3 == 0:
                f.write("| Scheme | Coverage | Note |\n| --- | --- | --- |\n")
                for _ in range(6):
                    f.write(f"| {rng.choice(words)} | {rng.randint(1, 99)} % | {sentence()} |\n")
                f.write("\n")
            if s % 4 == 0:
                f.write(f"::: good-practice Example {m}.{s}\n{paragraph()}\n:::\n\n")
            if s % 5 == 0 and m > 1:
                f.write(f"See [the previous module]({m - 1:02d}-module-{m - 1}.md#s1).\n\n")

    return write


def write_hugo_site(hugo):
    os.makedirs(os.path.join(hugo, "layouts", "_default"), exist_ok=True)
    content = os.path.relpath(os.path.abspath(out), os.path.abspath(hugo))
    with open(os.path.join(hugo, "config.toml"), "w", encoding="utf-8") as f:
        f.write('baseURL = "https://example.org/synthetic/"\ntitle = "Synthetic benchmark guide"\n')
        f.write(f'defaultContentLanguage = "{languages[0]}"\ndisableKinds = ["taxonomy", "term", "RSS"]\n')
        f.write("[markup.goldmark.renderer]\n  unsafe = false\n[markup.goldmark.parser.attribute]\n  block = true\n  title = true\n")
        for weight, language in enumerate(languages, 1):
            f.write(f'[languages.{language}]\n  weight = {weight}\n  contentDir = "{content}/{language}"\n  languageName = "{language}"\n')
    layouts = {
        "baseof.html": """<!DOCTYPE html>
<html lang="{{ .Site.Language.Lang }}">
<head><meta charset="utf-8"><title>{{ .Title }} – {{ .Site.Title }}</title>
{{ range .Translations }}<link rel="alternate" hreflang="{{ .Lang }}" href="{{ .Permalink }}">{{ end }}</head>
<body>
<nav><ol>{{ $current := . }}{{ range .Site.RegularPages.ByParam "module" }}<li{{ if eq . $current }} aria-current="page"{{ end }}><a href="{{ .RelPermalink }}">{{ .Params.module }}. {{ .Title }}</a></li>{{ end }}</ol></nav>
<main>{{ block "main" . }}{{ end }}</main>
</body>
</html>
""",
        "single.html": """{{ define "main" }}<h1>{{ .Title }}</h1>
<nav>{{ .TableOfContents }}</nav>
{{ .Content }}
{{ end }}
""",
        "list.html": """{{ define "main" }}<h1>{{ .Site.Title }}</h1>
<ul>{{ range .Site.RegularPages.ByParam "module" }}<li><a href="{{ .RelPermalink }}">{{ .Title }}</a> {{ .Params.summary }}</li>{{ end }}</ul>
{{ end }}
""",
    }
    for name, text in layouts.items():
        with open(os.path.join(hugo, "layouts", "_default", name), "w", encoding="utf-8") as f:
            f.write(text)


os.makedirs(out, exist_ok=True)
write_guide_yml()
for language in languages:
    os.makedirs(os.path.join(out, language), exist_ok=True)
    write = module_writer(language)
    for m in range(1, args.modules + 1):
        with open(os.path.join(out, language, f"{m:02d}-module-{m}.md"), "w", encoding="utf-8") as f:
            write(m, f)
if args.hugo:
    write_hugo_site(args.hugo)
size = sum(os.path.getsize(os.path.join(out, lang, name)) for lang in languages for name in os.listdir(os.path.join(out, lang)))
print(f"wrote {args.modules} modules in {len(languages)} language(s) to {out} ({size / 1e6:.1f} MB of Markdown)")
