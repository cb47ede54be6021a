#!/usr/bin/env bash
# Runs the evac system locally: PostgreSQL, Kafka and the three services in prod mode.
# Builds what is missing or stale through the Maven Wrapper first. See deploy/README.md.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
cd "$root"

stale() {
  local marker=$1; shift
  [[ ! -f "$marker" ]] && return 0
  [[ -n "$(find "$@" -newer "$marker" -type f -print -quit 2>/dev/null)" ]]
}

needs_build=false
for module in service-infrastructure service-testing citizen-registry departure-coordination flight-manifest deploy/local-stack; do
  case "$module" in
    service-infrastructure | service-testing) marker=$module/target/$module-1.0.0-SNAPSHOT.jar ;;
    deploy/local-stack) marker=$module/target/local-stack.jar ;;
    *) marker=$module/target/quarkus-app/quarkus-run.jar ;;
  esac
  if stale "$marker" "$module/src/main" "$module/pom.xml" pom.xml; then needs_build=true; fi
done
if [[ "${1:-}" != "token" && "$needs_build" == true ]]; then
  echo "Building the services (./mvnw -DskipTests package) ..."
  ./mvnw -B -q -DskipTests package
fi

exec java -Djava.util.logging.manager=org.jboss.logmanager.LogManager -Devac.root="$root" -jar deploy/local-stack/target/local-stack.jar "$@"
