#!/usr/bin/env bash
# Regenerates the breached-password list used by the password validator (Features/Accounts/Passwords).
# Sources (both MIT): the password frequency lists of zxcvbn and @zxcvbn-ts/language-common, fetched with `npm pack`.
# Output: one lowercase password per line, only entries of 8+ characters (shorter ones already fail the
# length rule), first occurrence order kept, gzip without timestamp so the file is reproducible.
set -euo pipefail
cd "$(dirname "$0")/.."
out=src/Platform.Web/Features/Accounts/Passwords/breached-passwords.txt.gz
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

(cd "$work" && npm pack --silent zxcvbn@4.4.2 @zxcvbn-ts/language-common@4.1.3 >/dev/null)
mkdir -p "$work/zxcvbn" "$work/zxcvbn-ts"
tar xzf "$work"/zxcvbn-4.4.2.tgz -C "$work/zxcvbn"
tar xzf "$work"/zxcvbn-ts-language-common-4.1.3.tgz -C "$work/zxcvbn-ts"

WORK="$work" node -e '
const work = process.env.WORK;
const lists = [
  require(work + "/zxcvbn/package/lib/frequency_lists.js").passwords,
  require(work + "/zxcvbn-ts/package/src/passwords.json"),
];
const seen = new Set();
for (const list of lists) {
  for (const entry of list) {
    const p = String(entry).toLowerCase();
    if ([...p].length >= 8 && !seen.has(p)) seen.add(p);
  }
}
process.stdout.write([...seen].join("\n") + "\n");
' | gzip -9 -n > "$out"

echo "$(gzip -dc "$out" | wc -l) passwords, $(wc -c < "$out") bytes -> $out"
