#!/usr/bin/env bash
# System libraries for WeasyPrint (the quarterly report as PDF: /verantwoording/kwartaal/<YYYY>-Q<n>.pdf):
# Pango (text layout, pulls in cairo/harfbuzz/fontconfig) and a font. pdftotext (poppler-utils) lets a
# reader check the PDF's text. Idempotent: does nothing when the libraries are present. Without them the
# portal still runs; the report page then says in Dutch that the PDF is not available.
set -euo pipefail
if ldconfig -p 2>/dev/null | grep -q 'libpango-1.0.so.0' && ldconfig -p | grep -q 'libpangoft2-1.0.so.0' \
    && fc-list 2>/dev/null | grep -qi dejavu; then
  echo "weasyprint system libraries already installed"
  exit 0
fi
export DEBIAN_FRONTEND=noninteractive
apt-get update -qq
apt-get install -y -qq --no-install-recommends libpango-1.0-0 libpangoft2-1.0-0 libharfbuzz-subset0 \
  fonts-dejavu-core fontconfig poppler-utils >/dev/null
echo "weasyprint system libraries installed"
