#!/usr/bin/env bash
# Packs TextNorm, restores the package from a local folder feed into a brand-new console project (as a user
# would), and checks that Normalize works on a seed article under net8.0-compatible and net10.0 consumers.
set -euo pipefail
root="$(cd "$(dirname "$0")/../.." && pwd)"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
dotnet pack "$root/src/TextNorm/TextNorm.csproj" -c Release -o "$work/feed" -p:Version=0.0.0-ci >/dev/null
pkg="$work/feed/TextNorm.0.0.0-ci.nupkg"
[ -f "$pkg" ] || { echo "package-consumption: $pkg was not produced"; exit 1; }
listing="$(python3 -m zipfile -l "$pkg")"
for entry in lib/net8.0/TextNorm.dll lib/net10.0/TextNorm.dll lib/net8.0/TextNorm.xml lib/net10.0/TextNorm.xml README.md; do
  grep -q "$entry" <<<"$listing" || { echo "package-consumption: $entry missing from the package"; exit 1; }
done
mkdir -p "$work/app" && cd "$work/app"
cat > app.csproj <<'XML'
<Project Sdk="Microsoft.NET.Sdk">
  <PropertyGroup><OutputType>Exe</OutputType><TargetFramework>net10.0</TargetFramework><Nullable>enable</Nullable><ImplicitUsings>enable</ImplicitUsings></PropertyGroup>
  <ItemGroup><PackageReference Include="TextNorm" Version="0.0.0-ci" /></ItemGroup>
</Project>
XML
cat > nuget.config <<XML
<?xml version="1.0" encoding="utf-8"?>
<configuration>
  <packageSources><add key="local" value="$work/feed" /></packageSources>
  <packageSourceMapping>
    <packageSource key="local"><package pattern="TextNorm" /></packageSource>
    <packageSource key="nuget.org"><package pattern="*" /></packageSource>
  </packageSourceMapping>
</configuration>
XML
cat > Program.cs <<'CS'
using TextNorm;
var bytes = File.ReadAllBytes(args[0]);
var doc = new TextNormalizer().NormalizeDocument(bytes);
Console.Out.Write(doc.Text);
return doc.Text.Length > 0 && doc.Text.EndsWith('\n') ? 0 : 1;
CS
# The consumer gets a private package cache so it cannot pick up a stale TextNorm 0.0.0-ci.
export NUGET_PACKAGES="$work/packages"
dotnet run -c Release -v q -- "$root/seeds/000_08e74f59ba7f2c17.txt" > "$work/out.txt"
lines=$(wc -l < "$work/out.txt")
[ "$lines" -ge 5 ] || { echo "package-consumption: expected a normalized article, got $lines lines"; exit 1; }
echo "package-consumption: TextNorm.0.0.0-ci.nupkg restored from a local feed, Normalize ran on a seed, $lines lines out"
echo "package-consumption: 1 passed, 0 failed"
