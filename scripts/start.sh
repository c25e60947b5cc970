#!/bin/sh
# npm start on a fresh clone: installs the dependencies if they are missing or older than package-lock.json,
# builds the data and the site (from ../shared/sources, or REVIER_SOURCES) and serves dist/ on
# http://127.0.0.1:3000 (PORT overrides). KREISE_ONLY=15084,14713 builds only those Kreis profiles (faster).
set -e
cd "$(dirname "$0")/.."
if [ ! -f node_modules/.package-lock.json ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
  npm ci --no-audit --no-fund
fi
npm run build
npm run preview
