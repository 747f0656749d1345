#!/usr/bin/env python3
"""Lists the UI strings (localization keys) used in the given source folders, and checks translations.

The English text is the key. A key is any string literal in
  - L["..."] or <anything>localizer["..."]         (.cshtml and .cs)
  - ErrorMessage = "..."                            (DataAnnotations attributes)
  - [Display(Name = "...")]                         (field names in validation messages)
Keys built at run time (L[someVariable]) cannot be seen here; interpolated keys (L[$"..."]) are reported as errors.
tests/Platform.Tests/Infrastructure/LocalizationTests.cs applies the same rules.

Usage:
  scripts/i18n-keys.py [PATH ...]                  keys in PATHs (default: src/Platform.Web), one per line
  scripts/i18n-keys.py --where PATH ...            the same, with file:line of every use
  scripts/i18n-keys.py --check nl,pt PATH ...      keys of PATHs without a translation in SharedResource.<lang>.resx,
                                                   placeholders ({0}) that differ, and stale resx entries (whose key
                                                   is no string literal anywhere in src/Platform.Web); exit 1 if any
  scripts/i18n-keys.py --missing nl PATH ...       <data> elements with empty values for the keys nl lacks, to paste
                                                   into the resx file and translate
PATHs are files or folders, relative to the repository root or absolute.
"""
import argparse
import re
import sys
import xml.etree.ElementTree as ET
from pathlib import Path
from xml.sax.saxutils import escape

ROOT = Path(__file__).resolve().parent.parent
WEB = ROOT / "src" / "Platform.Web"
RESX = str(WEB / "Resources" / "SharedResource.{}.resx")
SOURCES = ("*.cs", "*.cshtml")

STRING = r'"((?:[^"\\\n]|\\.)*)"'
KEY_PATTERNS = [
    re.compile(r'(?<![\w.])(?:L|\w*[lL]ocalizer)\s*\[\s*' + STRING),
    re.compile(r'(?<![\w.])ErrorMessage\s*=\s*' + STRING),
    re.compile(r'(?<![\w.])Display\s*\((?:[^()"]*,\s*)?Name\s*=\s*' + STRING),
]
INTERPOLATED = re.compile(r'(?<![\w.])(?:L|\w*[lL]ocalizer)\s*\[\s*(?:\$|@\$|\$@)"')
# C# tokens that can contain a double quote come first, so that only regular string literals land in group 1.
CS_LITERAL = re.compile(r'"""[\s\S]*?"""|@"(?:[^"]|"")*"|\'(?:[^\'\\\n]|\\.)+\'|//[^\n]*|' + STRING)
PLACEHOLDER = re.compile(r'\{(\d+)(?:[,:][^}]*)?\}')
ESCAPE = re.compile(r'\\(u[0-9a-fA-F]{4}|U[0-9a-fA-F]{8}|x[0-9a-fA-F]{1,4}|.)')
SIMPLE_ESCAPES = {"n": "\n", "r": "\r", "t": "\t", "0": "\0", "a": "\a", "b": "\b", "f": "\f", "v": "\v"}


def unescape(literal):
    """The value of a regular C# string literal's contents."""
    def one(match):
        code = match.group(1)
        if code[0] in "uUx":
            return chr(int(code[1:], 16))
        return SIMPLE_ESCAPES.get(code, code)
    return ESCAPE.sub(one, literal)


def source_files(paths):
    for path in paths:
        path = path if path.is_absolute() else ROOT / path
        if path.is_file():
            yield path
        elif path.is_dir():
            for pattern in SOURCES:
                yield from sorted(p for p in path.rglob(pattern) if not {"bin", "obj"} & set(p.parts))
        else:
            sys.exit(f"error: {path} does not exist")


def extract(paths):
    """{key: [(file, line), ...]} and a list of problems."""
    keys, problems = {}, []
    for file in source_files(paths):
        text = file.read_text(encoding="utf-8")
        where = lambda offset: (file.relative_to(ROOT), text.count("\n", 0, offset) + 1)
        for pattern in KEY_PATTERNS:
            for match in pattern.finditer(text):
                keys.setdefault(unescape(match.group(1)), []).append(where(match.start()))
        for match in INTERPOLATED.finditer(text):
            problems.append("%s:%d: interpolated localization key; use a literal key with {0} placeholders" % where(match.start()))
    return keys, problems


def known_texts():
    """The keys of the web project plus every string literal of its C# files: a key looked up at run time
    (L[RoleRules.Label(role)]) is still a literal somewhere. A resx entry outside this set is stale."""
    literals = {unescape(m.group(1)) for f in WEB.rglob("*.cs") if not {"bin", "obj"} & set(f.parts)
                for m in CS_LITERAL.finditer(f.read_text(encoding="utf-8")) if m.group(1) is not None}
    return literals | set(extract([WEB])[0])


def read_resx(language):
    path = Path(RESX.format(language))
    if not path.exists():
        return path, {}
    return path, {d.get("name"): (d.findtext("value") or "") for d in ET.parse(path).getroot().iter("data")}


def placeholders(text):
    return sorted(set(PLACEHOLDER.findall(text)), key=int)


def check(languages, keys):
    problems = []
    literals = known_texts()
    for language in languages:
        path, entries = read_resx(language)
        name = path.relative_to(ROOT)
        for key in sorted(keys):
            value = entries.get(key, "")
            if not value.strip():
                problems.append(f"{name}: missing translation of {key!r}")
            elif placeholders(key) != placeholders(value):
                problems.append(f"{name}: placeholders {placeholders(value)} differ from {placeholders(key)} in {key!r}")
        problems += [f"{name}: stale entry {key!r} (not in the code any more)" for key in sorted(entries) if key not in literals]
    return problems


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("paths", nargs="*", type=Path, default=[WEB])
    mode = parser.add_mutually_exclusive_group()
    mode.add_argument("--where", action="store_true", help="show file:line of every use")
    mode.add_argument("--check", metavar="LANG,LANG", type=lambda s: s.split(","), help="check these languages' translations")
    mode.add_argument("--missing", metavar="LANG", help="print resx <data> elements for untranslated keys")
    args = parser.parse_args()

    keys, problems = extract(args.paths)
    if args.check:
        problems += check(args.check, keys)
        print("\n".join(problems) if problems else f"{len(keys)} keys, all translated into {', '.join(args.check)}")
        return 1 if problems else 0
    if args.missing:
        _, entries = read_resx(args.missing)
        for key in sorted(k for k in keys if not entries.get(k, "").strip()):
            print(f'  <data name="{escape(key, {chr(34): "&quot;"})}" xml:space="preserve">\n    <value></value>\n  </data>')
    else:
        for key in sorted(keys):
            print(key if not args.where else f"{key}\n" + "".join(f"    {f}:{n}\n" for f, n in keys[key]).rstrip("\n"))
    for problem in problems:
        print(problem, file=sys.stderr)
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
