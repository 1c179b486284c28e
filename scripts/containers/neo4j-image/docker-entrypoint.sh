#!/bin/bash
# Entrypoint of stancegraph/neo4j:5.26-local (built by `stancegraph neo4j image`).
# Behaves like the official neo4j image's entrypoint where stancegraph's compose file and
# testcontainers' Neo4j module rely on it:
#   NEO4J_AUTH=neo4j/<password>   initial password of user neo4j (applied to a new /data only)
#   NEO4J_AUTH=none               authentication off
#   NEO4J_<setting>               a neo4j.conf setting: `_` stands for `.`, `__` for `_`
#                                 (NEO4J_server_memory_heap_max__size=512m → server.memory.heap.max_size=512m)
#   NEO4J_PLUGINS, NEO4JLABS_PLUGINS   ignored: APOC core is built in (/opt/neo4j/plugins), nothing is downloaded
# Listens on 0.0.0.0:7687 (Bolt) and 0.0.0.0:7474 (HTTP, Browser); data in /data, logs in /logs
# (neo4j.log also goes to standard output, ending with "Started." when the server is up).
set -euo pipefail

NEO4J_LIB=/opt/neo4j/lib
NEO4J_PLUGIN_DIR=/opt/neo4j/plugins
home=/var/lib/neo4j
conf_dir=$home/conf
say() { echo "docker-entrypoint: $*" >&2; }

if [ "${1:-neo4j}" != "neo4j" ]; then exec "$@"; fi

mkdir -p "$conf_dir" /data /logs /import "$home/run"
conf=$conf_dir/neo4j.conf
apoc_conf=$conf_dir/apoc.conf
cat >"$conf" <<EOF
# Written by docker-entrypoint.sh on every start.
server.default_listen_address=0.0.0.0
server.bolt.enabled=true
server.bolt.listen_address=0.0.0.0:7687
server.http.enabled=true
server.http.listen_address=0.0.0.0:7474
server.https.enabled=false
server.directories.data=/data
server.directories.logs=/logs
server.directories.import=/import
server.directories.run=$home/run
server.directories.plugins=$NEO4J_PLUGIN_DIR
server.logs.user.config=$conf_dir/user-logs.xml
server.memory.pagecache.size=256m
db.tx_log.rotation.retention_policy=1 files
dbms.usage_report.enabled=false
dbms.security.procedures.unrestricted=apoc.*
dbms.security.procedures.allowlist=apoc.*
dbms.security.auth_enabled=true
# Settings Neo4j does not know (e.g. of other editions) are warned about, not fatal, as the
# environment may carry settings meant for the official image.
server.config.strict_validation.enabled=false
EOF
: >"$apoc_conf"
cp /opt/neo4j/conf/user-logs.xml "$conf_dir/user-logs.xml"

set_setting() { # file key value: replace or append
  local file=$1 key=$2 value=$3 tmp
  tmp=$(mktemp)
  grep -v -F -e "$key=" "$file" >"$tmp" || true
  printf '%s=%s\n' "$key" "$value" >>"$tmp"
  cat "$tmp" >"$file"
  rm -f "$tmp"
}

heap_initial=
heap_max=512m
while IFS= read -r var; do
  case "$var" in
    NEO4J_AUTH | NEO4J_PLUGINS | NEO4J_ACCEPT_LICENSE_AGREEMENT | NEO4J_HOME | NEO4J_CONF | NEO4J_EDITION | NEO4J_DEBUG | NEO4J_DEPRECATION_WARNING)
      continue ;;
    NEO4J_*) ;;
    *) continue ;;
  esac
  key=${var#NEO4J_}
  key=${key//__/@}
  key=${key//_/.}
  key=${key//@/_}
  value=${!var}
  case "$key" in
    server.memory.heap.initial_size | dbms.memory.heap.initial_size) heap_initial=$value ;;
    server.memory.heap.max_size | dbms.memory.heap.max_size) heap_max=$value ;;
    dbms.security.procedures.whitelist) set_setting "$conf" dbms.security.procedures.allowlist "$value" ;;
    apoc.*) set_setting "$apoc_conf" "$key" "$value" ;;
    *) set_setting "$conf" "$key" "$value" ;;
  esac
done < <(compgen -e)
heap_initial=${heap_initial:-$heap_max}

for var in NEO4J_PLUGINS NEO4JLABS_PLUGINS; do
  if [ -n "${!var:-}" ]; then
    say "$var=${!var} ignored: this image has APOC core built in ($(cd "$NEO4J_PLUGIN_DIR" && ls apoc-*.jar | tr '\n' ' '))"
  fi
done

classpath="$NEO4J_LIB/*:$NEO4J_PLUGIN_DIR/*"
auth=${NEO4J_AUTH:-}
case "$auth" in
  none)
    set_setting "$conf" dbms.security.auth_enabled false
    say "authentication disabled (NEO4J_AUTH=none)" ;;
  "")
    say "NEO4J_AUTH not set: user neo4j keeps the default password neo4j, which must be changed on first login" ;;
  */*)
    user=${auth%%/*}
    password=${auth#*/}
    if [ "$user" != neo4j ]; then
      say "NEO4J_AUTH must be neo4j/<password> or none, not $user/…"
      exit 1
    fi
    if [ ! -e /data/dbms/auth.ini ] && [ ! -e /data/databases/system ]; then
      NEO4J_HOME=$home NEO4J_CONF=$conf_dir java -Xmx256m -cp "$classpath" org.neo4j.cli.AdminTool \
        dbms set-initial-password "$password" >/dev/null
      say "initial password of user neo4j set from NEO4J_AUTH"
    fi ;;
  *)
    say "NEO4J_AUTH must be neo4j/<password> or none"
    exit 1 ;;
esac

export NEO4J_HOME=$home NEO4J_CONF=$conf_dir
exec java "-Xms$heap_initial" "-Xmx$heap_max" -XX:+UseG1GC -XX:-OmitStackTraceInFastThrow -XX:+ExitOnOutOfMemoryError \
  -XX:+DisableExplicitGC -Djdk.nio.maxCachedBufferSize=1024 -Dio.netty.tryReflectionSetAccessible=true -Dlog4j2.disable.jmx=true \
  --add-opens=java.base/java.nio=ALL-UNNAMED --add-opens=java.base/java.io=ALL-UNNAMED \
  --add-opens=java.base/java.lang=ALL-UNNAMED --add-opens=java.base/sun.nio.ch=ALL-UNNAMED \
  -cp "$classpath" org.neo4j.server.CommunityEntryPoint "--home-dir=$home" "--config-dir=$conf_dir" --console-mode
