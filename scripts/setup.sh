#!/usr/bin/env bash
# Installs what the project needs on a fresh machine; quick when it is already there.
#   bash scripts/setup.sh            npm packages (for npm start)
#   bash scripts/setup.sh --browser  also Debian's Chromium, its Japanese locale and a CJK font (for npm test)
set -euo pipefail
cd "$(dirname "$0")/.."

if [[ "${1:-}" == "--browser" ]]; then
  # chromium-l10n: the journeys' browser runs in Japanese (e2e/browser.ts), so date inputs show 年/月/日.
  if ! command -v chromium >/dev/null || [[ ! -f /usr/lib/chromium/locales/ja.pak ]] || ! fc-list 2>/dev/null | grep -qi 'Noto Sans CJK'; then
    sudo_cmd=""
    [[ "$(id -u)" -ne 0 ]] && sudo_cmd="sudo"
    echo "Installing Debian's chromium, chromium-l10n and fonts-noto-cjk…"
    $sudo_cmd apt-get update -qq
    DEBIAN_FRONTEND=noninteractive $sudo_cmd apt-get install -y -qq --no-install-recommends chromium chromium-l10n fonts-noto-cjk >/dev/null
  fi
fi

# npm ci when node_modules is missing or older than the lock file.
if [[ ! -f node_modules/.package-lock.json || package-lock.json -nt node_modules/.package-lock.json ]]; then
  npm ci --no-audit --no-fund
fi
