#!/usr/bin/env bash
# Installs the IP → country database used by operations attribution (Features/Operations/Attribution):
# geo-whois-asn-country.mmdb from the npm package @ip-location-db/geo-whois-asn-country-mmdb (data: RIR whois/ASN
# delegations, CC BY 4.0 NRO; package: CC0), fetched with `npm pack` at a pinned version, plus a version file
# (package, version, sha256) that the platform records with every IP-based attribution.
# The database is not committed (App_Data is ignored). Skips the download when the pinned version is already there.
#
# Usage: scripts/fetch-geoip.sh [TARGET_DIR]   (default: src/Platform.Web/App_Data/geoip, the folder the app reads
#        unless Operations:GeoIpDatabase names another file)
set -euo pipefail
cd "$(dirname "$0")/.."
package=@ip-location-db/geo-whois-asn-country-mmdb
version=2.3.2026061719
file=geo-whois-asn-country.mmdb
target=${1:-src/Platform.Web/App_Data/geoip}
version_file="$target/${file%.mmdb}.version.json"

if [[ -f $target/$file && -f $version_file ]] && grep -q "\"version\": \"$version\"" "$version_file" \
   && [[ $(sha256sum "$target/$file" | cut -d' ' -f1) == $(sed -n 's/.*"sha256": "\([0-9a-f]*\)".*/\1/p' "$version_file") ]]; then
  echo "GeoIP database $package@$version already installed in $target"
  exit 0
fi

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
(cd "$work" && npm pack --silent "$package@$version" >/dev/null 2>&1)
tar xzf "$work"/*.tgz -C "$work" "package/$file"
mkdir -p "$target"
mv "$work/package/$file" "$target/$file.tmp"
mv "$target/$file.tmp" "$target/$file"
sha=$(sha256sum "$target/$file" | cut -d' ' -f1)
printf '{\n  "package": "%s",\n  "version": "%s",\n  "sha256": "%s"\n}\n' "$package" "$version" "$sha" > "$version_file"
echo "GeoIP database $package@$version ($sha) -> $target/$file"
