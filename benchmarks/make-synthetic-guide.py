#!/usr/bin/env python3
"""Writes a synthetic guide of about 150 printed pages (10 modules in one language) for benchmarks.

Usage: make-synthetic-guide.py OUT_DIR [MODULES] [SECTIONS_PER_MODULE]
The text is generated from a fixed seed, so every run writes the same guide.
"""
import os
import random
import sys

out = sys.argv[1]
modules = int(sys.argv[2]) if len(sys.argv) > 2 else 10
sections = int(sys.argv[3]) if len(sys.argv) > 3 else 14
rng = random.Random(42)
words = ("social protection migrant workers coverage benefits contribution agreement portability pension health "
         "insurance employment injury family allowance equality treatment territory nationality residence "
         "institution ministry labour partnership dialogue assessment floor guarantee income care").split()
colors = ["#b0252d", "#a34700", "#6b6200", "#2a7a2e", "#00707a", "#1d5fa6", "#6b3fa0", "#455a64", "#a01f62", "#3f51b5"]


def sentence():
    text = " ".join(rng.choice(words) for _ in range(rng.randint(8, 22)))
    return text[0].upper() + text[1:] + "."


def paragraph():
    return " ".join(sentence() for _ in range(rng.randint(3, 7)))


os.makedirs(os.path.join(out, "en"), exist_ok=True)
with open(os.path.join(out, "guide.yml"), "w", encoding="utf-8") as f:
    f.write("title:\n  en: Synthetic benchmark guide\nsubtitle:\n  en: About 150 pages of generated text\n")
    f.write("languages: [en]\ndefault-language: en\ntabs:\n")
    for i, color in enumerate(colors):
        f.write(f'  c{i}: "{color}"\n')
    f.write("site:\n  base-url: https://example.org/synthetic/\n")

for m in range(1, modules + 1):
    with open(os.path.join(out, "en", f"{m:02d}-module-{m}.md"), "w", encoding="utf-8") as f:
        f.write(f"---\nid: module-{m}\nmodule: {m}\ntitle: Module {m} of the synthetic guide\ntab: c{(m - 1) % len(colors)}\n")
        f.write("summary: " + sentence() + "\nobjectives:\n" + "".join(f"  - {sentence()}\n" for _ in range(3)))
        f.write("key-messages:\n" + "".join(f"  - {sentence()}\n" for _ in range(3)))
        f.write("exercises:\n  - id: exercise\n    title: Group work\n    type: group-work\n    duration: 45 min\n    instructions: |\n")
        f.write("".join(f"      {i}. {sentence()}\n" for i in range(1, 6)))
        f.write("---\n\n" + paragraph() + "\n\n")
        for s in range(1, sections + 1):
            f.write(f"## Section {m}.{s} {{#s{s}}}\n\n")
            for _ in range(rng.randint(2, 4)):
                f.write(paragraph() + "\n\n")
            if s % 3 == 0:
                f.write("| Scheme | Coverage | Note |\n| --- | --- | --- |\n")
                for _ in range(6):
                    f.write(f"| {rng.choice(words)} | {rng.randint(1, 99)} % | {sentence()} |\n")
                f.write("\n")
            if s % 4 == 0:
                f.write(f"::: good-practice Example {m}.{s}\n{paragraph()}\n:::\n\n")
            if s % 5 == 0 and m > 1:
                f.write(f"See [the previous module]({m - 1:02d}-module-{m - 1}.md#s1).\n\n")
print(f"wrote {modules} modules to {out}")
