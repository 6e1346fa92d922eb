#!/usr/bin/env bash
# README's test command. Installs what the tests need, builds the solution, runs every xunit suite (the OpenCC
# comparison runs the reference converter, installed on first use), then proves the NuGet package works when
# restored from a local feed into a fresh console project.
set -euo pipefail
cd "$(dirname "$0")"
bash .ci/install-deps
dotnet test TextNorm.sln -c Release
bash tests/package-consumption/run.sh
