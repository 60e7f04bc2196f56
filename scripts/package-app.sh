#!/usr/bin/env bash
# Builds the sideloadable Teams app package from appPackage/:
#   appPackage/build/manifest.json   the manifest with ${{TEAMS_APP_ID}}, ${{BOT_ID}}, ${{BOT_DOMAIN}} filled in
#   appPackage/build/{color.png,outline.png,zh-cn.json}  copied beside it, so build/ holds exactly the package contents
#   appPackage/build/appPackage.zip  manifest.json + color.png + outline.png + zh-cn.json at the zip root
# Usage: TEAMS_APP_ID=<guid> BOT_ID=<guid> BOT_DOMAIN=<host> scripts/package-app.sh
# Needs python3 (stdlib only); no network. Validate afterwards with:
#   node tools/manifest/validate.js --manifest appPackage/build/manifest.json
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
src="$root/appPackage"
out="$src/build"

missing=()
for name in TEAMS_APP_ID BOT_ID BOT_DOMAIN; do
  [[ -n "${!name:-}" ]] || missing+=("$name")
done
if (( ${#missing[@]} > 0 )); then
  echo "package-app: missing environment variable(s): ${missing[*]}" >&2
  echo "  TEAMS_APP_ID  the Teams app id (a GUID you generate once and keep)" >&2
  echo "  BOT_ID        the bot's Microsoft Entra app (client) id, a GUID" >&2
  echo "  BOT_DOMAIN    the bot's public host name without scheme or path, e.g. bot.contoso.com" >&2
  exit 2
fi

guid='^[0-9a-fA-F]{8}-([0-9a-fA-F]{4}-){3}[0-9a-fA-F]{12}$'
[[ "$TEAMS_APP_ID" =~ $guid ]] || { echo "package-app: TEAMS_APP_ID is not a GUID: $TEAMS_APP_ID" >&2; exit 2; }
[[ "$BOT_ID" =~ $guid ]] || { echo "package-app: BOT_ID is not a GUID: $BOT_ID" >&2; exit 2; }
[[ "$BOT_DOMAIN" =~ ^[A-Za-z0-9.-]+$ ]] || {
  echo "package-app: BOT_DOMAIN must be a bare host name (no https://, no path): $BOT_DOMAIN" >&2; exit 2; }

mkdir -p "$out"
rm -f "$out/appPackage.zip"
python3 - "$src/manifest.json" "$out/manifest.json" <<'PY'
import json, os, re, sys
source, target = sys.argv[1], sys.argv[2]
text = open(source, encoding="utf-8").read()
names = ("TEAMS_APP_ID", "BOT_ID", "BOT_DOMAIN")
text = re.sub(r"\$\{\{(%s)\}\}" % "|".join(names), lambda m: os.environ[m.group(1)], text)
left = sorted(set(re.findall(r"\$\{\{[^}]*\}\}", text)))
if left:
    sys.exit("package-app: placeholders without a value: " + ", ".join(left))
json.loads(text)  # fail here, not in Teams, if a value broke the JSON
open(target, "w", encoding="utf-8").write(text)
PY

cp "$src/color.png" "$src/outline.png" "$src/zh-cn.json" "$out/"
(cd "$out" && python3 -m zipfile -c "$out/appPackage.zip" manifest.json color.png outline.png zh-cn.json)

echo "package-app: wrote ${out#"$root"/}/manifest.json and ${out#"$root"/}/appPackage.zip"
python3 -m zipfile -l "$out/appPackage.zip"
