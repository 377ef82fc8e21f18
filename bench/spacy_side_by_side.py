"""spaCy's side of bench/side-by-side.ts (issue 19: "side by side with spaCy's small English model, its
full pipeline, one core each, CPU seconds, model load included").

Not part of newsgraph (whose runtime is pure Node): a measuring tool, run only by bench/side-by-side.ts
with a Python that has spaCy and an English small model installed (see that file's header).

Usage: python bench/spacy_side_by_side.py MODEL TEXTS.jsonl
Reads one JSON object per line with a "text" field, loads MODEL with spacy.load (every component on),
runs nlp.pipe over the texts on one process, and prints one JSON line: documents, tokens spaCy made,
named entities found, the model's name and version. CPU time and peak memory are measured from
outside (/usr/bin/time), so the import of spaCy and the model load are counted, as the issue asks.
"""
import json
import sys


def main() -> int:
    if len(sys.argv) != 3:
        print("usage: spacy_side_by_side.py MODEL TEXTS.jsonl", file=sys.stderr)
        return 2
    model, path = sys.argv[1], sys.argv[2]
    try:
        import spacy
    except ImportError:
        print("E_SPACY_MISSING: this Python has no spaCy (pip install spacy and an English small model)", file=sys.stderr)
        return 3
    try:
        nlp = spacy.load(model)
    except OSError as err:
        print(f"E_SPACY_MODEL: cannot load spaCy model {model!r}: {err}", file=sys.stderr)
        return 4
    with open(path, encoding="utf-8") as f:
        texts = [json.loads(line)["text"] for line in f if line.strip()]
    tokens = 0
    ents = 0
    for doc in nlp.pipe(texts, batch_size=32):
        tokens += len(doc)
        ents += len(doc.ents)
    print(json.dumps({
        "docs": len(texts),
        "tokens": tokens,
        "entities": ents,
        "model": f"{nlp.meta.get('lang')}_{nlp.meta.get('name')} {nlp.meta.get('version')}",
        "spacy": spacy.__version__,
        "pipes": nlp.pipe_names,
    }))
    return 0


if __name__ == "__main__":
    sys.exit(main())
