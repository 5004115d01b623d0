#!/usr/bin/env python3
"""Writes a deterministic sociale kaart of N entries for the search benchmark (bench/search).

Every generated entry is a copy of one of the example voorzieningen, lotgenotengroepen or
loketten in content/ with a new slug, a numbered title, a random subset of the site's
gemeenten and an extra paragraph of Dutch words (Debian wdutch, /usr/share/dict/dutch), so the
vocabulary grows like a real site. Casussen and plannen are left out. Same N and seed, same files.

Usage: bench/generate_search_corpus.py --entries 10000 --out /tmp/corpus [--content content]
"""
from __future__ import annotations

import argparse
import random
import re
import shutil
from pathlib import Path

KINDS = ("voorzieningen", "lotgenotengroepen", "loketten")
GEMEENTEN = ["Lindeveen", "Beekhuizen", "Zandwijk"]
WORDLIST = Path("/usr/share/dict/dutch")


def load_words(rng: random.Random) -> list[str]:
    words = [w.strip() for w in WORDLIST.read_text(encoding="utf-8").splitlines()]
    words = [w for w in words if w.isalpha() and w.islower() and 4 <= len(w) <= 14]
    rng.shuffle(words)
    return words[:30000]


def generate(content: Path, out: Path, entries: int, seed: int) -> int:
    rng = random.Random(seed)
    words = load_words(rng)
    if out.exists():
        shutil.rmtree(out)
    out.mkdir(parents=True)
    for name in ("site.yml", "taxonomie.yml", "synoniemen.yml", "anonimisering.yml"):
        if (content / name).exists():
            shutil.copy(content / name, out / name)
    templates = [(kind, path) for kind in KINDS for path in sorted((content / kind).glob("*.md"))]
    for kind in KINDS:
        (out / kind).mkdir()
    for i in range(entries):
        kind, template = templates[i % len(templates)]
        text = template.read_text(encoding="utf-8")
        front, body = text.split("\n---\n", 1)
        gemeenten = sorted(rng.sample(GEMEENTEN, rng.randint(1, 3)), key=GEMEENTEN.index)
        # Zipf-like choice: a few words very often, most words rarely.
        extra = " ".join(words[int(len(words) * rng.random() ** 3)] for _ in range(40))
        front = re.sub(r"^titel: (.*)$", lambda m: f"titel: {m.group(1).strip(chr(34))} {i}", front, count=1, flags=re.M)
        front = re.sub(r"^gemeenten: .*$", f"gemeenten: [{', '.join(gemeenten)}]", front, count=1, flags=re.M)
        front = re.sub(r"^status: .*\n", "", front, flags=re.M)
        body = body.rstrip("\n") + f"\n\n## Meer\n\n{extra.capitalize()}.\n"
        (out / kind / f"{template.stem}-{i}.md").write_text(f"{front}\n---\n{body}", encoding="utf-8")
    return entries


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--entries", type=int, default=10000)
    parser.add_argument("--out", type=Path, required=True)
    parser.add_argument("--content", type=Path, default=Path(__file__).resolve().parents[1] / "content")
    parser.add_argument("--seed", type=int, default=20260501)
    args = parser.parse_args()
    n = generate(args.content, args.out, args.entries, args.seed)
    print(f"{n} entries written to {args.out}")


if __name__ == "__main__":
    main()
