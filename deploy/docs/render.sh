#!/usr/bin/env bash
# Renders the diagrams in this directory (*.puml) to SVG with PlantUML, fetched from Maven Central by the wrapper.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
version=1.2025.10
jar="$HOME/.m2/repository/net/sourceforge/plantuml/plantuml/$version/plantuml-$version.jar"
[[ -f "$jar" ]] || "$root/mvnw" -B -q dependency:get -Dtransitive=false -Dartifact="net.sourceforge.plantuml:plantuml:$version"
java -Djava.awt.headless=true -jar "$jar" -tsvg "$root"/deploy/docs/*.puml
