#!/usr/bin/env bash
# Regenerates docs/images/page1.png: page 1 of a sample, as LibreOffice lays out its .docx.
# Needs LibreOffice (soffice) and poppler-utils (pdftoppm).
set -euo pipefail
cd "$(dirname "$0")/.."
sample="${1:-joint-proposal-rural-roads}"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
swift run -q dafu render "Samples/$sample.yaml" --format docx --output "$work"
soffice "-env:UserInstallation=file://$work/profile" --headless --convert-to pdf --outdir "$work" "$work/$sample.docx" >/dev/null
pdftoppm -f 1 -l 1 -r 80 -png -singlefile "$work/$sample.pdf" docs/images/page1
echo "wrote docs/images/page1.png"
