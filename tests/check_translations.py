"""Fails unless the Turkish translation covers every tr() string in the sources.

Runs lupdate on a copy of the .ts (so the checked-in file is untouched), then counts messages
that are unfinished, empty or missing a plural form."""
import argparse
import os
import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET

ap = argparse.ArgumentParser()
ap.add_argument("--lupdate", required=True)
ap.add_argument("--ts", required=True)
ap.add_argument("--sources", nargs="+", required=True)
ap.add_argument("--include", action="append", default=[],
                help="include path, as the build gives lupdate, so class contexts resolve the same")
a = ap.parse_args()

with tempfile.TemporaryDirectory() as tmp:
    copy = os.path.join(tmp, "check.ts")
    shutil.copy(a.ts, copy)
    files = []
    for folder in a.sources:
        for root, _, names in os.walk(folder):
            files += [os.path.join(root, n) for n in names if n.endswith((".cpp", ".h"))]
    lst = os.path.join(tmp, "files.lst")
    with open(lst, "w") as f:
        f.write("\n".join(files))
    includes = [f"-I{path}" for path in a.include]
    subprocess.run([a.lupdate, "-no-obsolete", "-locations", "none", *includes, "@" + lst, "-ts", copy],
                   check=True, stdout=subprocess.DEVNULL)
    root = ET.parse(copy).getroot()

missing = []
total = 0
for context in root.iter("context"):
    cname = context.findtext("name")
    for msg in context.iter("message"):
        total += 1
        source = msg.findtext("source")
        tr = msg.find("translation")
        forms = tr.findall("numerusform") if tr is not None else []
        texts = [f.text for f in forms] if msg.get("numerus") == "yes" else [tr.text if tr is not None else None]
        if tr is None or tr.get("type") in ("unfinished", "vanished", "obsolete") or not all(texts):
            missing.append(f"{cname}: {source!r}")

if total == 0:
    print("no messages found: is lupdate looking at the right folders?")
    sys.exit(1)
if missing:
    print(f"{len(missing)} of {total} messages lack a Turkish translation:")
    print("\n".join("  " + m for m in missing))
    print("Run: cmake --build build --target update_translations, then translate them in "
          "resources/translations/geisep_tr.ts (Qt Linguist or a text editor).")
    sys.exit(1)
print(f"all {total} messages translated")
